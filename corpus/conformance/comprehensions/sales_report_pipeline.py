# A small sales report built with comprehensions: parse, clean, group, aggregate and rank.
RAW = """region,rep,month,units,unit_price
north,ana,1,12,9.5
north,ana,2,,9.5
south,bo,1,7,12.0
south,bo,2,9,12.0
north,cy,1,3,30.0
east,di,2,-4,8.0
south,ed,1,15,4.25
east,di,1,6,8.0
bad line here
north,cy,2,5,30.0"""

lines = [ln for ln in RAW.splitlines()[1:] if ln.strip()]
header = RAW.splitlines()[0].split(",")
rows = [dict(zip(header, ln.split(","))) for ln in lines if ln.count(",") == len(header) - 1]
print(len(lines), "lines,", len(rows), "well-formed")

# Cleaning: missing units count as zero, negative units are returns.
clean = [
    {**r, "units": int(r["units"] or 0), "unit_price": float(r["unit_price"]), "month": int(r["month"])}
    for r in rows
]
returns = [(r["rep"], -r["units"]) for r in clean if r["units"] < 0]
print("returns:", returns)

# Revenue per row, then per region and per rep via comprehensions over distinct keys.
for r in clean:
    r["revenue"] = round(r["units"] * r["unit_price"], 2)
regions = sorted({r["region"] for r in clean})
reps = sorted({r["rep"] for r in clean})
by_region = {g: round(sum(r["revenue"] for r in clean if r["region"] == g), 2) for g in regions}
by_rep = {p: sum(r["units"] for r in clean if r["rep"] == p) for p in reps}
print(by_region)
print(by_rep)

# Month-by-region pivot table.
months = sorted({r["month"] for r in clean})
pivot = {g: [sum(r["units"] for r in clean if r["region"] == g and r["month"] == m) for m in months] for g in regions}
print("region ", "".join(f"{'m' + str(m):>6}" for m in months))
for g, cells in pivot.items():
    print(f"{g:7}", "".join(f"{c:6}" for c in cells))

# Ranking reps by units, ties broken by name; top performers by threshold.
ranking = sorted(by_rep.items(), key=lambda kv: (-kv[1], kv[0]))
print([f"{i}. {rep} ({units})" for i, (rep, units) in enumerate(ranking, 1)])
print("over 10 units:", [rep for rep, units in ranking if units > 10])

# Any/all checks over the cleaned data.
print("all prices positive:", all(r["unit_price"] > 0 for r in clean))
print("any zero-unit rows:", any(r["units"] == 0 for r in clean))
print("best row:", max(clean, key=lambda r: r["revenue"])["rep"],
      "worst row:", min(clean, key=lambda r: r["revenue"])["rep"])

# Month-over-month change for each rep that sold in both months.
per_rep_month = {(r["rep"], r["month"]): r["units"] for r in clean}
changes = {p: per_rep_month[(p, 2)] - per_rep_month[(p, 1)]
           for p in reps if (p, 1) in per_rep_month and (p, 2) in per_rep_month}
print(changes)
