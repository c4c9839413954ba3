# Numeric builtins: sum with start, abs, round (half-even, ndigits), divmod and pow with negatives and modulus.
prices = [19.99, 5.01, 0.1, 0.2]
print(sum([1, 2, 3]), sum([], 10), sum(range(101)), sum([0.1] * 10), sum(prices))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum([1.5, 2], start=-0.5))
print(sum([True, True, False]), type(sum([True, False])).__name__, sum([1, 2.0]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, "2"])
except TypeError as e:
    print(type(e).__name__, e)

# abs of ints, floats, bools and a user class.
print(abs(-7), abs(7), abs(-0.0), abs(-2.5), abs(True), abs(-10 ** 20))


class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __abs__(self):
        return (self.x * self.x + self.y * self.y) ** 0.5


print(abs(Vec(3, -4)))
try:
    abs("-1")
except TypeError as e:
    print(type(e).__name__, e)

# round: ties go to even; ndigits may be negative; floats are binary so 2.675 rounds down.
print([round(v) for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.4999, -2.6]])
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(7, 0))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(25, -1)).__name__)
print(round(-0.4), round(3.14159, 3), round(1e20), round(5, 2))

# divmod follows floor division: the remainder has the divisor's sign.
for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 3), (7.5, 2), (-7.5, 2)]:
    q, r = divmod(a, b)
    print(f"divmod({a}, {b}) = ({q}, {r})  check {q * b + r}")
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)

# pow with two and three arguments.
print(pow(2, 10), pow(2, -2), pow(-2, 3), pow(0, 0), pow(2.0, 0.5), pow(-8, 2.0), pow(4, -0.5))
print(pow(3, 200, 7), pow(-3, 3, 7), pow(3, 3, -7), pow(38, -1, 97), pow(5, 0, 1))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)

# Big integers stay exact.
print(pow(7, 77) % 1000, 2 ** 100, -(2 ** 64) // 3, divmod(10 ** 30, 7 ** 20))

# A running statistics helper using the builtins together.
readings = [12, -3, 7, 7, 0, 25]
mean = sum(readings) / len(readings)
spread = sum(abs(r - mean) for r in readings) / len(readings)
print(round(mean, 3), round(spread, 3), divmod(sum(readings), len(readings)))
