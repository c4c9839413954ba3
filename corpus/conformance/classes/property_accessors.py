# @property getter/setter/deleter, validation in setters, read-only properties, and property() calls.
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius        # goes through the setter

    @property
    def celsius(self):
        print("  get celsius")
        return self._c

    @celsius.setter
    def celsius(self, value):
        print("  set celsius", value)
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("  delete celsius")
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = -40
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
print(t.celsius)

try:
    t.fahrenheit = 0
except AttributeError as e:
    print(type(e).__name__, e)

del t.celsius
try:
    t.celsius
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted(vars(t)))


# property() called directly, and a property without a deleter.
class Box:
    def __init__(self):
        self._items = []

    def get_size(self):
        return len(self._items)

    def set_size(self, n):
        self._items = [0] * n

    size = property(get_size, set_size, doc="number of slots")


b = Box()
b.size = 3
print(b.size, b._items)
try:
    del b.size
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Box.size).__name__, isinstance(Box.size, property))


# A property is looked up on the class, so it wins over an instance __dict__ entry only for data.
class Shadow:
    @property
    def value(self):
        return "from property"


s = Shadow()
print(s.value)
Shadow.value = "plain class attr"
s.value = "instance attr"
print(s.value, Shadow.value)


# Subclass overriding a property getter while keeping the base setter.
class Base:
    def __init__(self):
        self._x = 0

    @property
    def x(self):
        return self._x

    @x.setter
    def x(self, v):
        self._x = v


class Doubled(Base):
    @Base.x.getter
    def x(self):
        return self._x * 2


d = Doubled()
d.x = 21
b2 = Base()
b2.x = 21
print(d.x, b2.x, Base.x is Doubled.x)
