# `in` / `not in` on str, list, tuple, dict, set, range, and user classes with __contains__ or __iter__.

text = "conformance"
for sub in ("form", "", "Form", "ce", "conformances", "n"):
    print(repr(sub), sub in text, sub not in text)

nums = [1, 2.0, [3], (4,), None, "5"]
for probe in (1, 1.0, 2, [3], 3, (4,), None, 5, "5", True):
    print(repr(probe), probe in nums)

d = {"a": 1, "b": 2, 3: "c"}
print("a" in d, 1 in d, 3 in d, "c" in d, "c" in d.values(), ("a", 1) in d.items(), 3.0 in d)

s = {1, 2, 3, frozenset({4})}
print(2 in s, 2.0 in s, 4 in s, frozenset({4}) in s, {4} in s)
try:
    print([1] in s)
except TypeError as e:
    print("TypeError:", e)
try:
    print({} in d)
except TypeError as e:
    print("TypeError:", e)

r = range(0, 20, 3)
print([n for n in range(-2, 22) if n in r])
print(9 in r, 10 in r, 9.0 in r, 18 in r, 21 in r, -3 in range(0, -10, -3), 0 in range(0))
print(5 in range(10, 0, -1), 10 in range(10, 0, -1), 0 in range(10, 0, -1))

try:
    print(1 in "123")
except TypeError as e:
    print("TypeError:", e)
try:
    print(1 in 123)
except TypeError as e:
    print("TypeError:", e)

class Evens(object):
    def __contains__(self, item):
        print("  __contains__", item)
        return item % 2 == 0 if isinstance(item, int) else "yes"

class Countdown(object):
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        k = self.n
        while k > 0:
            print("  yield", k)
            yield k
            k -= 1

e = Evens()
print(4 in e, 5 in e, 5 not in e, "x" in e)
c = Countdown(5)
print("3 in countdown:", 3 in c)
print("9 in countdown:", 9 in c)

# Iterators are consumed by membership tests
it = iter([1, 2, 3, 4, 5])
print(3 in it, list(it), 1 in it)

# Nested containers: membership is by equality, not deep search
matrix = [[1, 2], [3, 4]]
print(1 in matrix, [1, 2] in matrix, any(1 in row for row in matrix))
