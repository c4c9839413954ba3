# __name__, __bases__, __mro__, __dict__/vars() of instances, type(x), isinstance/issubclass with tuples.
class Vehicle:
    wheels = 0

    def __init__(self, make):
        self.make = make


class Car(Vehicle):
    wheels = 4

    def __init__(self, make, seats):
        super().__init__(make)
        self.seats = seats


class Boat(Vehicle):
    pass


class Amphibian(Car, Boat):
    pass


things = [Vehicle("generic"), Car("vw", 5), Boat("sea"), Amphibian("duck", 2), 7, "str", None, [1], Car]
for t in things:
    tname = type(t).__name__
    flags = (isinstance(t, Vehicle), isinstance(t, (Car, Boat)), isinstance(t, (int, str)),
             isinstance(t, ()))
    print(f"{tname:10} {flags}")

print(type(things[1]) is Car, type(things[3]) is Car, type(things[3]) == Amphibian)
print(type(Car).__name__, type(type(3)).__name__, type(None).__name__)

for cls in (Vehicle, Car, Boat, Amphibian):
    print(cls.__name__, [b.__name__ for b in cls.__bases__], [m.__name__ for m in cls.__mro__])

print(issubclass(Amphibian, (Boat, int)), issubclass(bool, (str, int)), issubclass(Car, (Boat,)))
print(issubclass(Car, object), issubclass(object, Car), isinstance(Car, object), isinstance(Car, type))
print(isinstance(True, int), isinstance(3, bool), isinstance(3.0, (int, float)))
print(isinstance([], (tuple, (list, dict))))

try:
    issubclass(Car("x", 1), Vehicle)
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(3, 4)
except TypeError as e:
    print(type(e).__name__, e)

a = Amphibian("duck", 2)
print(vars(a))
print(a.__dict__ is vars(a))
a.__dict__["depth"] = 3
print(a.depth, sorted(vars(a)))
vars(a)["seats"] = 6
print(a.seats, len(vars(Vehicle("x"))))
print(a.__class__.__name__, a.__class__ is Amphibian, a.__class__.__bases__[1].__name__)
print(Amphibian.wheels, "wheels" in vars(Amphibian), "wheels" in vars(Car))

# Classes are first-class: stored, compared and called from a table.
table = {cls.__name__: cls for cls in (Car, Boat)}
made = [table[name]("m", 1) if name == "Car" else table[name]("b") for name in sorted(table)]
print([type(m).__name__ for m in made], [m.wheels for m in made])
