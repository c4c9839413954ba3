# A compound-interest table that finishes by converting a huge int to float: uncaught OverflowError.

def grow(principal, rate_percent, years):
    amount = principal
    history = []
    for year in range(1, years + 1):
        amount = amount * (100 + rate_percent) // 100
        history.append((year, amount))
    return history

table = grow(1000, 7, 12)
for year, amount in table:
    bar = "#" * (amount // 250)
    print(f"year {year:2d}: {amount:6d} {bar}")

rates = [0.5, 1.25, 3.0, 7.5]
for r in rates:
    factor = (1 + r / 100) ** 30
    print(f"rate {r:5.2f}% -> x{factor:.4f} after 30 years, doubles in", end=" ")
    years = 0
    value = 1.0
    while value < 2.0:
        value *= 1 + r / 100
        years += 1
    print(years, "years")

# Integer growth never overflows...
huge = 1
steps = 0
while huge.bit_length() <= 1024:
    huge *= 3
    steps += 1
print("steps:", steps, "bits:", huge.bit_length(), "digits:", len(str(huge)))
print("as float after halving:", float(huge >> 100) > 1e270)
print("ratio:", huge // (huge // 3))

# ...but converting it to a float does.
print("final:", float(huge))
