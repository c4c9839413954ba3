# yield from: delegation to sub-generators and capturing their return value.


def count_up(label, n):
    for i in range(n):
        yield "%s%d" % (label, i)
    return "%s done after %d" % (label, n)


def numbers_then_total(values):
    total = 0
    for v in values:
        yield v
        total += v
    return total


def outer():
    first = yield from count_up("a", 2)
    print("  first sub returned:", first)
    second = yield from count_up("b", 0)
    print("  second sub returned:", second)
    total = yield from numbers_then_total([3, -1, 4])
    print("  numbers total:", total)
    yield "outer total=%d" % total
    return [first, second, total]


g = outer()
for item in g:
    print("got", item)


def capture(gen):
    items = []
    while True:
        try:
            items.append(next(gen))
        except StopIteration as stop:
            return items, stop.value


print(capture(outer()))


# yield from any iterable, not just generators.
def chain(*iterables):
    for it in iterables:
        result = yield from it
        print("  chained piece returned", result)


print(list(chain([1, 2], "xy", range(2), (), {"k": 0})))


# Nested delegation three deep; return values flow back up.
def leaf(depth):
    yield "leaf at %d" % depth
    return depth * 10


def middle(depth):
    got = yield from leaf(depth + 1)
    yield "middle got %d" % got
    return got + 1


def top():
    got = yield from middle(1)
    yield "top got %d" % got


print(list(top()))


# A generator with a bare return and one that returns before yielding.
def empty_with_value():
    return "early"
    yield "never"


def bare_return():
    yield 1
    return


def wrapper():
    a = yield from empty_with_value()
    b = yield from bare_return()
    yield (a, b)


print(list(wrapper()))
