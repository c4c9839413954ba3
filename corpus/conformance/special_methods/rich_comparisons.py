# Rich comparisons: NotImplemented, reflected fallback order, __ne__ derived from __eq__, identity default.
trace = []


class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __repr__(self):
        return "V" + ".".join(str(p) for p in self.parts)

    def __eq__(self, other):
        trace.append(f"{self!r}.__eq__({other!r})")
        if isinstance(other, Version):
            return self.parts == other.parts
        if isinstance(other, str):
            return repr(self) == other
        return NotImplemented

    def __lt__(self, other):
        trace.append(f"{self!r}.__lt__({other!r})")
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __le__(self, other):
        trace.append(f"{self!r}.__le__({other!r})")
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts <= other.parts


def show(label, thunk):
    trace.clear()
    try:
        result = thunk()
    except TypeError as e:
        result = f"{type(e).__name__}: {e}"
    print(f"{label:10} -> {result!r:50} {trace}")


a, b = Version(1, 2), Version(1, 10)
show("a == b", lambda: a == b)
show("a != b", lambda: a != b)
show("a < b", lambda: a < b)
show("a > b", lambda: a > b)        # reflected: b.__lt__(a)
show("a >= b", lambda: a >= b)      # reflected: b.__le__(a)
show("a == 'V1.2'", lambda: a == "V1.2")
show("'V1.2' == a", lambda: "V1.2" == a)
show("a == 3", lambda: a == 3)      # both NotImplemented: identity fallback
show("a != 3", lambda: a != 3)
show("a < 3", lambda: a < 3)
show("3 > a", lambda: 3 > a)
show("a == a", lambda: a == a)


# Subclass overriding the reflected method gets priority.
class Build(Version):
    def __lt__(self, other):
        trace.append(f"Build.__lt__({other!r})")
        return "build-lt"

    def __gt__(self, other):
        trace.append(f"Build.__gt__({other!r})")
        return "build-gt"


bld = Build(1, 2)
show("a < bld", lambda: a < bld)    # Build is a subclass with __gt__: tried first
show("bld < a", lambda: bld < a)


# Default equality is identity; chained comparisons evaluate each operand once.
class Plain:
    pass


p, q = Plain(), Plain()
print(p == p, p == q, p != q, p is not q)
trace.clear()
print(Version(1) < Version(2) <= Version(2) < Version(1, 5), trace)
trace.clear()
print(Version(3) < Version(2) < Version(9), len(trace))
