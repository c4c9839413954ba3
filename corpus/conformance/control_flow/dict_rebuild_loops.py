# Loops over dicts that build new dicts: inverting, grouping, filtering, merging counts, safe deletion.
grades = {"ann": "B", "bob": "A", "cid": "C", "dee": "A", "eve": "B", "fox": "F"}

# Invert one-to-many into lists, preserving first-seen order of keys.
by_grade = {}
for student, g in grades.items():
    if g not in by_grade:
        by_grade[g] = []
    by_grade[g].append(student)
print(by_grade)

# Plain inversion loses duplicates: the last writer wins but keeps the first position.
inverted = {}
for student, g in grades.items():
    inverted[g] = student
print(inverted)

# Filter into a new dict while skipping some entries with continue.
passing = {}
for student in grades:
    g = grades[student]
    if g == "F":
        continue
    if g == "C":
        passing[student] = g + " (borderline)"
        continue
    passing[student] = g
print(passing)

# Word counts with get, then the top entries by count and then by word.
text = "the cat and the hat and the bat sat on the mat"
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top)

# Merge two tallies, summing shared keys.
morning = {"tea": 3, "coffee": 5, "juice": 1}
evening = {"coffee": 2, "cocoa": 4, "tea": -3}
total = dict(morning)
for drink, n in evening.items():
    total[drink] = total.get(drink, 0) + n
print(total)

# Remove zero entries: iterating over a snapshot of the keys is safe.
for drink in list(total):
    if total[drink] == 0:
        del total[drink]
print(total)
total["tea"] = 0
try:
    for drink in total:
        if total[drink] == 0:
            total.pop(drink)
except RuntimeError as e:
    print(type(e).__name__, e)
print(total)

# Adding keys while iterating is also an error, even if another is removed.
levels = {"a": 1, "b": 2}
try:
    for k in levels:
        levels[k + k] = levels[k]
except RuntimeError as e:
    print(type(e).__name__, e)
print(levels)

# Nested dict built from flat records with a running index.
records = [("fruit", "apple", 3), ("veg", "kale", 1), ("fruit", "fig", 7), ("veg", "leek", 0)]
catalog = {}
for i, (category, name, qty) in enumerate(records):
    shelf = catalog.setdefault(category, {})
    shelf[name] = {"qty": qty, "row": i}
print(catalog)
for category, shelf in catalog.items():
    in_stock = [name for name, info in shelf.items() if info["qty"]]
    print(category, "in stock:", in_stock, "total:", sum(info["qty"] for info in shelf.values()))

# A while loop draining a dict with popitem builds a reversed copy.
source = {1: "one", 2: "two", 3: "three"}
rebuilt = {}
while source:
    k, v = source.popitem()
    rebuilt[v] = k
print(rebuilt, source)
