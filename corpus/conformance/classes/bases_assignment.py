# Assigning __bases__: lookups through the new MRO, subclasses following, and CPython's refusals.


class A:
    def who(self):
        return "A"

    def only_a(self):
        return "only in A"


class B:
    def who(self):
        return "B"


class C(A):
    pass


class D(C):
    pass


d = D()
print(d.who(), D.__mro__)
C.__bases__ = (B,)
print(d.who(), D.__mro__, C.__bases__)
print(hasattr(d, "only_a"), isinstance(d, A), isinstance(d, B), issubclass(D, B))
C.__bases__ = (B, A)
print(d.who(), d.only_a(), [k.__name__ for k in D.__mro__])
C.__bases__ = (A, B)
print(d.who(), [k.__name__ for k in D.__mro__])


class Left(A):
    def side(self):
        return "left"


class Right(A):
    def side(self):
        return "right"


class Bottom(Left, Right):
    pass


class Lower(Bottom):
    pass


print(Lower().side(), [k.__name__ for k in Lower.__mro__])
Bottom.__bases__ = (Right, Left)
print(Lower().side(), [k.__name__ for k in Lower.__mro__])


def attempt(cls, value):
    try:
        cls.__bases__ = value
        print("assigned", [k.__name__ for k in cls.__mro__])
    except TypeError as e:
        print("TypeError:", e)


attempt(C, [A])
attempt(C, ())
attempt(C, (A, 3))
attempt(A, (D,))
attempt(A, (A,))
attempt(C, (A, A))
attempt(A, (B,))
attempt(C, (object,))
attempt(C, (ValueError,))


class E(Exception):
    pass


class F(E):
    pass


class G(Exception):
    pass


attempt(F, (G,))
attempt(G, (E,))
attempt(F, (A,))
attempt(F, (E,))
print(F.__mro__)
try:
    raise F("raised")
except E as e:
    print("caught as E:", e)


class P(A):
    pass


class Q(A):
    pass


class R(P):
    pass


class S(R, Q):
    pass


attempt(R, (Q, P))
print([k.__name__ for k in S.__mro__], R.__bases__)
attempt(R, (P,))
print([k.__name__ for k in S.__mro__], R.__bases__)
attempt(P, (Q,))
print([k.__name__ for k in S.__mro__], P.__bases__)
