# Ordering comparisons across types raise TypeError; equality never does. Reflected dunder dispatch.

cases = [
    (1, "1"), ("a", 1), (None, 0), ([1], (1,)), ({1}, [1]), (1.5, "x"), ((), []), ({}, {}),
]
for left, right in cases:
    print(repr(left), "==", repr(right), left == right, "!=", left != right)
    for name, fn in (("<", lambda x, y: x < y), (">=", lambda x, y: x >= y)):
        try:
            print("  ", name, fn(left, right))
        except TypeError as e:
            print("  ", name, "TypeError:", e)

# Sequences compare lexicographically; element comparison may fail partway.
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"), [] < [0], (2,) > (1, 99))
print([1, "x"] < [2, 5], [1, 2] == [1, 2.0], "abc" < "abd", "Z" < "a", "" < "a")
try:
    print([1, "x"] < [1, 5])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([3, "1", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, None)
except TypeError as e:
    print("TypeError:", e)

# Sets use <, <= for subset tests
print({1} < {1, 2}, {1, 2} <= {1, 2}, {1, 2} < {1, 2}, {3} > set(), {1, 4} < {1, 2, 3})

# User classes: the reflected method is tried when the left one returns NotImplemented.
class Version(object):
    def __init__(self, major, minor):
        self.major, self.minor = major, minor
    def key(self):
        return (self.major, self.minor)
    def __lt__(self, other):
        print("    Version.__lt__", self, other)
        if isinstance(other, Version):
            return self.key() < other.key()
        if isinstance(other, int):
            return self.major < other
        return NotImplemented
    def __eq__(self, other):
        print("    Version.__eq__", self, other)
        if not isinstance(other, Version):
            return NotImplemented
        return self.key() == other.key()
    def __repr__(self):
        return "v%d.%d" % (self.major, self.minor)

v1, v2 = Version(1, 4), Version(2, 0)
print(v1 < v2)
print(v2 > v1)
print(v1 < 2)
print(3 > v1)
print(v1 == Version(1, 4), v1 != Version(1, 5))
print(v1 == "1.4")
try:
    print(v1 > "1.0")
except TypeError as e:
    print("TypeError:", e)
try:
    print(v1 <= v2)
except TypeError as e:
    print("TypeError:", e)
print(sorted([Version(3, 1), Version(1, 9), Version(1, 10)]))
