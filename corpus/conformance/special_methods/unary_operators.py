# Unary special methods __neg__, __pos__, __abs__, __invert__, and how they differ from builtins.
class Signal:
    def __init__(self, level, label="s"):
        self.level = level
        self.label = label

    def __neg__(self):
        return Signal(-self.level, "-" + self.label)

    def __pos__(self):
        return Signal(self.level, "+" + self.label)

    def __abs__(self):
        return Signal(abs(self.level), "|" + self.label + "|")

    def __invert__(self):
        return Signal(~self.level, "~" + self.label)

    def __repr__(self):
        return f"{self.label}={self.level}"


s = Signal(5)
print(-s, +s, abs(s), ~s)
print(-(-s), - -s, ~~s, abs(-s), abs(abs(Signal(-3, "n"))))
print(-+~s, [-x for x in (Signal(0, "z"), Signal(-7, "m"))])

# Unary binds tighter than binary * but looser than **.
print(-2 ** 2, (-2) ** 2, -2 * 3, ~5 ** 2, ~-1)
print(not -0, -0.0, +(-0.0), abs(-0.0), -True, +False)


class Mask:
    def __init__(self, bits, width=8):
        self.bits = bits & ((1 << width) - 1)
        self.width = width

    def __invert__(self):
        return Mask(~self.bits, self.width)

    def __and__(self, other):
        return Mask(self.bits & other.bits, self.width)

    def __or__(self, other):
        return Mask(self.bits | other.bits, self.width)

    def __xor__(self, other):
        return Mask(self.bits ^ other.bits, self.width)

    def __repr__(self):
        return format(self.bits, f"0{self.width}b")


m = Mask(0b1010_0110)
print(m, ~m, m & ~m, m | ~m, m ^ Mask(0xFF), ~Mask(0, 4))


# Unary operators are looked up on the type; missing ones raise TypeError with the operator.
class Quiet:
    pass


q = Quiet()
for name, op in [("neg", lambda x: -x), ("pos", lambda x: +x), ("invert", lambda x: ~x), ("abs", abs)]:
    try:
        op(q)
    except TypeError as e:
        print(name, type(e).__name__, e)

# An instance attribute named __neg__ does not count.
q.__neg__ = lambda: "instance"
try:
    print(-q)
except TypeError as e:
    print("instance attr:", e)
Quiet.__neg__ = lambda self: "class attr"
print(-q)
print(-1.5, abs(-7), abs(3.25), ~0, ~-256)
