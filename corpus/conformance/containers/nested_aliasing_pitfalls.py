# Nested containers and aliasing: list repetition sharing rows, shallow copies, mutable items inside tuples.
# Repetition copies references: every row is the same list.
bad = [[0] * 3] * 3
bad[0][1] = 5
print(bad, bad[0] is bad[2])

good = [[0] * 3 for _ in range(3)]
good[0][1] = 5
print(good, good[0] is good[2])

# Repeating immutable items is harmless: rebinding an element replaces it.
flat = [0] * 4
flat[1] += 7
print(flat)

# Repetition of a list of lists, then extending one inner list.
pairs = [[1, 2]] * 2 + [[1, 2]]
pairs[0].append(3)
print(pairs, pairs[0] == pairs[2], pairs[0] is pairs[2])

# Multiplying by zero or a negative number gives an empty list.
print([[1]] * 0, [1, 2] * -3, (0,) * 2, "ab" * 3)

# A shallow copy shares nested objects; a manual deep copy does not.
def deep_copy(value):
    if isinstance(value, list):
        return [deep_copy(v) for v in value]
    if isinstance(value, dict):
        return {k: deep_copy(v) for k, v in value.items()}
    if isinstance(value, tuple):
        return tuple(deep_copy(v) for v in value)
    return value


config = {"name": "svc", "ports": [80, 443], "env": {"tier": ["web"]}}
shallow = dict(config)
deep = deep_copy(config)
config["ports"].append(8080)
config["env"]["tier"].append("api")
config["name"] = "svc2"
print(shallow)
print(deep)
print(shallow["ports"] is config["ports"], deep["ports"] is config["ports"])

# A tuple is immutable but its list items are not.
record = ("ana", [1, 2])
record[1].append(3)
print(record)

# Augmented assignment on a list inside a tuple mutates the list, then fails on the tuple store.
try:
    record[1] += [4]
except TypeError as e:
    print(type(e).__name__, e)
print(record)

# Tuples holding lists are unhashable; tuples of ints are fine as keys.
try:
    {record: 1}
except TypeError as e:
    print(type(e).__name__, e)
cells = {(r, c): r * 10 + c for r in range(2) for c in range(3)}
print(cells[(1, 2)], cells[1, 0], len(cells))

# Building an adjacency structure: default lists must not be shared.
def build(edges, shared_default):
    graph = {}
    empty = []
    for a, b in edges:
        if shared_default:
            graph.setdefault(a, empty).append(b)
        else:
            graph.setdefault(a, []).append(b)
    return graph


edges = [(1, 2), (1, 3), (2, 3), (3, 1)]
print(build(edges, True))
print(build(edges, False))

# Nested indexing for reading and writing.
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
matrix[1][-1] = -1
matrix[-1][0:2] = ["a", "b"]
print(matrix, matrix[2][1], [row[1] for row in matrix])
transposed = [list(col) for col in zip(*matrix)]
print(transposed)

# Removing items from a list while iterating over it skips elements.
nums = [2, 4, 5, 6, 8, 9]
for n in nums:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
nums = [2, 4, 5, 6, 8, 9]
nums = [n for n in nums if n % 2]
print(nums)

# A list that contains itself through a dict.
holder = {"self": None}
box = [holder]
holder["self"] = box
print(box, holder)
