# A small matrix class: @ and @= (with matrices and scalars), reflected @, equality and repr.
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    def __matmul__(self, other):
        if isinstance(other, (int, float)):
            return Matrix([[v * other for v in row] for row in self.rows])
        if not isinstance(other, Matrix):
            return NotImplemented
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols]
                       for row in self.rows])

    def __rmatmul__(self, other):
        if isinstance(other, (int, float)):
            return self @ other
        return NotImplemented

    def __imatmul__(self, other):
        result = self @ other
        self.rows = result.rows
        return self

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"


identity = Matrix([[1, 0], [0, 1]])
m = Matrix([[1, 2], [3, 4]])
print(m @ identity == m, m @ m)
print(m @ 2, 3 @ m, m @ 0.5)
alias = m
m @= Matrix([[0, 1], [1, 0]])
print(m, alias is m)
m @= 10
print(m)
try:
    m @ "x"
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2] @ [3, 4]
except TypeError as e:
    print("TypeError:", e)
