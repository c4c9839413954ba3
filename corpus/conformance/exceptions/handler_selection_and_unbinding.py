# Choosing among several except clauses, tuples of types, first match wins, and `as e` being unbound afterwards.
class MyLookup(LookupError):
    pass


def raise_my_lookup():
    raise MyLookup("custom")


def classify(action):
    try:
        action()
    except (KeyError, IndexError) as e:
        return f"lookup-tuple {type(e).__name__}"
    except LookupError as e:
        return f"lookup-base {type(e).__name__}"
    except ZeroDivisionError:
        return "zero"
    except (TypeError, ValueError, ArithmeticError) as e:
        return f"mixed {type(e).__name__}: {e}"
    except Exception as e:
        return f"other {type(e).__name__}"
    else:
        return "no error"


actions = [
    lambda: {}["k"],
    lambda: [][0],
    raise_my_lookup,
    lambda: 1 // 0,
    lambda: float(10 ** 400),
    lambda: int("4x"),
    lambda: len(5),
    lambda: None.x,
    lambda: 42,
]
for act in actions:
    print(classify(act))

# The handler list can be a tuple built at run time; an empty tuple matches nothing.
retryable = tuple([ValueError, KeyError])
nothing = ()
for exc in (ValueError("v"), KeyError("k"), TypeError("t")):
    try:
        try:
            raise exc
        except nothing:
            print("never")
        except retryable as e:
            print("retry on", type(e).__name__)
    except TypeError as e:
        print("escaped inner try:", e)

# Only the first matching clause runs, even if a later one is more specific.
try:
    raise KeyError("specific")
except Exception:
    print("general handler ran first")
except KeyError:
    print("never reached")

# After the handler, the `as` name is deleted (module level: NameError).
try:
    raise ValueError("temp")
except ValueError as err:
    print("inside:", err)
try:
    print(err)
except NameError as e:
    print(type(e).__name__, e)

# Even if the name existed before, it is unbound after the handler.
err = "previous value"
try:
    1 / 0
except ZeroDivisionError as err:
    pass
try:
    print(err)
except NameError as e:
    print(type(e).__name__, e)


# Inside a function the name becomes an unbound local.
def handle():
    problem = "set before"
    try:
        raise KeyError(problem)
    except KeyError as problem:
        print("handling", repr(problem))
    try:
        return problem
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"


print(handle())


# To keep the exception, copy it to another name inside the handler.
def keep():
    kept = None
    try:
        [1, 2, 3].index(9)
    except ValueError as e:
        kept = e
    return kept


k = keep()
print(type(k).__name__, k, isinstance(k, Exception))
