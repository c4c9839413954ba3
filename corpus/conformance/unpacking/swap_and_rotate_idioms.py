# Swap idioms via tuple assignment: the right side is built first, targets are then stored left to right.
a, b = 1, 2
a, b = b, a
print(a, b)

# Three-way rotation.
x, y, z = "x", "y", "z"
x, y, z = y, z, x
print(x, y, z)

# Fibonacci with simultaneous update vs a wrong sequential update.
def fib_pair(n):
    cur, nxt = 0, 1
    out = []
    for _ in range(n):
        out.append(cur)
        cur, nxt = nxt, cur + nxt
    return out


def fib_wrong(n):
    cur, nxt = 0, 1
    out = []
    for _ in range(n):
        out.append(cur)
        cur = nxt
        nxt = cur + nxt
    return out


print(fib_pair(10))
print(fib_wrong(10))

# Swapping list elements in place (a bubble sort pass).
def bubble(values):
    values = list(values)
    swaps = 0
    for end in range(len(values) - 1, 0, -1):
        for i in range(end):
            if values[i] > values[i + 1]:
                values[i], values[i + 1] = values[i + 1], values[i]
                swaps += 1
    return values, swaps


print(bubble([5, -1, 3, 3, 0, -7]))

# A classic pitfall: a target index that depends on an earlier target.
nums = [0, 2, 1, 3]
i = 1
i, nums[i] = nums[i], 99      # i is rebound to 2 before nums[i] is stored
print(i, nums)
nums = [0, 2, 1, 3]
i = 1
nums[i], i = 99, nums[i]      # store order flipped: nums[1] first
print(i, nums)

# Swapping via index expressions that are evaluated at store time.
perm = [2, 0, 1]
perm[0], perm[perm[0]] = perm[perm[0]], perm[0]
print(perm)

# Reversing a list in place with two pointers.
def reverse_in_place(seq):
    lo, hi = 0, len(seq) - 1
    while lo < hi:
        seq[lo], seq[hi] = seq[hi], seq[lo]
        lo, hi = lo + 1, hi - 1
    return seq


print(reverse_in_place(list("stressed")), reverse_in_place([]), reverse_in_place([1]))

# Euclid's algorithm with tuple assignment, negative inputs included.
def gcd(m, n):
    while n:
        m, n = n, m % n
    return abs(m)


print(gcd(48, 18), gcd(-48, 18), gcd(7, 0), gcd(0, 0))

# Swapping attributes and dict entries.
class Pair:
    def __init__(self, left, right):
        self.left, self.right = left, right

    def flip(self):
        self.left, self.right = self.right, self.left
        return self

    def __repr__(self):
        return f"Pair({self.left!r}, {self.right!r})"


print(Pair("L", "R").flip(), Pair([1], None).flip().flip())
d = {"a": 1, "b": 2}
d["a"], d["b"] = d["b"], d["a"]
print(d)

# Evaluation order of the right-hand side is left to right.
order = []


def val(tag, v):
    order.append(tag)
    return v


p, q = val("first", 1), val("second", 2)
print(order, p, q)
