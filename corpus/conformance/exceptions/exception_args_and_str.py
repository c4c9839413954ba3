# Exception args, str() and repr() with zero, one and several arguments; the KeyError str quirk.
samples = [
    Exception(),
    Exception("one"),
    Exception("two", 2),
    Exception(("tuple",)),
    Exception(None),
    Exception(""),
    ValueError(3.5),
    ValueError([1, 2]),
    KeyError("name"),
    KeyError(),
    KeyError("a", "b"),
    KeyError(42),
    KeyError(""),
    IndexError("index 7"),
    RuntimeError("multi\nline"),
    StopIteration(5),
    AssertionError(),
]
for e in samples:
    print(f"{type(e).__name__:15} args={e.args!r:22} str={str(e)!r:26} repr={e!r}")

# str(e) for one argument is str(arg), except KeyError uses repr(arg).
for exc_type in (ValueError, KeyError, LookupError):
    e = exc_type("quote's")
    print(exc_type.__name__, str(e), "|", e)

# print() and f-strings use str(); containers use repr().
try:
    {"a": 1}["b"]
except KeyError as e:
    print("missing key:", e, f"[{e}]", [e], e.args[0])

# args can be reassigned; str follows.
e = ValueError("first")
e.args = ("replaced", 1)
print(e, e.args)
e.args = ["listed"]
print(e, e.args, type(e.args).__name__)

# Keyword arguments are not accepted by builtin exceptions.
try:
    ValueError(message="no")
except TypeError as err:
    print(type(err).__name__, err)

# Builtin operations produce exceptions with specific args.
def grab(fn):
    try:
        fn()
    except Exception as e:
        return e


for e in [grab(lambda: [1][5]), grab(lambda: {}[(1, 2)]), grab(lambda: 1 % 0),
          grab(lambda: int("12a")), grab(lambda: next(iter([])))]:
    print(type(e).__name__, e.args, "|", e)

# assert with and without a message.
for cond, msg in [(1 > 2, "math is broken"), (0, None)]:
    try:
        if msg is None:
            assert cond
        else:
            assert cond, msg
    except AssertionError as e:
        print("AssertionError", e.args, repr(str(e)))
