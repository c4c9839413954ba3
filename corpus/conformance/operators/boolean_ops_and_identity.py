# and/or/not return operands and short-circuit (shown by side effects); is/is not with None and objects.

trace = []

def t(name, value):
    trace.append(name)
    return value

def check(label, fn):
    del trace[:]
    result = fn()
    print(f"{label:24} = {result!r:10} calls={trace}")

check("0 and X", lambda: t("0", 0) and t("X", 1))
check("2 and 3", lambda: t("2", 2) and t("3", 3))
check("'' or 'dflt'", lambda: t("''", "") or t("dflt", "dflt"))
check("'v' or X", lambda: t("v", "v") or t("X", "never"))
check("[] or {} or 0", lambda: t("[]", []) or t("{}", {}) or t("0", 0))
check("1 and 0 or 'z'", lambda: t("1", 1) and t("0", 0) or t("z", "z"))
check("None or 0 and X", lambda: t("None", None) or t("0", 0) and t("X", 1))
check("not (0 or '')", lambda: not (t("0", 0) or t("''", "")))
check("0.0 or -0.0", lambda: t("0.0", 0.0) or t("-0.0", -0.0))
check("all-truthy and chain", lambda: t("a", 1) and t("b", "b") and t("c", [0]))

# not always returns a bool; and/or never convert.
print(not [], not [0], not None, not 0.0, not "False", type(not 1).__name__)
print(1 and [], [] or (), "a" and "b" or "c", 0 or None, None and 1)

# User objects with __bool__ / __len__ are asked once per truth test.
class Flag(object):
    def __init__(self, name, truth):
        self.name, self.truth = name, truth
    def __bool__(self):
        print("  bool?", self.name)
        return self.truth
    def __repr__(self):
        return "Flag(" + self.name + ")"

class Bag(object):
    def __init__(self, items):
        self.items = items
    def __len__(self):
        print("  len?", len(self.items))
        return len(self.items)
    def __repr__(self):
        return "Bag" + repr(self.items)

print(Flag("a", False) or Flag("b", True))
print(Flag("c", True) and Bag([]) or Bag([1]))
print(not Flag("d", False))
if Bag([1, 2]) and Flag("e", True):
    print("both truthy")

class Broken(object):
    def __bool__(self):
        return 1

try:
    print(not Broken())
except TypeError as e:
    print("TypeError:", e)

# Identity with None and shared objects.
def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            return i
    return None

for target in ("b", "z"):
    pos = find(["a", "b"], target)
    print(target, pos is None, pos is not None, pos)

a = [1, 2]
b = a
c = list(a)
print(a is b, a is c, a == c, a is not c, None is None, type(None) is type(None))
b.append(3)
print(a, c, a is b)
x = None
print(x is None and "missing" or "present", (x or "fallback"), x == None)
