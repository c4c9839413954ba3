# Mixing ints and floats: exact comparisons past 2**53, promotion rules, conversions and limits.

limit = 2 ** 53
print(limit, float(limit), float(limit + 1), float(limit + 2))
print(limit + 1 == float(limit + 1), limit + 1 > float(limit + 1), float(limit + 1) == limit)
print(10 ** 16 == 1e16, 10 ** 16 + 1 == 1e16, 10 ** 16 + 1 > 1e16, 2 ** 1000 > 1e300)
print(2 ** 1100 > float("inf"), -(2 ** 1100) < float("-inf"), 2 ** 1100 == float("inf"))

# Equality across types and containers
print(1 == 1.0, [1, 2] == [1.0, 2.0], (0, -0.0) == (0, 0), {1: "a"} == {1.0: "a"})
print(1 in [1.0], 2.0 in range(5), 2.5 in range(5), 0.1 + 0.2 in [0.3])

# Result types of mixed arithmetic
for a, b in [(3, 2), (3, 2.0), (3.0, 2), (-3, 2), (6, 3)]:
    results = [a + b, a - b, a * b, a / b, a // b, a % b, a ** b]
    print(a, b, results, [type(r).__name__ for r in results])

# int() of floats, float() of ints, and the boundaries
print(int(1e18), int(-1e18), int(1.9999999999999998), int(2.0 ** 70), int(-0.0))
print(float(2 ** 1023), float(-(2 ** 1023)))
for bad in (2 ** 1024, -(2 ** 1024), 10 ** 400):
    try:
        float(bad)
    except OverflowError as e:
        print("OverflowError:", e)
for num, den in ((2 ** 1024, 2), (2 ** 1024, 1), (-(2 ** 1030), 3)):
    try:
        print(num / den)
    except OverflowError as e:
        print("OverflowError:", e)
print((2 ** 1024) // 2 ** 1000, 2 ** 1024 / 2 ** 1000, (10 ** 400) / (10 ** 399))
try:
    print(2 ** 1024 * 1.0)
except OverflowError as e:
    print("OverflowError:", e)
for bad in (float("inf"), float("-inf"), float("nan")):
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)

# max/min keep the original object type when values compare equal
print(repr(max(1, 1.0)), repr(max(1.0, 1)), repr(min(0, -0.0)), repr(min(-0.0, 0)))
print(sorted([3, 1.5, 2, -0.5, 2.0, 1]), sum([1, 2.5, 3]), sum([1, 2, 3], 0.0))
print(abs(-5), abs(-5.5), abs(-0.0), abs(2 ** 100 * -1), abs(float("-inf")))
