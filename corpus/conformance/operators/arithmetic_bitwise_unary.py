# Every binary arithmetic and bitwise operator plus unary -, +, ~ and not, on ints, floats and negatives.

def table(a, b):
    row = [a + b, a - b, a * b, a / b, a // b, a % b, a ** 2]
    return row

for a, b in [(17, 5), (-17, 5), (17, -5), (0, 3), (2.5, 0.5), (-9, 4.0)]:
    print(a, b, table(a, b))

print("bitwise")
for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (0, -1), (255, 256)]:
    print(f"{a:4} {b:4} & {a & b:4} | {a | b:4} ^ {a ^ b:4} ~a {~a:4} ~b {~b:4}")

print("shifts")
for n in (1, 5, -5, -1, 2 ** 40):
    print(n, n << 1, n << 10, n << 70, n >> 1, n >> 3, n >> 100)

try:
    print(1 << -1)
except ValueError as e:
    print("ValueError:", e)
try:
    print(1.0 << 2)
except TypeError as e:
    print("TypeError:", e)
try:
    print(3.5 & 1)
except TypeError as e:
    print("TypeError:", e)

print("unary")
x = 7
print(-x, +x, ~x, not x, -(-x), ~~x, - - x, not not x, -0, -0.0, +(-0.0))
print(~0, ~-1, ~2 ** 3, (~2) ** 3, -3 ** 2, (-3) ** 2, 2 ** -2, -2 ** -2)

# Sequences use + and * too
print([1, 2] + [3], (1,) * 3, [0] * 0, [None] * -2, "ab" * 3, 3 * "ab", (1, 2) + ())
try:
    print([1] + (2,))
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] * 2.0)
except TypeError as e:
    print("TypeError:", e)

# Sets use the bitwise operators
s, t = {1, 2, 3, 4}, {3, 4, 5}
print(sorted(s & t), sorted(s | t), sorted(s ^ t), sorted(s - t), sorted(t - s))
d1, d2 = {"a": 1, "b": 2}, {"b": 20, "c": 30}
print(d1 | d2, d2 | d1)

# Unary on bools and a classic trick: masks from comparisons
print(-True, ~False, +False)
vals = [5, -3, 0, 8, -1]
print([v * (v > 0) for v in vals], [(v > 0) - (v < 0) for v in vals])
