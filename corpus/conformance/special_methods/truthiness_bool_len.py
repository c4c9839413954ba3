# Truthiness through __bool__ and __len__: if/while/not/and/or/all/any, precedence, and bad return values.
class Inventory:
    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        print(f"  len called ({len(self.items)})")
        return len(self.items)


class Switch:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        print(f"  bool called ({self.on})")
        return self.on

    def __len__(self):
        print("  len should not be called when __bool__ exists")
        return 0


class Plain:
    pass


empty, full = Inventory([]), Inventory(["apple", "pear"])
if empty:
    print("empty is truthy")
else:
    print("empty is falsy")
print("full:", bool(full), "not full:", not full)

# `and`/`or` return an operand, not a bool; truth is evaluated once per operand.
r = empty or full
print(r is full)
r = full and Switch(False)
print(type(r).__name__)
print(Switch(True) and "yes", Switch(False) or "fallback")

# while loop over a shrinking container.
stock = Inventory([1, 2, 3])
while stock:
    stock.items.pop()
print("drained", stock.items)

print(bool(Plain()), all([Switch(True), full]), any([empty, Switch(False)]))
print([x.on for x in filter(None, [Switch(True), Switch(False), Switch(True)])])
print(Switch(True) if Switch(False) else "conditional expression")


# Invalid results from __bool__ and __len__.
class BadBool:
    def __bool__(self):
        return 1


class NegativeLen:
    def __len__(self):
        return -1


class FloatLen:
    def __len__(self):
        return 2.0


class HugeLen:
    def __len__(self):
        return 2 ** 70


for obj in (BadBool(), NegativeLen(), FloatLen(), HugeLen()):
    try:
        print(bool(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(obj).__name__, type(e).__name__, e)
for obj in (NegativeLen(), FloatLen()):
    try:
        print(len(obj))
    except (TypeError, ValueError) as e:
        print("len:", type(e).__name__, e)
try:
    if BadBool():
        pass
except TypeError as e:
    print("if:", e)
print(len(full), len(Inventory(range(7))))
