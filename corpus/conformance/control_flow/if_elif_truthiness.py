# if/elif/else chains, truthiness of builtin and user values, short-circuit and/or returning operands.
def classify(n):
    if n < 0:
        kind = "negative"
    elif n == 0:
        kind = "zero"
    elif n % 2 == 0 and n > 100:
        kind = "big even"
    elif n % 2 == 0:
        kind = "even"
    else:
        kind = "odd"
    return kind


print([classify(n) for n in [-5, 0, 7, 8, 102, 101, -0]])


def grade(score):
    if not 0 <= score <= 100:
        return "invalid"
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    return "F"


print([grade(s) for s in [-1, 0, 69.999, 70, 89, 90, 100, 100.5]])

# Truthiness of builtin values.
values = [0, 1, -1, 0.0, -0.0, 0.1, "", " ", "0", [], [0], (), ((),), {}, {0: 0}, set(), None, range(0), range(1)]
print([bool(v) for v in values])
for v in values:
    if v:
        pass
    else:
        print("falsy:", repr(v))


# User-defined truthiness through __bool__ and __len__.
class Bag:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        print("  __len__ called")
        return len(self.items)


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        print("  __bool__ called")
        return self.on


if Bag([]):
    print("bag has items")
else:
    print("bag is empty")
if Flag(True) and Bag([1]):
    print("both true")
print(not Flag(False))


class Plain:
    pass


print("plain object is", "truthy" if Plain() else "falsy")

# and/or return one of their operands, not a bool.
print(0 or "default", "" or [] or None, 3 and 4, 0 and 1 / 0, [] and 1 / 0)
print(None or 0 or "last", 1 and 2 and 3, "x" or 1 / 0)


def loud(v):
    print(f"  eval {v!r}")
    return v


print(loud(0) and loud(1))
print(loud(2) or loud(3))
print(loud("") or loud(0) or loud(None))

# Chained comparisons evaluate the middle operand once and short-circuit.
print(loud(1) < loud(2) < loud(0) < loud(5))

# Conditional expressions nest right-associatively.
for n in [-2, 0, 3]:
    print(n, "neg" if n < 0 else "zero" if n == 0 else "pos")

# A bool that is not bool: __bool__ must return bool.
class Broken:
    def __bool__(self):
        return 1


try:
    if Broken():
        print("never")
except TypeError as e:
    print(type(e).__name__, e)
