# Nested comprehensions as matrix operations: build, transpose, multiply, flatten, and neighbour counts.
def show(name, m):
    print(name)
    for row in m:
        print("  " + " ".join(f"{v:4}" for v in row))


a = [[r * 3 + c - 4 for c in range(3)] for r in range(2)]
show("a", a)

# Transpose: the inner comprehension runs per output row.
t = [[row[i] for row in a] for i in range(len(a[0]))]
show("transpose", t)
print(t == [list(col) for col in zip(*a)])

# Matrix product with a sum over a generator expression.
def matmul(x, y):
    return [[sum(x[i][k] * y[k][j] for k in range(len(y))) for j in range(len(y[0]))] for i in range(len(x))]


show("a @ t", matmul(a, t))
show("t @ a", matmul(t, a))

# Identity and scalar operations.
ident = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
print(matmul(a, ident) == a)
show("scaled", [[-2 * v for v in row] for row in a])

# Flatten vs nested: the bracket placement decides the shape.
print([v for row in a for v in row])
print([[v for v in row] for row in a])
print([[v for row in a] for v in range(2)])

# Conway-style neighbour counts with bounds checks in the innermost comprehension.
grid = [
    "..#.",
    ".##.",
    "#...",
]
h, w = len(grid), len(grid[0])
counts = [[sum(1
               for dr in (-1, 0, 1) for dc in (-1, 0, 1)
               if (dr or dc) and 0 <= r + dr < h and 0 <= c + dc < w and grid[r + dr][c + dc] == "#")
           for c in range(w)]
          for r in range(h)]
show("neighbours", counts)

# Next generation computed from the counts.
nxt = ["".join("#" if (cell == "#" and n in (2, 3)) or (cell == "." and n == 3) else "."
               for cell, n in zip(grid[r], counts[r]))
       for r in range(h)]
print(nxt)

# Pascal's triangle: each row built from the previous one.
rows = [[1]]
for _ in range(5):
    prev = rows[-1]
    rows.append([1] + [prev[i] + prev[i + 1] for i in range(len(prev) - 1)] + [1])
print(rows)

# Triangular comprehension: inner range depends on the outer variable.
tri = [[(i, j) for j in range(i)] for i in range(4)]
print(tri)
print([len(r) for r in tri], sum(len(r) for r in tri))

# Nested comprehension creating independent rows (unlike list repetition).
board = [["." for _ in range(3)] for _ in range(2)]
board[0][0] = "X"
print(board)
