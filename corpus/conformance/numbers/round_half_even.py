# round(): banker's rounding for halves, ndigits positive/negative/None, result types, errors.

halves = [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 4.5, 5.5]
print([round(x) for x in halves])
print([type(round(x)).__name__ for x in halves[:2]])

# Ints with negative ndigits also round half to even.
for n in (5, 15, 25, 35, -25, 1250, 1350, 149, 150, 151):
    print(n, round(n, -1), round(n, -2), type(round(n, -1)).__name__)

# Floats with ndigits: results are floats; representation error shows through.
for x, nd in [(2.675, 2), (2.665, 2), (1.005, 2), (0.125, 2), (0.375, 2), (3.14159, 3),
              (1234.5678, -2), (1250.0, -2), (-0.5, 0), (0.5, 0), (1.5, 0), (-1e-10, 3)]:
    r = round(x, nd)
    print(f"round({x!r}, {nd}) = {r!r} [{type(r).__name__}]")

print(round(7), round(-7, 2), round(7, None), round(2.5, None), round(True), round(3.7, 0))

# A realistic use: rounding prices to cents and totals to whole units.
prices = [19.995, 4.125, 0.045, 100.0, 3.335]
cents = [round(p * 100) for p in prices]
print("cents:", cents, "sum:", sum(cents))
print("rounded:", [round(p, 2) for p in prices])

# Rounding large values and huge ndigits leaves them unchanged.
print(round(123456789123456789, -5), round(1e300, 2), round(0.1, 400), round(10 ** 30, 5))
print(round(-0.4), round(-0.6), repr(round(-0.4, 0)), repr(round(-0.0)))

for bad in (float("inf"), float("-inf"), float("nan")):
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(repr(bad), "->", type(e).__name__, e)
print("keeps special with ndigits:", round(float("inf"), 2), round(float("nan"), 1))

try:
    round("2.5")
except TypeError as e:
    print("TypeError:", e)
try:
    round(2.5, 1.0)
except TypeError as e:
    print("TypeError:", e)
