# Float repr (shortest round-trip), scientific switch points, inf/nan/-0.0 and float() parsing.

samples = [0.1 + 0.2, 0.1 * 3, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5,
           0.0001234, 1.0, -0.0, 100.0, 1e22, 1e23, 5e-324, 1.7976931348623157e308, 2.5e-7,
           12345.678, 0.5, 3.0 * 1.1]
for x in samples:
    print(repr(x), str(x))

inf = float("inf")
ninf = float("-inf")
nan = float("nan")
print(inf, ninf, nan, repr(inf), str(nan))
print(inf + 1, inf - inf, inf * 0, -inf * -1, 1 / inf, -1 / inf)
print(inf > 1e308, ninf < -1e308, inf == inf, nan == nan, nan != nan, nan < 1, nan > 1)
print(max(1.0, inf), min(ninf, -5), 1e308 * 10, -1e308 * 10)

# nan is not equal to itself, but the same object is found by identity in containers.
vals = [nan, 1.0]
print(nan in vals, float("nan") in vals, vals.count(nan), vals == vals)

# Signed zero
z = -0.0
print(z, z == 0.0, repr(z * 1), repr(0.0 * -1), repr(-0.0 + 0.0), repr(abs(z)))

for text in ["3.14", "  -2.5e3  ", "+1E-3", "inf", "-Infinity", "nan", "NaN", "1_000.5", ".5",
             "5.", "1e500", "-1e500", "0x10", "abc", "", "1,5"]:
    try:
        print(repr(text), "->", repr(float(text)))
    except ValueError as e:
        print(repr(text), "-> ValueError:", e)

print(float(10 ** 20), float(2 ** 53 + 1), float(-7), float(True))
print(0.1 + 0.2 == 0.3, abs((0.1 + 0.2) - 0.3) < 1e-12, round(0.1 + 0.2, 10) == 0.3)

total = 0.0
for _ in range(10):
    total += 0.1
print(total, total == 1.0, sum([0.1] * 10))
