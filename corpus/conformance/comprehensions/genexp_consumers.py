# Generator expressions fed to sum/any/all/sorted/min/max/list/dict: laziness, short-circuiting, single use.
orders = [
    {"id": 1, "qty": 3, "price": 2.50, "paid": True},
    {"id": 2, "qty": 0, "price": 9.99, "paid": False},
    {"id": 3, "qty": 12, "price": 0.75, "paid": True},
    {"id": 4, "qty": 1, "price": 120.0, "paid": False},
]

print(sum(o["qty"] for o in orders))
print(sum(o["qty"] * o["price"] for o in orders if o["paid"]))
print(sum((o["qty"] for o in orders), 100))
print(max(o["price"] for o in orders), min(o["qty"] for o in orders if o["qty"]))
print(sorted((o["price"] for o in orders), reverse=True))
print(max((o for o in orders if not o["paid"]), key=lambda o: o["qty"] * o["price"])["id"])
print(min((o["id"] for o in orders if o["qty"] > 100), default="none"))

# any/all stop at the first decisive element; the trace shows how far they got.
seen = []


def check(o, cond):
    seen.append(o["id"])
    return cond(o)


print(any(check(o, lambda o: o["qty"] == 0) for o in orders), seen)
seen.clear()
print(all(check(o, lambda o: o["paid"]) for o in orders), seen)
seen.clear()
print(all(check(o, lambda o: o["price"] > 0) for o in orders), seen)
print(any(x for x in []), all(x for x in []))

# A generator expression is single use.
ids = (o["id"] for o in orders)
print(list(ids), list(ids), sum(ids))
evens = (n for n in range(10) if n % 2 == 0)
print(next(evens), next(evens), list(evens))

# It is lazy: the element expression runs only when consumed.
calls = []


def expensive(n):
    calls.append(n)
    return n * n


squares = (expensive(n) for n in range(5))
print(calls)
print(next(squares), calls)
print(4 in squares, calls)       # `in` consumes only up to the first match
print(3 in squares, calls)       # no match: the rest is consumed
print(list(squares), calls)
squares = (expensive(n) for n in range(5))
print(4 in squares, list(squares))

# Errors in the element expression surface at consumption time, not at creation time.
ratios = (10 // n for n in [5, 2, 0, 1])
print(next(ratios), next(ratios))
try:
    next(ratios)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(list(ratios))     # a generator that raised is finished

# The outermost iterable is evaluated immediately, so its errors appear at creation.
try:
    bad = (n for n in 42)
except TypeError as e:
    print(type(e).__name__, e)

# Feeding generator expressions into constructors.
print(tuple(c.upper() for c in "abc"), dict((o["id"], o["paid"]) for o in orders))
print("-".join(str(o["id"]) for o in orders if o["qty"]))
print(sorted(set(o["paid"] for o in orders)))

# max/min with an empty generator and no default raise.
try:
    max(o["qty"] for o in orders if o["qty"] > 99)
except ValueError as e:
    print(type(e).__name__, e)
