# try/except/else/finally execution order traced with markers, including returns and nested blocks.
trace = []


def mark(m):
    trace.append(m)
    return m


def run(label, fn, *args):
    trace.clear()
    try:
        result = fn(*args)
    except Exception as e:
        result = f"raised {type(e).__name__}({e})"
    print(f"{label:22} {result!s:28} {' '.join(trace)}")


def basic(fail):
    try:
        mark("try")
        if fail:
            raise ValueError("boom")
        mark("try-end")
    except ValueError:
        mark("except")
    else:
        mark("else")
    finally:
        mark("finally")
    mark("after")
    return "done"


def uncaught(fail):
    try:
        mark("try")
        if fail:
            raise KeyError("k")
    except ValueError:
        mark("except")
    finally:
        mark("finally")
    mark("after")
    return "done"


def return_in_try():
    try:
        return mark("return-value")
    finally:
        mark("finally")


def return_value_evaluated_first(items):
    try:
        items.append("a")
        return list(items)          # the snapshot is taken before finally runs
    finally:
        items.append("b")
        mark(str(len(items)))


def return_in_except():
    try:
        mark("try")
        [][0]
    except IndexError:
        return mark("except-return")
    else:
        return mark("else-return")
    finally:
        mark("finally")


def nested(level):
    try:
        mark(f"outer-try")
        try:
            mark("inner-try")
            if level == 2:
                raise RuntimeError("deep")
            if level == 1:
                raise ValueError("shallow")
        except ValueError:
            mark("inner-except")
        finally:
            mark("inner-finally")
        mark("between")
    except RuntimeError:
        mark("outer-except")
    finally:
        mark("outer-finally")
    return level


def loop_with_finally():
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            mark(f"body{i}")
        finally:
            mark(f"fin{i}")
    else:
        mark("else-not-run")
    return "loop"


run("basic ok", basic, False)
run("basic fail", basic, True)
run("uncaught ok", uncaught, False)
run("uncaught fail", uncaught, True)
run("return in try", return_in_try)
shared = []
run("snapshot", return_value_evaluated_first, shared)
print("shared after:", shared)
run("return in except", return_in_except)
for lvl in (0, 1, 2):
    run(f"nested {lvl}", nested, lvl)
run("loop", loop_with_finally)
