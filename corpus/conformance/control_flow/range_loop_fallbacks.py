# `for ... in range(...)` where the name range is not the builtin, or its arguments are not
# ints, or the step is zero: the loop behaves as range() itself would (fastvm's counted loop
# must fall back to the generic one).


def counted(n):
    return [i * i for i in range(n)] + [i for i in range(n, 0, -2)]


print(counted(5))


def shadowed():
    def range(*args):
        return ["shadow", *args]
    out = []
    for i in range(3):
        out.append(i)
    return out


print(shadowed())
for bad in (2.0, "3", None):
    try:
        for i in range(bad):
            print("never", i)
    except TypeError as e:
        print("TypeError:", e)
try:
    for i in range(0, 5, 0):
        print("never", i)
except ValueError as e:
    print("ValueError:", e)
total = 0
for i in range(True, 4):
    total += i
print(total)
big = 2 ** 70
for i in range(big, big + 3):
    print(i - big, end=" ")
print()
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for i in range(3):
    i = "rebound"
print(i)
