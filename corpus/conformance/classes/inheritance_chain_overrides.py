# Class statements with bases: method overriding, inherited lookup, and attribute resolution order.
class Shape:
    sides = 0
    label = "shape"

    def __init__(self, name):
        self.name = name

    def describe(self):
        return f"{self.name}: {self.label} with {self.sides} sides, area {self.area()}"

    def area(self):
        return 0


class Polygon(Shape):
    label = "polygon"


class Rectangle(Polygon):
    sides = 4

    def __init__(self, name, w, h):
        Shape.__init__(self, name)
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rectangle):
    label = "square"

    def __init__(self, name, side):
        Rectangle.__init__(self, name, side, side)


class Triangle(Polygon):
    sides = 3

    def __init__(self, name, base, height):
        super().__init__(name)
        self.base, self.height = base, height

    def area(self):
        return self.base * self.height / 2


shapes = [Shape("blob"), Polygon("poly"), Rectangle("r", 3, -2), Square("sq", 5), Triangle("t", 3, 5)]
for s in shapes:
    print(s.describe())

print([type(s).__name__ for s in shapes])
print(Square.__bases__[0].__name__, Rectangle.__bases__[0].__name__, Shape.__bases__[0].__name__)
print(isinstance(shapes[3], Rectangle), isinstance(shapes[3], Triangle), isinstance(shapes[2], Square))
print(issubclass(Square, Shape), issubclass(Shape, Square), issubclass(Square, Square))

# Inherited class attribute is found on the class where it is defined; overriding in a subclass
# leaves the base untouched.
Polygon.label = "many-sided"
print(Rectangle.label, Square.label, Triangle.label, Shape.label)
print(shapes[2].describe())

# The empty class body with only pass, and a class with object as explicit base.
class Empty(object):
    pass

class AlsoEmpty:
    pass

print(Empty.__bases__ == AlsoEmpty.__bases__, Empty.__bases__[0] is object)
print(Empty.__name__, len(vars(Empty())))

# A method defined in a subclass can call the overridden base version explicitly.
class LoudSquare(Square):
    def describe(self):
        return Square.describe(self).upper() + "!"

print(LoudSquare("ls", 2).describe())
