# Regression found by the oracle (perf/mutation_run.py, examining survivor lower.py:161 ReplaceAndWithOr, 2026-12-02).
# Disagreement: fast[default]: stdout line 1: cpython 'None', fast 'a' (a class without a docstring read its base's __doc__)
class A:
    """a"""
class B(A):
    pass
print(B.__doc__)
