# int.bit_length/bit_count, float.is_integer/as_integer_ratio, and hex/oct/bin of assorted values.

for n in (0, 1, -1, 2, 7, 8, -8, 255, 256, 2 ** 63 - 1, 2 ** 63, -(2 ** 64), 10 ** 20):
    print(n, "bit_length", n.bit_length(), "bit_count", n.bit_count())

print((5).bit_length(), True.bit_length(), (-129).bit_length())

for x in (3.0, 3.5, -2.0, 0.0, -0.0, 1e300, 1e-300, 0.1, 2.5, -0.75):
    num, den = x.as_integer_ratio()
    print(repr(x), x.is_integer(), (num, den), num / den == x)

for n in (10, -10, 0, 7):
    print(n, n.as_integer_ratio(), n.numerator, n.denominator)

for special in (float("inf"), float("nan")):
    print(repr(special), special.is_integer())
    try:
        special.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print("  ", type(e).__name__, e)

# hex/oct/bin include the sign before the prefix.
for n in (0, 1, -1, 10, -10, 255, -255, 4096, 2 ** 64, -(2 ** 64) + 1):
    print(f"{n:>22}  {hex(n):>20} {oct(n):>25} {bin(n)}")

print(hex(True), bin(False), oct(8))
for bad in (1.5, "10", None):
    try:
        hex(bad)
    except TypeError as e:
        print("TypeError:", e)

# A bit-twiddling helper built on bit_length: next power of two.
def next_pow2(n):
    if n <= 1:
        return 1
    return 1 << (n - 1).bit_length()

print([next_pow2(n) for n in (0, 1, 2, 3, 5, 8, 9, 1000, 1025)])

# Counting set bits a slow way matches bit_count.
def popcount(n):
    n = abs(n)
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c

print(all(popcount(n) == n.bit_count() for n in range(-300, 300)))
print(float(7).is_integer(), (7 / 2).is_integer(), (2 ** 60 / 4).is_integer())
