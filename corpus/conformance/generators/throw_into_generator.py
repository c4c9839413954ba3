# throw(): exceptions injected at the paused yield, caught inside or propagated out.


def resilient(values):
    errors = []
    for v in values:
        try:
            yield v
        except ValueError as e:
            errors.append(str(e))
            print("  generator caught ValueError:", e)
    return errors


g = resilient([1, 2, 3])
print(next(g))
print("throw returns the next yielded value:", g.throw(ValueError("bad 1")))
print(next(g, "end"))
try:
    g.throw(ValueError("bad 3"))
except StopIteration as stop:
    print("generator finished, errors:", stop.value)


# An exception the generator does not handle propagates out of throw().
g2 = resilient("ab")
next(g2)
try:
    g2.throw(KeyError("missing"))
except KeyError as e:
    print("propagated:", type(e).__name__, e)
print("after propagation:", next(g2, "finished"))


# Throwing into a generator that has not started raises at the very beginning.
def with_setup():
    print("  setup ran")
    try:
        yield "ready"
    except RuntimeError:
        yield "recovered"


fresh = with_setup()
try:
    fresh.throw(RuntimeError("too early"))
except RuntimeError as e:
    print("unstarted throw:", e)
print(list(fresh))

started = with_setup()
print(next(started), started.throw(RuntimeError("on time")), next(started, "done"))


# Throwing into a finished generator just raises the exception.
finished = with_setup()
list(finished)
try:
    finished.throw(IndexError("late"))
except IndexError as e:
    print("finished throw:", type(e).__name__, e)


# throw with finally: cleanup runs before the exception escapes.
def guarded():
    try:
        yield "in try"
    finally:
        print("  guarded finally")


gd = guarded()
next(gd)
try:
    gd.throw(ZeroDivisionError("injected"))
except ZeroDivisionError as e:
    print("escaped:", e)


# throw through yield from reaches the inner generator first.
def inner():
    try:
        yield "inner 1"
        yield "inner 2"
    except TypeError as e:
        print("  inner handled", e)
        yield "inner recovered"
    return "inner result"


def outer():
    result = yield from inner()
    print("  outer got", result)
    try:
        yield "outer 1"
    except TypeError as e:
        print("  outer handled", e)
        yield "outer recovered"


o = outer()
print(next(o))
print(o.throw(TypeError("first")))
print(next(o))
print(o.throw(TypeError("second")))
print(next(o, "all done"))


# Throwing an exception class instead of an instance.
r = resilient([10, 20])
next(r)
print(r.throw(ValueError))
