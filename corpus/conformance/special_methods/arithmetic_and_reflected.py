# Binary arithmetic dunders and their reflected forms: 3 + v, sum() with a start value, NotImplemented chains.
calls = []


class Vec:
    def __init__(self, *comps):
        self.c = tuple(comps)

    def __repr__(self):
        return f"Vec{self.c}"

    def _coerce(self, other):
        if isinstance(other, Vec):
            return other.c
        if isinstance(other, (int, float)):
            return (other,) * len(self.c)
        return None

    def __add__(self, other):
        calls.append("add")
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Vec(*[a + b for a, b in zip(self.c, o)])

    def __radd__(self, other):
        calls.append("radd")
        return self.__add__(other)

    def __sub__(self, other):
        calls.append("sub")
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Vec(*[a - b for a, b in zip(self.c, o)])

    def __rsub__(self, other):
        calls.append("rsub")
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Vec(*[b - a for a, b in zip(self.c, o)])

    def __mul__(self, k):
        calls.append("mul")
        if isinstance(k, Vec):
            return sum(a * b for a, b in zip(self.c, k.c))
        return Vec(*[a * k for a in self.c])

    def __rmul__(self, k):
        calls.append("rmul")
        return self.__mul__(k)

    def __truediv__(self, k):
        return Vec(*[a / k for a in self.c])

    def __floordiv__(self, k):
        return Vec(*[a // k for a in self.c])

    def __mod__(self, k):
        return Vec(*[a % k for a in self.c])

    def __pow__(self, k):
        return Vec(*[a ** k for a in self.c])

    def __rpow__(self, base):
        return Vec(*[base ** a for a in self.c])

    def __matmul__(self, other):
        return [[a * b for b in other.c] for a in self.c]


u, v = Vec(1, 2), Vec(-3, 4)
print(u + v, u - v, 10 - u, 3 + v, v + 0.5)
print(2 * u, u * 2, u * v, u @ v)
print(Vec(7, -7) / 2, Vec(7, -7) // 2, Vec(7, -7) % 3, u ** 2, 2 ** u)
calls.clear()
print(sum([u, v, Vec(10, 10)]), calls)           # starts with 0 + u -> u.__radd__(0)
calls.clear()
print(sum([u, v], Vec(100, 200)), calls)
print(sum([], Vec(0, 0)))
try:
    print(u + "s")
except TypeError as e:
    print(type(e).__name__, e)
calls.clear()
try:
    print("s" - u)
except TypeError as e:
    print(type(e).__name__, e, calls)


# A subclass that overrides the reflected method is tried first.
class Scaled(Vec):
    def __radd__(self, other):
        calls.append("Scaled.radd")
        return "scaled wins"


calls.clear()
print(u + Scaled(1, 1), calls)
calls.clear()
print(Scaled(1, 1) + u, calls)


# Right operand of the same type never gets __radd__ called.
class OnlyRadd:
    def __radd__(self, other):
        return "radd"


print(1 + OnlyRadd(), "x" + OnlyRadd(), Vec(1) + OnlyRadd())
try:
    OnlyRadd() + OnlyRadd()
except TypeError as e:
    print(type(e).__name__, e)
