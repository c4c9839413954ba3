# Equality and ordering of lists and tuples: lexicographic rules, lengths, nesting, mixed numbers, identity shortcuts.
def cmp_all(a, b):
    print(f"{a!r:>14} vs {b!r:<14} ==:{a == b!s:5} <:{a < b!s:5} <=:{a <= b!s:5} >:{a > b!s:5}")


cmp_all([1, 2, 3], [1, 2, 4])
cmp_all([1, 2], [1, 2, 0])
cmp_all([], [0])
cmp_all([2], [1, 9, 9])
cmp_all((1, "b"), (1, "a"))
cmp_all((1, 2.0), (1, 2))
cmp_all([[1, 2], [3]], [[1, 2], [2, 9]])
cmp_all((), ())

# Lists and tuples never compare equal to each other, and cannot be ordered against each other.
print([1, 2] == (1, 2), [1, 2] != (1, 2), list((1, 2)) == [1, 2])
try:
    [1, 2] < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)

# Ordering stops at the first difference, so later incomparable items are never looked at.
print([1, "x"] < [2, 0], (0, None) < (1, None))
try:
    [1, "x"] < [1, 0]
except TypeError as e:
    print(type(e).__name__, e)
# Equality never raises for mixed types.
print([1, "x"] == [1, 0], (None,) == (None,), [None] == [0])

# NaN is unequal to itself, but containers check identity first.
nan = float("nan")
print(nan == nan, [nan] == [nan], nan in [nan], [float("nan")] == [float("nan")])
print([nan].count(nan), (nan, 1).index(1))

# User objects with __eq__ take part in element comparison.
class Approx:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return abs(self.v - other) < 0.01

    def __repr__(self):
        return f"Approx({self.v})"


print([Approx(1.001), 2] == [1, 2], 1 in [Approx(0.999)], [Approx(1)].index(1.005))

# max/min/sorted over sequences use the same ordering.
versions = [(1, 10, 0), (1, 9, 12), (1, 10), (0, 99), (1, 10, 0, 1)]
print(sorted(versions))
print(max(versions), min(versions))
print(sorted(["b", "ab", "abc", "B", ""]))

# Chained comparisons between sequences.
print([1] < [1, 0] < [1, 1] < [2], (3,) > (2, 9) >= (2, 9) > (2,))

# String ordering is by code point, not by locale.
print("Zebra" < "apple", "a" < "ab", "é" > "z", "10" < "9")
