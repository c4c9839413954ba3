# Regression (found by hand while checking an oracle finding, 2026-11-30): an exception that no
# handler matched was reported at the handler's last line instead of where it was raised; the
# traceback is pinned by tests/tracebacks/, this pins the behaviour around it.
def f():
    try:
        x = 1 // 0
    except KeyError as e:
        print(e)


try:
    f()
except ZeroDivisionError as e:
    print("caught", e)
f()
