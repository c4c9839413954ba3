# Big integers: powers of two, values crossing 2**63 and 2**64, negative big ints, mixed ops.

def show(label, value):
    print(label, value, type(value).__name__)

big = 2 ** 100
show("2**100 =", big)
show("2**100 - 1 =", big - 1)
show("-(2**100) =", -big)

# Crossing machine-word boundaries in both directions.
i63 = 2 ** 63
i64 = 2 ** 64
for n in (i63 - 2, i63 - 1, i63, i63 + 1, i64 - 1, i64, i64 + 1):
    print(n, n + 1, n * 2, n // 3, n % 1000, -n)

# Signed 64-bit overflow style edge: min value and its negation.
min64 = -(2 ** 63)
print("min64", min64, -min64, abs(min64), min64 - 1, min64 * -1 == i63)
print("min64 // -1 =", min64 // -1, " min64 % -1 =", min64 % -1)

# Multiplication of large values and exact division back.
a = 123456789012345678901234567890
b = 987654321098765432109876543210
prod = a * b
print("product", prod)
print("back", prod // b == a, prod % b)
print("difference", a - b, b - a)

# Accumulate a factorial without math.factorial and compare digit counts.
fact = 1
for k in range(1, 31):
    fact *= k
print("30! =", fact, "digits:", len(str(fact)))

# Powers of ten and digit sums.
ten30 = 10 ** 30
print(ten30, ten30 - 1, len(str(ten30 - 1)))
print("digit sum of 2**100:", sum(int(d) for d in str(big)))

# Comparisons between big ints and floats.
print(2 ** 64 == 18446744073709551616.0, 2 ** 64 + 1 == float(2 ** 64 + 1))
print(2 ** 64 + 1 > float(2 ** 64), -(2 ** 64) - 1 < -1.8446744073709552e19)
print(float(2 ** 100), int(float(2 ** 100)) == big)

# Bitwise on big values.
print(big | 1, big & (big - 1), big ^ (big - 1), ~big)
print((big >> 90), (1 << 70) >> 69, (-big) >> 99, (-big) >> 200)

# Sorting mixed magnitudes.
vals = [i64, -i64, 0, i63, -1, big, -big, 7]
print(sorted(vals))
print(max(vals) - min(vals))
