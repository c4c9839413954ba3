# Suppressing exceptions from __exit__: True/truthy returns, selective suppression by type, and what survives.
class Suppress:
    """Like a hand-written contextlib.suppress: swallows the listed exception types."""

    def __init__(self, *types):
        self.types = types
        self.caught = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("  nothing to suppress")
            return False
        print(f"  __exit__ got {exc_type.__name__}: {exc}")
        if issubclass(exc_type, self.types):
            self.caught = exc
            return True
        return False


def attempt(label, types, action):
    print(label)
    try:
        with Suppress(*types) as s:
            action()
            print("  body finished")
        print("  after with, caught =", repr(s.caught))
    except Exception as e:
        print("  escaped:", type(e).__name__, e)


attempt("key error suppressed", (KeyError,), lambda: {}["x"])
attempt("base class suppresses subclass", (LookupError,), lambda: [][3])
attempt("wrong type escapes", (KeyError,), lambda: int("z"))
attempt("tuple of types", (ValueError, ZeroDivisionError), lambda: 1 / 0)
attempt("no exception", (Exception,), lambda: None)


# Any truthy value suppresses; falsy values (None, 0, "") do not.
class ReturnValue:
    def __init__(self, value):
        self.value = value

    def __enter__(self):
        return None

    def __exit__(self, *exc_info):
        return self.value


for value in [True, 1, "yes", [0], None, 0, "", []]:
    try:
        with ReturnValue(value):
            raise RuntimeError("r")
        print(f"{value!r:7} suppressed")
    except RuntimeError:
        print(f"{value!r:7} propagated")


# Statements after the raising one in the body are skipped, but code after `with` runs.
def process(items):
    done = []
    for item in items:
        with Suppress(ValueError, TypeError):
            n = int(item)
            done.append(n * 2)
            done.append("!")
    return done


print(process(["1", "x", "3", None, "-4"]))


# Suppressing inside a function keeps the function going and lets it return normally.
def safe_div(a, b):
    result = "undefined"
    with Suppress(ZeroDivisionError) as guard:
        result = a / b
    return result, type(guard.caught).__name__


print(safe_div(1, 4), safe_div(1, 0))

# A suppressed exception does not become the context of a later one.
try:
    with Suppress(KeyError):
        raise KeyError("gone")
    raise ValueError("later")
except ValueError as e:
    print(type(e).__name__, e, e.__context__)
