# AttributeError messages for instances, classes, deletion, and getattr/hasattr defaults.
class Point:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def shifted(self, dx):
        return Point(self.x + dx, self.y)


def attempt(label, action):
    try:
        result = action()
    except AttributeError as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: ok {result!r}")


p = Point(1, 2)
attempt("instance z", lambda: p.z)
attempt("class q", lambda: Point.q)
attempt("class x", lambda: Point.x)
attempt("chained", lambda: p.shifted(3).x)
attempt("chained missing", lambda: p.shifted(3).w)
attempt("on int", lambda: (5).real_part)
attempt("on str", lambda: "abc".push)
attempt("on list", lambda: [].push)
attempt("on None", lambda: None.x)
attempt("on dict", lambda: {}.x)
attempt("getattr default", lambda: getattr(p, "z", "fallback"))
attempt("getattr none default", lambda: getattr(p, "z", None))
attempt("getattr no default", lambda: getattr(p, "z"))
attempt("getattr class", lambda: getattr(Point, "dims"))
attempt("hasattr", lambda: (hasattr(p, "x"), hasattr(p, "z"), hasattr(Point, "x"), hasattr(Point, "shifted")))


def delete_missing():
    del p.z


def delete_class_attr_via_instance():
    del p.dims


def delete_from_class():
    del Point.q


attempt("del missing", delete_missing)
attempt("del class attr via instance", delete_class_attr_via_instance)
attempt("del from class", delete_from_class)
attempt("delattr", lambda: delattr(p, "nope"))


class Child(Point):
    pass


c = Child(0, 0)
attempt("subclass instance", lambda: c.z)
attempt("subclass class", lambda: Child.z)

# The exception object carries the message in args.
try:
    p.missing_attr
except AttributeError as e:
    print(e.args, len(e.args))

# Catching via the base class Exception also works, and the name is the same.
try:
    Child.nothing
except Exception as e:
    print(type(e).__name__, "|", e)

# setattr with a non-string name fails with a TypeError.
try:
    setattr(p, 5, "five")
except TypeError as e:
    print(type(e).__name__, e)
