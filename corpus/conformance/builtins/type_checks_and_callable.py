# isinstance/issubclass with tuples and bool/int subtleties, type(x) printed and compared, callable(),
# plus object(), super(), staticmethod/classmethod/property objects and NotImplemented.
class Shape:
    def area(self):
        return 0


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def __call__(self, scale):
        return Circle(self.r * scale)


shapes = [Rect(2, 3), Square(4), Circle(1), Shape()]
for s in shapes:
    print(type(s).__name__, isinstance(s, Rect), isinstance(s, (Circle, Square)), type(s) is Rect, type(s) == Shape)

print(type(shapes[1]), type(Square), type(type(1)))
print(issubclass(Square, Rect), issubclass(Square, Shape), issubclass(Rect, Square), issubclass(Shape, Shape))
print(issubclass(Square, (Circle, int)), issubclass(Circle, (int, (str, Shape))), issubclass(Shape, object))

# bool is a subclass of int; type() tells them apart.
print(isinstance(True, int), type(True) is int, type(True) == bool, issubclass(bool, int), issubclass(int, bool))
print([type(v).__name__ for v in [1, 1.0, "1", True, None, [1], (1,), {1: 1}, {1}, frozenset(), range(1)]])

# Exception classes and their hierarchy.
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, (ValueError, ArithmeticError)))
print(isinstance(KeyError("k"), (IndexError, LookupError)), issubclass(RecursionError, RuntimeError))
print(issubclass(StopIteration, Exception), issubclass(GeneratorExit, Exception), issubclass(BaseException, object))

# Type objects as values: a dispatch table keyed by type.
def describe(v):
    handlers = {int: "integer", float: "real", str: "text", list: "sequence", type(None): "nothing"}
    return handlers.get(type(v), "other:" + type(v).__name__)


print([describe(v) for v in [3, 2.5, "x", [1], None, True, (1,)]])

# Errors from bad second arguments.
for thunk in [lambda: isinstance(1, "int"), lambda: issubclass(1, int), lambda: isinstance(1, (int, 3))]:
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)

# callable: functions, lambdas, classes, builtins, bound methods, instances with __call__.
def plain():
    return "called"


r = Rect(1, 1)
items = [plain, lambda: 0, Rect, len, r.area, Circle(2), r, 42, "str", None, print, str.upper, type]
print([callable(i) for i in items])
grown = Circle(2)(3)
print(type(grown).__name__, grown.r)

# Calling something that is not callable.
try:
    r()
except TypeError as e:
    print(type(e).__name__, e)
number = 5
try:
    number()
except TypeError as e:
    print(type(e).__name__, e)

# type() of classes and instances compared with is.
print(type(r) is Rect, type(r) is Shape, type(Rect) is type, isinstance(Rect, type), isinstance(r, type))
print(Square.__mro__)
print(Square.__bases__, Shape.__bases__, Rect.__name__)


# object() instances have no instance dict, so attributes cannot be added.
bare = object()
print(type(bare).__name__, isinstance(bare, object), isinstance(Rect, object), bare == bare, bare == object())
try:
    bare.tag = 1
except AttributeError as e:
    print(type(e).__name__, e)


# staticmethod/classmethod/property wrap functions; NotImplemented lets the other operand try.
class Meters:
    def __init__(self, v):
        self.v = v

    @staticmethod
    def parse(text):
        return Meters(float(text.rstrip("m")))

    @classmethod
    def zero(cls):
        return cls(0)

    @property
    def km(self):
        return self.v / 1000

    def __eq__(self, other):
        if not isinstance(other, Meters):
            return NotImplemented
        return self.v == other.v


print(Meters.parse("1500m").km, Meters.zero().v, type(Meters.zero()).__name__)
print(callable(Meters.parse), callable(Meters.zero), isinstance(Meters.__dict__["km"], property))
print(Meters(2) == Meters(2.0), Meters(2) == 2, Meters(2) != "2", Meters(1).__eq__(1) is NotImplemented)
print(type(NotImplemented).__name__, bool(Meters(1) == Meters(2)))
