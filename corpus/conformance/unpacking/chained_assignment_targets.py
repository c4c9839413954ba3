# Multiple assignment targets (a = b = ...): shared objects, left-to-right target order, subscript targets.
a = b = []
a.append(1)
print(a, b, a is b)
a = a + [2]          # rebinding a breaks the sharing
print(a, b, a is b)

x = y = z = 0
x += 1
print(x, y, z)

# Targets are assigned left to right after the value is evaluated once.
trace = []


class Recorder:
    def __init__(self, name):
        self.name = name
        self.data = {}

    def __setitem__(self, key, value):
        trace.append(f"{self.name}[{key}]={value}")
        self.data[key] = value


def value():
    trace.append("value")
    return 7


first, second = Recorder("first"), Recorder("second")
first["k"] = second["k"] = value()
print(trace)

# A later target can depend on an earlier one in the same statement.
i = 0
items = [10, 20, 30]
i = items[i] = 2          # i becomes 2 first, then items[2] = 2
print(i, items)

slots = [None, None, None]
k = 0
slots[k] = k = 1          # slots[0] gets 1 (k is read before being rebound), then k = 1
print(slots, k)

# Chained assignment mixing unpacking and a plain name.
pair = (p, q) = [3, 4]
print(pair, p, q, type(pair).__name__)
head, *tail = whole = "abc"
print(head, tail, whole)

# Attribute targets.
class Box:
    pass


b1 = Box()
b2 = Box()
b1.v = b2.v = {"shared": True}
b2.v["shared"] = False
print(b1.v, vars(b1) == vars(b2))

# Default-argument sharing is the same aliasing effect.
def collect(item, bucket=[]):
    bucket.append(item)
    return bucket


r1 = collect("a")
r2 = collect("b")
print(r1, r2, r1 is r2, collect.__defaults__)

# Swapping through a chained target leaves both equal.
m = 1
n = 2
m = n = m
print(m, n)

# An error in a later target leaves earlier targets assigned.
done = []
grid = {}
try:
    grid["ok"] = done[5] = "value"
except IndexError as e:
    print(type(e).__name__, e)
print(grid)
