# A sales report using f-strings, str.format and % together; the last line formats a float with 'd': uncaught ValueError.

sales = [
    ("north", "Q1", 15234.5), ("north", "Q2", 17880.25), ("south", "Q1", 9120.0),
    ("south", "Q2", 11045.75), ("east", "Q1", 20410.1), ("east", "Q2", -310.0),
]

regions = []
for region, _, _ in sales:
    if region not in regions:
        regions.append(region)

totals = {r: 0.0 for r in regions}
for region, quarter, amount in sales:
    totals[region] += amount

header = "{:<8}|{:>12}|{:>12}|{:>13}".format("region", "Q1", "Q2", "total")
print(header)
print("-" * len(header))
for region in regions:
    q = {qt: amt for rg, qt, amt in sales if rg == region}
    print(f"{region:<8}|{q['Q1']:>12,.2f}|{q['Q2']:>12,.2f}|{totals[region]:>13,.2f}")
print("=" * len(header))

grand = sum(totals.values())
print("%-8s|%12s|%12s|%13.2f" % ("all", "", "", grand))

best = max(regions, key=lambda r: totals[r])
worst = min(sales, key=lambda s: s[2])
print(f"best region: {best!r} with {totals[best] / grand:.1%} of sales")
print("worst quarter: {0[0]}/{0[1]} at {0[2]:+.2f}".format(worst))
for region in regions:
    share = totals[region] / grand
    print(f"{region:>6} {'#' * round(share * 40):<40} {share:>6.1%}")

average = grand / len(sales)
print("average per quarter: {:.3f} ({:e})".format(average, average))
print(f"rounded average: {round(average)}")
print(f"average as integer code: {average:d}")
