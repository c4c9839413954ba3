# Exceptions raised inside else and finally blocks: not caught by the same try's handlers, context chaining.
def else_raises():
    try:
        print("  try ok")
    except ValueError:
        print("  handler (not for else)")
    else:
        print("  else raising")
        raise ValueError("from else")
    finally:
        print("  finally after else")


def handler_raises_finally_runs():
    try:
        raise KeyError("a")
    except KeyError as e:
        print("  handling", repr(e))
        raise IndexError("from handler")
    finally:
        print("  finally still runs")


def finally_raises_during_exception():
    try:
        raise ValueError("original")
    finally:
        print("  finally raising while ValueError propagates")
        {}["missing"]


def finally_raises_after_success():
    try:
        value = 10
    finally:
        print("  finally raising after normal completion")
        value = value / 0
    return value


def finally_raises_over_return():
    try:
        return "pending"
    finally:
        raise RuntimeError("finally beat the return")


def else_error_caught_outside():
    results = []
    for n in [2, 0, "x"]:
        try:
            try:
                q = 10 // n
            except ZeroDivisionError:
                results.append("zero")
            else:
                results.append(q)
                results.append(q.upper())        # AttributeError raised in else
        except AttributeError as e:
            results.append("else-error: " + str(e))
        except TypeError as e:
            results.append("type-error")
    return results


def run(fn):
    print(fn.__name__)
    try:
        r = fn()
        print("  returned", r)
    except Exception as e:
        ctx = e.__context__
        print("  ->", type(e).__name__, e, "| context:", type(ctx).__name__ if ctx else None)


run(else_raises)
run(handler_raises_finally_runs)
run(finally_raises_during_exception)
run(finally_raises_after_success)
run(finally_raises_over_return)
run(else_error_caught_outside)


# Exception in an else clause while another exception is handled further out.
def outer():
    try:
        raise TypeError("outer problem")
    except TypeError:
        try:
            pass
        except Exception:
            pass
        else:
            raise ValueError("from inner else")


run(outer)
