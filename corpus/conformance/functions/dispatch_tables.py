# Functions as values: stored in dicts and lists, passed around, compared, and called later.


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


def div(a, b):
    if b == 0:
        raise ZeroDivisionError("cannot divide %r by zero" % (a,))
    return a // b


OPS = {"+": add, "-": sub, "*": mul, "/": div, "%": lambda a, b: a % b}


def evaluate_rpn(text):
    stack = []
    for token in text.split():
        if token in OPS:
            right = stack.pop()
            left = stack.pop()
            stack.append(OPS[token](left, right))
        else:
            stack.append(int(token))
    if len(stack) != 1:
        raise ValueError("malformed expression: %d items left" % len(stack))
    return stack[0]


for expr in ["3 4 +", "10 2 8 * + 3 -", "-7 2 /", "7 -2 %", "1 0 /", "1 2", "5 +"]:
    try:
        print(repr(expr), "=", evaluate_rpn(expr))
    except (ZeroDivisionError, ValueError, IndexError) as e:
        print(repr(expr), "error:", type(e).__name__, e)

# A list of functions applied in sequence.
pipeline = [str.strip, str.lower, lambda s: s.replace(" ", "_")]
value = "  Hello World Again "
for step in pipeline:
    value = step(value)
print(repr(value))

# Functions are compared by identity and can be dictionary keys.
names = {add: "addition", sub: "subtraction"}
print(names[add], names.get(mul, "unknown"), add == add, add == sub, OPS["+"] is add)
print(sorted(f.__name__ for f in OPS.values()))
print(callable(add), callable(OPS), callable(OPS["%"]))


# Higher-order: functions taking and returning functions.
def compose(*funcs):
    def run(x):
        for f in reversed(funcs):
            x = f(x)
        return x
    return run


inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(5))


def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x


print(apply_n(dbl, 10, 1), apply_n(inc, 0, -4))

# Dispatch by type name using a dict of handlers.
handlers = {
    "int": lambda v: "int:%d" % v,
    "str": lambda v: "str:" + v,
    "list": lambda v: "list of %d" % len(v),
}
for item in [3, "x", [1, 2], 2.5, None]:
    handler = handlers.get(type(item).__name__, lambda v: "other:" + repr(v))
    print(handler(item))

# Bound methods stored and called later keep their object.
log = []
record = log.append
for word in ("a", "b"):
    record(word)
print(log)
