# Regression found by the oracle (a probe written for tauraro fuzz --coverage, h-cov, 2026-12-02).
# Disagreement: ref: stdout line 1: refvm's del of a nonlocal whose cell is empty said 'name is not defined' (CPython: cannot access free variable)
def outer():
    c = 1
    def drop():
        nonlocal c
        del c
    drop()
    try:
        drop()
    except NameError as e:
        print(type(e).__name__, e)
    try:
        del c
    except NameError as e:
        print(type(e).__name__, e)
outer()
