# Generator expressions: laziness, early binding of the first iterable, exhaustion, short-circuit.

trace = []


def noisy(label, values):
    trace.append("iter " + label)
    for v in values:
        trace.append("%s yields %r" % (label, v))
        yield v


# Creating a generator expression runs nothing except iter() of the first iterable.
source = [1, 2, 3]
squares = (x * x for x in source)
source.append(4)
source = [100]
print(list(squares))

gen = (v + 1 for v in noisy("A", [10, 20]))
print("created, trace:", trace)
print("first:", next(gen), "trace:", trace)
print("rest:", list(gen), "trace:", trace)
print("exhausted:", list(gen), next(gen, "empty"))

# Short-circuiting consumers stop pulling items.
trace.clear()
print(any(v > 1 for v in noisy("B", [0, 5, 9])), trace)
trace.clear()
print(all(v > 1 for v in noisy("C", [3, 0, 9])), trace)
trace.clear()
print("x" in (s for s in noisy("D", "wxyz")), trace)

# Conditions and nested loops inside a generator expression.
pairs = ((i, j) for i in range(4) for j in range(i) if (i + j) % 2)
print(list(pairs))
words = ["apple", "", "Bee", "cat", ""]
print(sum(len(w) for w in words if w), max((w for w in words if w), key=len))
print(sorted(w.lower() for w in words if w))

# A generator expression as the only argument needs no extra parentheses.
print(sum(n * n for n in range(-3, 4)), min(abs(n - 5) for n in [1, 9, 4]))
print(tuple(c for c in "hello" if c not in "l"), dict((k, len(k)) for k in ["aa", "b"]))

# Errors inside a generator expression surface when it is consumed.
ratios = (10 // d for d in [5, 2, 0, 1])
print(next(ratios), next(ratios))
try:
    next(ratios)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print("after error:", list(ratios))

# The first iterable's error happens at creation time; later ones are lazy.
try:
    bad = (x for x in 42)
except TypeError as e:
    print("at creation:", type(e).__name__, e)
lazy = (x for y in [1] for x in 42)
print("created lazy one")
try:
    list(lazy)
except TypeError as e:
    print("at consumption:", type(e).__name__, e)

# Comparing a generator expression with the equivalent list comprehension.
data = [3, -1, 4, -1, 5]
print([abs(d) for d in data] == list(abs(d) for d in data))
