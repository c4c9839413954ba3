# Returning several values as a tuple, unpacking them, implicit None, and early returns.


def min_max_mean(values):
    if not values:
        return None, None, None
    total = 0
    lo = hi = values[0]
    for v in values:
        total += v
        if v < lo:
            lo = v
        if v > hi:
            hi = v
    return lo, hi, total / len(values)


lo, hi, mean = min_max_mean([4, -2, 9, 1])
print(lo, hi, mean)
print(min_max_mean([]))
print(min_max_mean([7]))
packed = min_max_mean([3, 3])
print(type(packed).__name__, len(packed), packed[1])


def split_name(full):
    first, *middle, last = full.split()
    return first, middle, last


print(split_name("Ada Lovelace"))
print(split_name("John Ronald Reuel Tolkien"))
try:
    split_name("Plato")
except ValueError as e:
    print(type(e).__name__, e)


def divmod_signed(a, b):
    q, r = divmod(a, b)
    return q, r, q * b + r == a


for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5)]:
    print(a, b, divmod_signed(a, b))


# Functions with no return, bare return, and return inside loops.
def nothing():
    x = 1


def bare_return(flag):
    if flag:
        return
    return "reached end"


def find_first(items, predicate):
    for index, item in enumerate(items):
        if predicate(item):
            return index, item
    return -1, None


print(nothing(), bare_return(True), bare_return(False))
print(find_first([1, 4, 9, 16], lambda n: n > 5))
print(find_first([], lambda n: True))
print(find_first("abc", lambda ch: ch == "z"))


# Returning from inside try/finally: finally runs, and may override.
trace = []


def guarded(n):
    try:
        trace.append("try %d" % n)
        return "from try", n
    finally:
        trace.append("finally %d" % n)


def overriding():
    try:
        return "try"
    finally:
        return "finally wins"


print(guarded(1), overriding(), trace)

# Unpacking mismatches raise ValueError with exact counts.
def three():
    return 1, 2, 3


for attempt in ("two", "four"):
    try:
        if attempt == "two":
            a, b = three()
        else:
            a, b, c, d = three()
    except ValueError as e:
        print(attempt, "->", e)

# Swapping through a returned tuple, and nested unpacking.
def swap(a, b):
    return b, a


x, y = swap("left", "right")
(p, q), r = swap(0, (1, 2))
print(x, y, p, q, r)
