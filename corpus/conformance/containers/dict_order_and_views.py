# Dict insertion order, re-insertion, live key/value/item views, view set operations and merge operators.
stock = {}
for item in ["pear", "apple", "fig", "kiwi"]:
    stock[item] = len(item)
print(list(stock))

# Updating an existing key keeps its position; deleting and re-adding moves it to the end.
stock["apple"] = 50
print(list(stock.items()))
del stock["pear"]
stock["pear"] = 1
print(list(stock.items()))

# Views are live.
keys = stock.keys()
values = stock.values()
items = stock.items()
print(len(keys), "fig" in keys, 4 in values, ("fig", 3) in items, ("fig", 4) in items)
stock["plum"] = 4
del stock["kiwi"]
print(list(keys), list(values), len(items))
print(keys)
print(values)
print(items)

# Keys and items views support set operations; results are sets, printed sorted.
other = {"fig": 3, "plum": 9, "lime": 4}
print(sorted(keys & other.keys()))
print(sorted(keys | other))
print(sorted(keys - other.keys()))
print(sorted(keys ^ other.keys()))
print(sorted(items & other.items()))
print(keys == {"apple", "fig", "pear", "plum"}, keys <= {"apple", "fig", "pear", "plum", "x"})
print(stock.keys().isdisjoint(["melon"]))

# Equality of dicts ignores order; equality of their item lists does not.
a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, list(a.items()) == list(b.items()), a.keys() == b.keys())
print(a.values() == b.values())   # values views never compare equal except by identity

# Merge operators: right side wins, left order preserved.
base = {"host": "local", "port": 80, "debug": False}
override = {"port": 8080, "user": "root"}
merged = base | override
print(merged)
print(override | base)
base |= [("debug", True), ("extra", 1)]
print(base)
try:
    base | [("a", 1)]
except TypeError as e:
    print(type(e).__name__, e)

# reversed() over a dict and its views follows reverse insertion order.
print(list(reversed(merged)), list(reversed(merged.values())))

# Changing the size of a dict while iterating it is an error; iterate over a copy of keys instead.
counts = {"a": 0, "bb": 2, "c": 0, "dd": 4}
try:
    for k in counts:
        if counts[k] == 0:
            del counts[k]
except RuntimeError as e:
    print(type(e).__name__, e)
print(counts)
for k in list(counts):
    if counts[k] == 0:
        del counts[k]
print(counts)

# Assigning to an existing key during iteration is allowed (size does not change).
for k in counts:
    counts[k] *= 10
print(counts)
