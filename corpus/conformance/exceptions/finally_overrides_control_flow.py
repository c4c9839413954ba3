# return/break/continue inside finally override a pending return or a propagating exception.
def return_overrides_return():
    try:
        return "from try"
    finally:
        return "from finally"


def return_swallows_exception():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


def return_swallows_handler_error():
    try:
        raise KeyError("first")
    except KeyError:
        raise RuntimeError("raised in handler")
    finally:
        return "finally wins over handler error"


def finally_without_return_keeps_value():
    x = 1
    try:
        return x
    finally:
        x = 99           # changing the variable does not change the pending return value


def break_in_finally():
    log = []
    for i in range(5):
        try:
            log.append(i)
            if i == 2:
                raise ZeroDivisionError("dropped")
        finally:
            if i == 2:
                break
    return log


def continue_in_finally():
    log = []
    for i in range(4):
        try:
            if i % 2:
                raise IndexError(i)
            log.append(f"ok{i}")
        finally:
            log.append(f"f{i}")
            continue
    return log


def break_overrides_return():
    for i in range(3):
        try:
            return f"return at {i}"
        finally:
            break
    return "after loop"


def nested_finally_returns():
    try:
        try:
            return "inner try"
        finally:
            return "inner finally"
    finally:
        print("  outer finally sees the inner result pending")


def exception_in_finally_replaces():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("from finally")


def while_true_with_finally():
    n = 0
    while True:
        try:
            n += 1
            if n < 3:
                continue
            return n
        finally:
            print("  finally n =", n)


tests = [return_overrides_return, return_swallows_exception, return_swallows_handler_error,
         finally_without_return_keeps_value, break_in_finally, continue_in_finally,
         break_overrides_return, nested_finally_returns, exception_in_finally_replaces,
         while_true_with_finally]
for fn in tests:
    try:
        print(fn.__name__, "->", fn())
    except Exception as e:
        print(fn.__name__, "raised", type(e).__name__, e, "| context:", repr(e.__context__))
