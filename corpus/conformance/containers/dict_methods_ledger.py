# dict get/setdefault/pop/popitem/update/fromkeys on a small account ledger, with default and error cases.
ledger = {"rent": -1200, "salary": 3400}

print(ledger.get("rent"), ledger.get("food"), ledger.get("food", 0))
print(ledger.get("salary", "never used"))

# setdefault inserts only when missing and returns the stored value.
print(ledger.setdefault("food", -300))
print(ledger.setdefault("food", -999))
print(ledger.setdefault("misc"))
print(ledger)

# setdefault as a grouping idiom: the default list is the same object that gets stored.
groups = {}
for tag, amount in [("home", 5), ("fun", 2), ("home", 7), ("fun", 1), ("work", 3)]:
    groups.setdefault(tag, []).append(amount)
print(groups)

# pop with and without default.
print(ledger.pop("misc"))
print(ledger.pop("misc", "gone"))
try:
    ledger.pop("misc")
except KeyError as e:
    print(type(e).__name__, e)

# update accepts a dict, an iterable of pairs, keyword arguments, or both.
ledger.update({"rent": -1250})
ledger.update([("gym", -40), ("bonus", 500)])
ledger.update(tax=-800, rent=-1300)
ledger.update([("gift", 50)], gift=75)    # keywords applied after the positional argument
print(ledger)
try:
    ledger.update([("a", 1), ("bad",)])
except ValueError as e:
    print(type(e).__name__, e)
print("partial update kept:", ledger.get("a"))
try:
    ledger.update(5)
except TypeError as e:
    print(type(e).__name__, e)

# popitem removes in LIFO order.
while len(ledger) > 4:
    print("popitem ->", ledger.popitem())
print(ledger)
empty = {}
try:
    empty.popitem()
except KeyError as e:
    print(type(e).__name__, e)

# fromkeys shares one value object among all keys.
shared = dict.fromkeys(["jan", "feb", "mar"], [])
shared["jan"].append(100)
print(shared)
fresh = {m: [] for m in ["jan", "feb", "mar"]}
fresh["jan"].append(100)
print(fresh)
print(dict.fromkeys("abca"), dict.fromkeys(range(3), 0))

# Balance computed from values; net by sign.
totals = {"in": 0, "out": 0}
for name, amount in ledger.items():
    totals["in" if amount > 0 else "out"] += amount
print(totals, sum(ledger.values()))

# copy is shallow; clear empties in place.
snapshot = groups.copy()
snapshot["home"].append(99)
snapshot["new"] = []
print(groups["home"], "new" in groups)
alias = groups
groups.clear()
print(groups, alias, len(snapshot))

# Keys compare by equality and hash: 1, 1.0 and True are the same key.
mixed = {1: "int"}
mixed[1.0] = "float"
mixed[True] = "bool"
print(mixed, len(mixed))
print({0: "a", False: "b", 0.0: "c"})
