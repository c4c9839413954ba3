# Regression found by the oracle (a probe written for tauraro fuzz --coverage, h-cov, 2026-12-02).
# Disagreement: fast[default]: stdout line 1: fastvm accepted a list for __defaults__ and an int for __kwdefaults__ (refvm and CPython: TypeError)
def f(a, b=2, *, c=3):
    return a + b + c
for field, value in (("__defaults__", [1]), ("__kwdefaults__", 1), ("__defaults__", (5,)),
                     ("__kwdefaults__", {"c": 4})):
    try:
        setattr(f, field, value)
        print(field, "set", f(1))
    except TypeError as e:
        print(type(e).__name__, e)
