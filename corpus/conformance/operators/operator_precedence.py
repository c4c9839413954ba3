# Operator precedence and associativity across arithmetic, shifts, bitwise, comparisons and boolean ops.

a, b, c = 2, 3, 4
print(-a ** 2, (-a) ** 2, a ** -1, -a ** -1, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(a + b * c, (a + b) * c, a * b % c, a * (b % c), 100 / 10 / 5, 100 / (10 / 5))
print(2 - 3 - 4, 2 - (3 - 4), 64 // 4 // 2, 64 // (4 // 2), 17 % 5 % 3, 2 * 3 // 4)
print(1 + 2 << 3, 1 + (2 << 3), 1 << 2 + 3, 32 >> 1 + 1, -16 >> 2 ** 1)
print(6 & 3 | 8, 6 & (3 | 8), 1 | 2 ^ 3, (1 | 2) ^ 3, 5 ^ 1 & 3, (5 ^ 1) & 3)
print(1 + 2 & 3, 1 + (2 & 3), 8 | 1 << 2, ~1 + 1, ~(1 + 1), -~5, ~-5)
print(a < b == b < c, (a < b) == (b < c), 1 | 2 == 3, (1 | 2) == 3, 4 & 6 > 3)
print(not 1 == 2, (not 1) == 2, not a < b, not a in [3], not (a in [3]))
print(a > 1 and b > 1 or c < 0, True or False and False, (True or False) and False)
print(not False and False, not (False and False), False or not False)
print(1 if a else 0 + 10, (1 if a else 0) + 10, [x * 2 for x in range(3) if x % 2 == 0])
print(- - - 1, + - + 1, -(2 ** 2), (- 2) ** 2, 2 ** - 2, -3 % 5, -(3 % 5))
print(-7 // 2, -(7 // 2), 7 // -2 * 2, 2 * -7 // 2, 3 * 4 ** 2 / 8 % 5)
print(1 < 2 < 3 == 3 != 4 in [4] not in [[]], "ab" + "cd" * 2, ("ab" + "cd") * 2)
print(a + b if a < b else a - b, a + (b if a > b else -b))

# lambda has the lowest precedence; its body swallows a conditional
f = lambda x: x + 1 if x > 0 else x - 1
print(f(5), f(-5))

# Expression evaluation order is left to right, even across operators of different precedence.
order = []

def v(n):
    order.append(n)
    return n

result = v(1) + v(2) * v(3) ** v(4) - v(5) // v(6)
print(result, order)
del order[:]
result = v(2) ** v(3) ** v(1)
print(result, order)
del order[:]
d = {v("k1"): v("v1"), v("k2"): v("v2")}
print(order)
del order[:]
pairs = [v(1), v(2)][v(0)] , v(3)
print(pairs, order)

# Evaluate a small expression table and compare against manual parenthesisation
checks = [
    (2 + 3 * 4 ** 2, 2 + (3 * (4 ** 2))),
    (-2 ** 4, -(2 ** 4)),
    (1 + 2 << 1 | 1, ((1 + 2) << 1) | 1),
    (5 & 3 ^ 2 | 8, ((5 & 3) ^ 2) | 8),
    (not 0 + 1, not (0 + 1)),
]
for got, want in checks:
    print(got, want, got == want)
