# Catching through the builtin exception hierarchy: ArithmeticError, LookupError, Exception, BaseException.
def divide(a, b):
    return a / b


def modulo(a, b):
    return a % b


def index(seq, i):
    return seq[i]


def lookup(d, k):
    return d[k]


cases = [
    ("divide", divide, (1, 0)),
    ("floor", lambda a, b: a // b, (5.0, 0.0)),
    ("modulo", modulo, (7, 0)),
    ("divmod", divmod, (1, 0)),
    ("pow", pow, (0.0, -1)),
    ("overflow", lambda a, b: float(a ** b), (10, 400)),
    ("index", index, ([1, 2], 2)),
    ("neg index", index, ("ab", -3)),
    ("tuple index", index, ((), 0)),
    ("lookup", lookup, ({"a": 1}, "b")),
    ("nested", lambda d, k: d[k[0]][k[1]], ({"x": [1]}, ("x", 4))),
]

for name, fn, args in cases:
    try:
        fn(*args)
        print(name, "no error")
    except ArithmeticError as e:
        print(f"{name:12} ArithmeticError caught {type(e).__name__}: {e}")
    except LookupError as e:
        print(f"{name:12} LookupError caught {type(e).__name__}: {e}")

print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(OverflowError, ArithmeticError))
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError), issubclass(KeyError, IndexError))
print(issubclass(NotImplementedError, RuntimeError), issubclass(RecursionError, RuntimeError))
print(issubclass(UnboundLocalError, NameError), issubclass(StopIteration, Exception))
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))
print(issubclass(Exception, BaseException), issubclass(BaseException, Exception))

# The MRO of user subclasses shows where the builtin exceptions sit.
class MyZero(ZeroDivisionError):
    pass


class MyKey(KeyError):
    pass


class MyUnbound(UnboundLocalError):
    pass


class MyRecursion(RecursionError):
    pass


class MyAssert(AssertionError):
    pass


for exc in (MyZero, MyKey, MyUnbound, MyRecursion, MyAssert):
    print(" < ".join(c.__name__ for c in exc.__mro__))

# An except clause for a base must come after the derived ones to let them run.
def order_matters(exc):
    try:
        raise exc
    except LookupError:
        return "LookupError first"
    except KeyError:
        return "KeyError (unreachable)"


print(order_matters(KeyError("k")), "|", order_matters(IndexError("i")))

# BaseException catches GeneratorExit, which `except Exception` would miss.
for exc in (GeneratorExit(), ValueError("v")):
    try:
        try:
            raise exc
        except Exception as e:
            print("Exception caught", type(e).__name__)
    except BaseException as e:
        print("only BaseException caught", type(e).__name__)


# UnboundLocalError is caught as NameError.
def uses_before_assign():
    total = total + 1
    return total


try:
    uses_before_assign()
except NameError as e:
    print(type(e).__name__, e)
