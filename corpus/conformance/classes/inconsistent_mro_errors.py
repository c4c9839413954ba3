# Class creation failures: inconsistent MRO, duplicate bases, and bad bases, caught as TypeError.
class A:
    pass


class B(A):
    pass


class C(A):
    pass


def try_build(label, make):
    try:
        cls = make()
    except TypeError as e:
        print(label, "->", type(e).__name__ + ":", e)
        return None
    print(label, "->", [k.__name__ for k in cls.__mro__])
    return cls


def good():
    class Good(B, A):
        pass
    return Good


def base_first():
    # A comes before its own subclass B: no consistent order exists.
    class Bad(A, B):
        pass
    return Bad


def duplicated():
    class Dup(A, A):
        pass
    return Dup


def crossed():
    class X(B, C):
        pass

    class Y(C, B):
        pass

    class Z(X, Y):
        pass
    return Z


try_build("good", good)
try_build("base first", base_first)
try_build("duplicated", duplicated)
try_build("crossed", crossed)

# A failed class statement binds nothing: the name stays unbound.
try:
    class Broken(A, B):
        pass
except TypeError as e:
    print("caught:", repr(str(e)))

try:
    print(Broken)
except NameError as e:
    print(type(e).__name__, e)

# Object first then a user class is also inconsistent.
try:
    class Obj(object, A):
        pass
except TypeError as e:
    print(e)

# But a user class then object is fine.
class Fine(A, object):
    pass

print([k.__name__ for k in Fine.__mro__])
