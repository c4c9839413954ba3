# In-place operators: __iadd__ mutating in place versus fallback to __add__, aliasing, and odd return values.
class Bag:
    def __init__(self, items=()):
        self.items = list(items)

    def __add__(self, other):
        print("  Bag.__add__")
        return Bag(self.items + list(other.items))

    def __iadd__(self, other):
        print("  Bag.__iadd__")
        self.items.extend(other.items)
        return self

    def __repr__(self):
        return f"Bag({self.items})"


class Frozen:
    def __init__(self, items=()):
        self.items = tuple(items)

    def __add__(self, other):
        print("  Frozen.__add__")
        return Frozen(self.items + tuple(other.items))

    def __radd__(self, other):
        print("  Frozen.__radd__")
        return Frozen(tuple(other.items) + self.items)

    def __repr__(self):
        return f"Frozen({self.items})"


a = Bag([1])
alias = a
a += Bag([2, 3])
print(a, alias, a is alias)

f = Frozen([1])
falias = f
f += Frozen([2])                # no __iadd__: falls back to __add__, rebinding f
print(f, falias, f is falias)

b = Bag(["x"])
b += Frozen(["y"])              # __iadd__ accepts anything with .items
print(b)
fr = Frozen(["p"])
fr += Bag(["q"])                # Frozen has no __iadd__, Frozen.__add__ handles it
print(fr)


# __iadd__ returning NotImplemented falls back to __add__ and then __radd__.
class Picky:
    def __init__(self, n):
        self.n = n

    def __iadd__(self, other):
        print("  Picky.__iadd__", type(other).__name__)
        if not isinstance(other, int):
            return NotImplemented
        self.n += other
        return self

    def __add__(self, other):
        print("  Picky.__add__", type(other).__name__)
        return NotImplemented

    def __repr__(self):
        return f"Picky({self.n})"


class Adder:
    def __radd__(self, other):
        print("  Adder.__radd__", type(other).__name__)
        return "from radd"


p = Picky(1)
p += 41
print(p)
p += Adder()
print(p)
q = Picky(0)
try:
    q += "s"
except TypeError as e:
    print(type(e).__name__, e)


# __iadd__ forgetting to return self rebinds the name to None.
class Forgetful:
    def __init__(self):
        self.total = 0

    def __iadd__(self, n):
        self.total += n


g = Forgetful()
h = g
g += 5
print(g, h.total)


# In-place ops inside containers and attributes evaluate the target once.
box = {"k": Bag([0])}
box["k"] += Bag([9])
print(box)


def get_box(key):
    print("  get_box", key)
    return box


get_box("first")["k"] += Bag([-1])
print(box)
holder = [Frozen([1]), Frozen([2])]
holder[-1] += Frozen([3])
print(holder)


class Stats:
    def __init__(self):
        self.bag = Bag()


s = Stats()
s.bag += Bag([7, 8])
print(s.bag)
# Other in-place operators also fall back.
for sym in ("-", "*", "|", "<<"):
    x = Frozen([1])
    try:
        if sym == "-":
            x -= Frozen([2])
        elif sym == "*":
            x *= 2
        elif sym == "|":
            x |= Frozen([])
        else:
            x <<= 1
    except TypeError as e:
        print(type(e).__name__, e)
