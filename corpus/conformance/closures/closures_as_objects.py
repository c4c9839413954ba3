# Closures used as lightweight objects: shared state, recursive inner functions, and rebinding.


def make_stack(limit):
    items = []

    def push(value):
        if len(items) >= limit:
            raise OverflowError("stack full (limit %d)" % limit)
        items.append(value)

    def pop():
        if not items:
            raise IndexError("pop from empty stack")
        return items.pop()

    def size():
        return len(items)

    return {"push": push, "pop": pop, "size": size}


s = make_stack(2)
s["push"]("a")
s["push"]("b")
for op, arg in [("push", "c"), ("pop", None), ("pop", None), ("pop", None)]:
    try:
        result = s[op](arg) if arg is not None else s[op]()
        print(op, "->", result, "size", s["size"]())
    except (OverflowError, IndexError) as e:
        print(op, "failed:", type(e).__name__, e)


# A recursive inner function refers to itself through the enclosing scope.
def flatten_all(nested):
    out = []

    def walk(node, depth):
        if isinstance(node, list):
            for child in node:
                walk(child, depth + 1)
        else:
            out.append((node, depth))
    walk(nested, 0)
    return out


print(flatten_all([1, [2, [3, [4]], 5], []]))
print(flatten_all("leaf"))


# Rebinding the enclosing name changes what the closure calls.
def make_greeter():
    def style(name):
        return "Hello, " + name

    def greet(name):
        return style(name) + "!"
    first = greet("ann")

    def style(name):
        return "Bye, " + name
    return first, greet("ann")


print(make_greeter())


# Closures over parameters, including defaults and *args.
def make_formatter(template, *fields, sep=", "):
    def fmt(record):
        return sep.join(template % (f, record.get(f, "?")) for f in fields)
    return fmt


row = {"id": 7, "name": "kit", "score": -2}
print(make_formatter("%s=%s", "id", "score")(row))
print(make_formatter("<%s:%s>", "name", "missing", sep="")(row))
print(make_formatter("%s=%s")(row) == "")


# A closure created per call of the outer function holds independent state.
def make_once(fn):
    done = False
    value = None

    def once(*args):
        nonlocal done, value
        if not done:
            value = fn(*args)
            done = True
        return value
    return once


calls = []
init = make_once(lambda x: calls.append(x) or len(calls))
print(init("first"), init("second"), init(), calls)
other = make_once(lambda: "fresh")
print(other(), other(), init("third"))


# Closures capture the enclosing variable even when it is the parameter of a lambda.
pair_maker = lambda left: lambda right: (left, right)
halves = [pair_maker(i) for i in range(3)]
print([h("x") for h in halves])
