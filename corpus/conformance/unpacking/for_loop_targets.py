# Unpacking in for-loop targets: enumerate with nested pairs, dict items, zip, starred and attribute targets.
pairs = [("x", 1), ("y", 2), ("z", 3)]
for i, (name, value) in enumerate(pairs):
    print(i, name, value)

for i, (name, value) in enumerate(pairs, start=10):
    if value == 2:
        continue
    print(f"#{i}: {name}={value}")

# The loop variables keep their last values after the loop.
print("after loop:", i, name, value)

# Items of a dict, sorted by value descending.
scores = {"ann": 71, "ben": 88, "cat": 88, "dan": 54}
for rank, (who, pts) in enumerate(sorted(scores.items(), key=lambda kv: -kv[1]), 1):
    print(rank, who, pts)

# zip of several sequences with nested unpacking.
names = ["a", "b", "c"]
coords = [(0, 0), (3, 4), (-1, 2)]
colors = ["red", "green", "blue", "unused"]
for n, (cx, cy), color in zip(names, coords, colors):
    print(n, cx * cx + cy * cy, color)

# Starred targets in a for loop.
rows = [[1, 2, 3, 4], [5, 6], [7, 8, 9]]
for first, *others in rows:
    print(first, others, sum(others))
for *front, last in rows:
    print(front, last)

# Nested enumerate of a grid.
grid = ["ab", "cd"]
cells = []
for r, row in enumerate(grid):
    for c, ch in enumerate(row):
        cells.append((r, c, ch))
print(cells)
for (r, c, ch), marker in zip(cells, "*-+"):
    print(r, c, ch, marker)

# Attribute and subscript targets are rebound on every iteration.
class Cursor:
    pos = None


cur = Cursor()
seen = []
for cur.pos in range(3):
    seen.append(cur.pos * 10)
print(seen, cur.pos)

state = {}
for state["key"], state["val"] in [("p", 1), ("q", 2)]:
    pass
print(state)

slot = [None, None]
for slot[0], slot[1] in ["ab", "cd"]:
    print(slot)

# An unpacking failure in the middle of a loop leaves earlier iterations done.
processed = []
try:
    for key, val in [("a", 1), ("b", 2), ("c",), ("d", 4)]:
        processed.append(key)
except ValueError as e:
    print(type(e).__name__, e)
print(processed, key, val)

# Unpacking a string as a pair.
for left, right in ["ab", "cd", "ef"]:
    print(right + left, end=" ")
print()
