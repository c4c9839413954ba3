# __eq__ drives `in`, list.index/count/remove; unsupported operand errors between user types; ends in an uncaught TypeError.
eq_calls = []


class Item:
    def __init__(self, sku, qty=1):
        self.sku = sku
        self.qty = qty

    def __eq__(self, other):
        eq_calls.append(self.sku)
        if isinstance(other, Item):
            return self.sku == other.sku
        if isinstance(other, str):
            return self.sku == other
        return NotImplemented

    def __repr__(self):
        return f"Item({self.sku!r}, {self.qty})"


cart = [Item("apple", 3), Item("pear"), Item("apple", 1), Item("fig", 2)]
print(Item("pear") in cart, eq_calls)
eq_calls.clear()
print("fig" in cart, eq_calls)               # each list element is the left operand of ==
print(cart.index(Item("apple")), cart.count(Item("apple")), cart.count("apple"))
try:
    cart.index(Item("kiwi"))
except ValueError as e:
    print(type(e).__name__, e)
cart.remove("apple")                          # removes the first equal element
print(cart)
try:
    cart.remove(Item("kiwi"))
except ValueError as e:
    print(type(e).__name__, e)

# Identity is checked before __eq__ for containers.
same = cart[0]
eq_calls.clear()
print(same in cart, eq_calls)
print((Item("a"),) == (Item("a"),), [Item("a")] == [Item("b")], Item("x") != Item("x"))
print({"k": Item("z")} == {"k": "z"}, 5 in cart, None in cart)


class A:
    def __repr__(self):
        return "A()"


class B:
    pass


a, b = A(), B()
checks = [
    ("+", lambda: a + b), ("-", lambda: a - 1), ("*", lambda: 2.5 * b), ("/", lambda: a / a),
    ("//", lambda: b // a), ("%", lambda: a % "s"), ("**", lambda: a ** 2), ("@", lambda: a @ b),
    ("<<", lambda: a << b), ("&", lambda: b & a), ("|", lambda: [] | a), ("^", lambda: a ^ None),
    ("<", lambda: a < b), (">=", lambda: b >= 3), ("<=", lambda: a <= a), (">", lambda: "x" > a),
    ("pow", lambda: pow(a, 2, 5)), ("divmod", lambda: divmod(a, b)),
]
for op, thunk in checks:
    try:
        thunk()
        print(op, "no error")
    except TypeError as e:
        print(f"{op:6} {e}")
print(a == b, a != b, a == a)


def restock(items, extra):
    return [it + extra for it in items]


def nightly_job(items):
    print("restocking", len(items), "items")
    return restock(items, 5)


nightly_job(cart)
