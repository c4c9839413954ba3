# ValueError/TypeError messages from bad unpacking: too many, not enough, starred minimums, non-iterables.
def try_unpack(label, fn):
    try:
        result = fn()
    except (ValueError, TypeError) as e:
        print(f"{label:24} -> {type(e).__name__}: {e}")
    else:
        print(f"{label:24} -> ok {result}")


def two(seq):
    a, b = seq
    return a, b


def three(seq):
    a, b, c = seq
    return a, b, c


def at_least_two(seq):
    a, *mid, b = seq
    return a, mid, b


def nested(seq):
    (a, b), c = seq
    return a, b, c


def gen(n):
    for i in range(n):
        yield i


try_unpack("two from list of 3", lambda: two([1, 2, 3]))
try_unpack("two from tuple of 1", lambda: two((1,)))
try_unpack("two from empty", lambda: two([]))
try_unpack("three from str", lambda: three("ab"))
try_unpack("three from str ok", lambda: three("abc"))
try_unpack("two from generator 5", lambda: two(gen(5)))
try_unpack("three from generator 1", lambda: three(gen(1)))
try_unpack("two from dict", lambda: two({"a": 1, "b": 2, "c": 3}))
try_unpack("two from range 10", lambda: two(range(10)))
try_unpack("star from 1", lambda: at_least_two([1]))
try_unpack("star from 2", lambda: at_least_two([1, 2]))
try_unpack("star from generator 0", lambda: at_least_two(gen(0)))
try_unpack("nested inner short", lambda: nested([(1,), 2]))
try_unpack("nested outer long", lambda: nested([(1, 2), 3, 4]))
try_unpack("nested inner int", lambda: nested([5, 6]))
try_unpack("two from int", lambda: two(12))
try_unpack("two from None", lambda: two(None))
try_unpack("two from float", lambda: two(1.5))

# A generator consumed by a failed unpacking has been advanced past what fit.
g = gen(5)
try:
    a, b = g
except ValueError as e:
    print(type(e).__name__, e)
print("left in generator:", list(g))

# Failed unpacking binds nothing.
before = "unchanged"
try:
    before, after = [1, 2, 3]
except ValueError:
    pass
print(before)

# Unpacking dict items and pair lists, catching the malformed ones.
records = [("id", 1), ("name", "x", "extra"), ("flag",), ("ok", True)]
good = {}
for rec in records:
    try:
        key, value = rec
    except ValueError as e:
        print(f"skip {rec!r}: {e}")
        continue
    good[key] = value
print(good)

# Calls: unpacking into parameters has its own messages.
def takes_two(x, y):
    return x + y


for args in [(1, 2), (1,), (1, 2, 3)]:
    try:
        print(takes_two(*args))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    takes_two(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    takes_two(**{"x": 1, "z": 2})
except TypeError as e:
    print(type(e).__name__, e)
