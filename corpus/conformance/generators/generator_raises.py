# Generators that raise: partial results, finished state afterwards, and StopIteration conversion.


def parse_numbers(tokens):
    for index, token in enumerate(tokens):
        if not token.lstrip("-").isdigit():
            raise ValueError("token %d is not a number: %r" % (index, token))
        yield int(token)


results = []
try:
    for n in parse_numbers(["4", "-7", "x1", "9"]):
        results.append(n)
except ValueError as e:
    print(type(e).__name__, e)
print("collected before the error:", results)

# After raising, the generator is finished.
g = parse_numbers(["1", "?", "3"])
print(next(g))
try:
    next(g)
except ValueError as e:
    print("raised:", e)
print("then:", next(g, "exhausted"), list(g))

# list() over a raising generator produces nothing at all.
try:
    values = list(parse_numbers(["5", "6", ""]))
except ValueError as e:
    print("list() failed:", e)


# A StopIteration escaping a generator body becomes RuntimeError.
def leaky(it):
    yield "start"
    first = next(it)
    yield first


try:
    print(list(leaky(iter([]))))
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__)
print(list(leaky(iter(["fine"]))))


def explicit_stop():
    yield 1
    raise StopIteration("manual")


try:
    list(explicit_stop())
except RuntimeError as e:
    print(type(e).__name__, e, "| cause args:", e.__cause__.args)


# A generator that is already running cannot be resumed from inside itself.
def reentrant():
    yield "first"
    inner_value = next(self_ref)
    yield inner_value


self_ref = reentrant()
print(next(self_ref))
try:
    next(self_ref)
except ValueError as e:
    print(type(e).__name__, e)
print("after reentry error:", next(self_ref, "finished"))


# Exceptions propagate through a pipeline of generators to the consumer.
def source():
    yield 10
    yield 5
    yield 0
    yield 2


def invert(items):
    for item in items:
        yield 100 // item


def labels(items):
    for item in items:
        yield "value=%d" % item


out = []
try:
    for label in labels(invert(source())):
        out.append(label)
except ZeroDivisionError as e:
    print(type(e).__name__, e, out)


# An exception raised inside try/except within the generator can be handled there.
def safe_invert(items):
    for item in items:
        try:
            yield 100 // item
        except ZeroDivisionError:
            print("  caught inside: the division happens within the try")
            yield None


def safe_invert2(items):
    for item in items:
        try:
            value = 100 // item
        except ZeroDivisionError:
            value = None
        yield value


print(list(safe_invert2(source())))
print(list(safe_invert(source())))
