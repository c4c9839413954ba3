# __repr__/__str__ built from type(self).__name__ and self.__class__, inherited by subclasses.
class Base:
    def __init__(self, *values, **options):
        self.values = list(values)
        self.options = options

    def __repr__(self):
        parts = [repr(v) for v in self.values]
        parts += [f"{k}={v!r}" for k, v in self.options.items()]
        return f"{type(self).__name__}({', '.join(parts)})"


class Leaf(Base):
    pass


class Branch(Base):
    def __str__(self):
        return f"<{self.__class__.__name__} of {len(self.values)}>"


class Tagged(Leaf):
    def __repr__(self):
        return "#" + super().__repr__()


items = [Base(), Leaf(1, "two"), Branch(Leaf(3), Leaf(), flag=True), Tagged(-1.5, name="t")]
for it in items:
    print(repr(it), "|", str(it))
print(items)
print({"k": Leaf(None)}, (Branch(),), [Tagged()])
print(f"{items[2]} and {items[2]!r}")


# Cloning through self.__class__ keeps the subclass.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return self.__class__(self.cents + other.cents)

    def __repr__(self):
        sign = "-" if self.cents < 0 else ""
        c = abs(self.cents)
        return f"{type(self).__name__}({sign}{c // 100}.{c % 100:02d})"


class Euro(Money):
    pass


print(Money(150) + Money(-275), Euro(5) + Euro(99), Euro(0))
print(type(Euro(1) + Money(1)).__name__, type(Money(1) + Euro(1)).__name__)


# Assigning a class's __name__ later changes what every existing instance reports.
class Renamed(Leaf):
    pass


r = Renamed(7)
print(r)
Renamed.__name__ = "Alias"
print(r, type(r).__name__, [c.__name__ for c in type(r).__mro__])
