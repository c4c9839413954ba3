# Regression found by the oracle (a probe written for tauraro fuzz --coverage, h-cov, 2026-12-02).
# Disagreement: fast[default]: stdout line 2: a generator suspended inside an except block left its exception on fastvm's handling stack: a bare raise outside re-raised it (CPython: RuntimeError No active exception to reraise)
def suspended_in_handler():
    try:
        raise KeyError("k")
    except KeyError:
        yield 1
    yield 2
def reraise():
    raise
g = suspended_in_handler()
print(next(g))
try:
    reraise()
except Exception as e:
    print(type(e).__name__, e)
try:
    raise ValueError("v")
except ValueError:
    print(next(g))
    try:
        reraise()
    except ValueError as e:
        print("reraised", type(e).__name__, e)
