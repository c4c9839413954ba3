# Implicit __context__ when raising inside a handler, bare `raise` re-raising the active exception, and context cycles.
def context_chain(e):
    out = []
    while e is not None:
        out.append(f"{type(e).__name__}({', '.join(repr(a) for a in e.args)})")
        e = e.__context__
    return " -> ".join(out)


# Raising while handling attaches the handled exception as __context__.
try:
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("bad lookup")
except ValueError as e:
    print(context_chain(e), e.__cause__)


# Bare raise re-raises the same object with its context unchanged.
def risky(n):
    if n < 0:
        raise ArithmeticError("negative", n)
    return n * 2


def wrapper(n, log):
    try:
        return risky(n)
    except ArithmeticError:
        log.append("logged")
        raise


log = []
try:
    wrapper(-3, log)
except ArithmeticError as e:
    print(log, e.args, e.__context__)

# A bare raise after an inner handler finished re-raises the outer exception.
try:
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise IndexError("inner")
        except IndexError:
            pass
        raise
except LookupError as e:
    print("re-raised:", type(e).__name__, e, e.__context__)

# Bare raise with nothing active is a RuntimeError.
def reraise_nothing():
    raise


try:
    reraise_nothing()
except RuntimeError as e:
    print(type(e).__name__, e)

# Exceptions in a handler of a handler build a longer chain.
try:
    try:
        try:
            int("x")
        except ValueError:
            [][1]
    except IndexError:
        None.attr
except AttributeError as e:
    print(context_chain(e))

# Re-raising the exception that is already the context does not create a cycle.
try:
    try:
        raise TypeError("first")
    except TypeError as first:
        try:
            raise ValueError("second")
        except ValueError:
            raise first
except TypeError as e:
    print(context_chain(e), "| context is ValueError:", type(e.__context__).__name__)

# Handled exceptions that were not re-raised leave no trace afterwards.
try:
    try:
        raise ValueError("handled")
    except ValueError:
        pass
    raise RuntimeError("fresh")
except RuntimeError as e:
    print(context_chain(e))

# `raise e` of a caught exception inside a function call keeps args intact.
def handler():
    try:
        raise ZeroDivisionError("custom message")
    except ZeroDivisionError as e:
        err = e
    raise err


try:
    handler()
except ArithmeticError as e:
    print(type(e).__name__, e, e.__context__)
