# Multiple inheritance: C3 linearization for diamonds and deeper hierarchies, and method lookup along it.
def names(cls):
    return [c.__name__ for c in cls.__mro__]


class A:
    def who(self):
        return "A"

    def trail(self):
        return ["A"]


class B(A):
    def who(self):
        return "B"

    def trail(self):
        return ["B"] + super().trail()


class C(A):
    def who(self):
        return "C"

    def trail(self):
        return ["C"] + super().trail()


class D(B, C):
    def trail(self):
        return ["D"] + super().trail()


print(names(D))
print(D().who(), D().trail())


class E(C, B):
    pass


print(names(E))
print(E().who(), E().trail())

# The classic example from the C3 paper.
class O: pass
class F(O): pass
class Ee(O): pass
class Dd(O): pass
class Cc(Dd, F): pass
class Bb(Dd, Ee): pass
class Aa(Bb, Cc, Ee): pass

print(names(Aa))
print(names(Bb))
print(names(Cc))

# Another standard example: K1, K2, K3 and Z.
class X: pass
class Y: pass
class Q: pass
class K1b(X, Y): pass
class K2(Y, Q): pass
class K3(X, Q): pass
class Z(K1b, K2, K3): pass

print(names(Z))

# Attribute lookup follows the MRO, not depth-first order.
class Base:
    greeting = "base"

class Left(Base):
    pass

class Right(Base):
    greeting = "right"

class Child(Left, Right):
    pass

print(Child.greeting, names(Child))
print(Child.__bases__ == (Left, Right), len(Child.__mro__))
