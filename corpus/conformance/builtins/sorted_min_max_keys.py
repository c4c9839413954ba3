# sorted/min/max with key, reverse and default: stability, tie-breaking, several positional args, error messages.
people = [("zoe", 31), ("adam", 25), ("bea", 31), ("cal", 19), ("dee", 25)]

# sorted is stable: equal keys keep input order, also with reverse=True.
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, reverse=True))
print(sorted("Mississippi"), sorted("bca", reverse=True), sorted({3: "c", 1: "a"}))

# min/max return the FIRST of several equal extremes.
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: p[1]))
print(max([1, 1.0, True]), min([1, 1.0, True]), max(0, 0.0, False), min(-0.0, 0))

# Several positional arguments instead of one iterable.
print(max(3, 9, 2), min("pear", "apple", "fig"), max("pear", "apple", "fig", key=len))
print(max([1, 2], [1, 2, 0], [0, 99]), min((2, "b"), (2, "a")))

# default is only used for an empty iterable.
print(max([], default=None), min((), default="empty"), max([5], default=100))
print(min((p for p in people if p[1] > 90), default=("nobody", 0), key=lambda p: p[1]))

# Error messages.
for label, thunk in [
    ("max([])", lambda: max([])),
    ("min(())", lambda: min(())),
    ("max(5)", lambda: max(5)),
    ("max()", lambda: max()),
    ("min(1, 2, default=0)", lambda: min(1, 2, default=0)),
    ("max(1, 'a')", lambda: max(1, "a")),
    ("sorted(5)", lambda: sorted(5)),
    ("sorted([1, None])", lambda: sorted([1, None])),
    ("min key raises", lambda: min([1, 0], key=lambda v: 1 / v)),
]:
    try:
        print(label, "->", thunk())
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(label, "->", type(e).__name__, e)

# sorted always returns a new list and accepts any iterable.
original = (3, 1, 2)
s = sorted(original)
print(s, original, type(s).__name__)
print(sorted(range(5), key=lambda v: (v % 2, -v)))
print(sorted(["b10", "a2", "a10", "b1"], key=lambda t: (t[0], int(t[1:]))))

# A constant key keeps the original order (all keys equal).
print(sorted(["x", "c", "m"], key=lambda v: 0))

# Sorting objects with only __lt__ defined.
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
        self.text = text

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return f"v{self.text}"


versions = [Version(t) for t in ["1.10", "1.2", "1.2.1", "0.9", "1.2.0"]]
print(sorted(versions), max(versions), min(versions))
print(sorted(versions, reverse=True))
