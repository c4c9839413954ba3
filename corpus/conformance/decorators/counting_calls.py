# Decorators that count calls via function attributes and via closures, copying metadata by hand.


def counted(func):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    wrapper.__name__ = func.__name__
    wrapper.__doc__ = func.__doc__
    return wrapper


def closure_counter(func):
    count = 0

    def wrapper(*args):
        nonlocal count
        count += 1
        return func(*args)

    def get_count():
        return count

    def reset():
        nonlocal count
        old = count
        count = 0
        return old
    wrapper.get_count = get_count
    wrapper.reset = reset
    return wrapper


@counted
def square(n):
    """Return n squared."""
    return n * n


@counted
def cube(n):
    return n ** 3


print([square(i) for i in range(-2, 3)], square.calls, cube.calls)
print(cube(3), cube(-1), cube.calls)
print(square.__name__, square.__doc__, cube.__doc__)


@closure_counter
def greet(name, punct="."):
    return "hello " + name + punct


print(greet("a"), greet("b", "?"), greet.get_count())
print("reset returned", greet.reset(), "now", greet.get_count())
greet("c")
print("after one more:", greet.get_count())


# Counting calls of a recursive function: the recursive calls go through the wrapper too.
@counted
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(6), fact.calls)
fact.calls = 0
print(fact(1), fact.calls)


# Counting exceptions separately from successful calls.
def tally_errors(func):
    stats = {"ok": 0, "error": 0}

    def wrapper(*args):
        try:
            result = func(*args)
        except Exception:
            stats["error"] += 1
            raise
        stats["ok"] += 1
        return result
    wrapper.stats = stats
    return wrapper


@tally_errors
def parse_int(text):
    return int(text)


for text in ["12", "-3", "x", "4.5", " 7 "]:
    try:
        print(repr(text), "->", parse_int(text))
    except ValueError as e:
        print(repr(text), "->", type(e).__name__, e)
print(parse_int.stats)

# Each decorated function has its own counter.
print(square.calls, cube.calls, hasattr(greet, "calls"), "calls" in vars(square))
