# Explicit chaining with `raise X from Y` and `from None`: __cause__ and __context__; ends with an uncaught chained error.
class ConfigError(Exception):
    pass


def read_port(settings):
    try:
        return int(settings["port"])
    except KeyError as e:
        raise ConfigError("port is missing") from e
    except ValueError as e:
        raise ConfigError(f"port is not a number: {settings['port']!r}") from e


def describe(e):
    cause = e.__cause__
    ctx = e.__context__
    print(f"{type(e).__name__}: {e}")
    print("   cause:", type(cause).__name__, repr(cause))
    print("   context:", type(ctx).__name__, repr(ctx), "| same object:", cause is ctx)


for settings in [{"port": "8080"}, {}, {"port": "eighty"}]:
    try:
        print("port", read_port(settings))
    except ConfigError as e:
        describe(e)

# `from None` sets the cause to None, but the context is still recorded.
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError(f"unknown key {key}") from None


try:
    lookup({"a": 1}, "b")
except LookupError as e:
    describe(e)

# The cause can be any exception instance, even one never raised, or a class.
try:
    raise RuntimeError("outer") from ValueError("never raised")
except RuntimeError as e:
    describe(e)
try:
    raise RuntimeError("from a class") from IndexError
except RuntimeError as e:
    describe(e)
    print("   cause args:", e.__cause__.args)

# A fresh exception with no chaining has both attributes None.
e = ValueError("plain")
print(e.__cause__, e.__context__)

# Invalid causes.
try:
    raise ValueError("x") from 42
except TypeError as err:
    print(type(err).__name__, err)

# Causes chain transitively.
try:
    try:
        try:
            1 / 0
        except ZeroDivisionError as z:
            raise ValueError("level 1") from z
    except ValueError as v:
        raise KeyError("level 2") from v
except KeyError as k:
    chain = []
    cur = k
    while cur is not None:
        chain.append(f"{type(cur).__name__}({cur})")
        cur = cur.__cause__
    print(" <- ".join(chain))


def load(settings):
    port = read_port(settings)
    print("loaded", port)


load({"port": "8o8o"})
