# Class attributes versus instance attributes: shadowing, deletion, and a shared mutable class list.
class Counter:
    count = 0
    history = []          # shared by every instance: a classic bug
    tags = ("base",)

    def __init__(self, name):
        self.name = name
        self.own = []

    def bump(self):
        self.count += 1    # reads the class value, writes an instance attribute
        self.history.append(self.name)   # mutates the shared class list
        self.own.append(self.count)


a = Counter("a")
b = Counter("b")
a.bump()
a.bump()
b.bump()
print("a.count", a.count, "b.count", b.count, "Counter.count", Counter.count)
print("history", Counter.history, a.history is b.history)
print("own", a.own, b.own)
print(sorted(vars(a)), sorted(vars(b)))

# Changing the class attribute is seen only by instances that do not shadow it.
c = Counter("c")
Counter.count = 100
print(a.count, b.count, c.count)

# Deleting the instance attribute uncovers the class attribute again.
del a.count
print(a.count, "count" in vars(a))
try:
    del a.count
except AttributeError as e:
    print(type(e).__name__, e)

# Rebinding (not mutating) the list on an instance makes it private.
b.history = ["private"]
b.bump()
print(b.history, Counter.history, a.history is Counter.history)

# Augmented assignment on a tuple attribute creates an instance attribute.
a.tags += ("extra",)
print(a.tags, c.tags, Counter.tags)

# Class-level attribute assigned through the class from a method.
class Registry:
    items = []
    total = 0

    def add(self, x):
        type(self).total += x
        Registry.items = Registry.items + [x]


class SubRegistry(Registry):
    pass


r1, r2 = Registry(), SubRegistry()
r1.add(5)
r2.add(-3)
r2.add(10)
print(Registry.total, SubRegistry.total, r1.total, r2.total)
print(Registry.items, SubRegistry.items, "total" in vars(SubRegistry), "items" in vars(SubRegistry))
