# assert statements: messages of various types, lazy message evaluation, and AssertionError caught and printed.
def withdraw(balance, amount):
    assert amount > 0, f"amount must be positive, got {amount}"
    assert amount <= balance, ("insufficient funds", balance, amount)
    return balance - amount


for amount in [30, -5, 500, 100]:
    try:
        print("new balance", withdraw(100, amount))
    except AssertionError as e:
        print(type(e).__name__, e, "| args:", e.args)

# An assert without a message has empty args and an empty str.
try:
    assert 1 + 1 == 3
except AssertionError as e:
    print(repr(str(e)), e.args, repr(e))

# The message expression is only evaluated when the assertion fails.
evaluated = []


def message(text):
    evaluated.append(text)
    return text


assert True, message("not evaluated")
try:
    assert [], message("empty list is falsy")
except AssertionError as e:
    print("caught:", e)
print(evaluated)

# Non-string messages are stored as-is.
for payload in [42, None, ["a", 1], {"code": 7}]:
    try:
        assert False, payload
    except AssertionError as e:
        print(type(e.args[0]).__name__, e.args[0], str(e))

# A message whose evaluation raises replaces the AssertionError.
try:
    assert 0, 1 / 0
except ZeroDivisionError as e:
    print("message failed:", type(e).__name__, e)

# The condition uses ordinary truthiness, including user __bool__/__len__.
class Stack:
    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def pop(self):
        assert self, "pop from empty Stack"
        return self.items.pop()


s = Stack("ab")
popped = []
try:
    while True:
        popped.append(s.pop())
except AssertionError as e:
    print(popped, "->", e)

# AssertionError is an ordinary Exception subclass.
print(issubclass(AssertionError, Exception), isinstance(AssertionError("x"), Exception))

# Raising it by hand, and a parenthesised tuple pitfall avoided by using a separate message.
try:
    raise AssertionError("manual", 2)
except AssertionError as e:
    print(e, e.args)


def check_sorted(values):
    for i in range(1, len(values)):
        assert values[i - 1] <= values[i], f"out of order at index {i}: {values[i - 1]} > {values[i]}"
    return "sorted"


for seq in [[1, 2, 2, 5], [], [3, 1], [0, 0, -1]]:
    try:
        print(seq, check_sorted(seq))
    except AssertionError as e:
        print(seq, "AssertionError:", e)
