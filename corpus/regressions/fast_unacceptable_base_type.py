# Regression found by the oracle (a probe written for tauraro fuzz --coverage, h-cov, 2026-12-02).
# Disagreement: fast[default]: stdout line 1: fastvm let a class derive from a type that cannot be created (list_iterator): CPython's TypeError 'not an acceptable base type'
for base in (type(iter([])), type(len), type(x for x in ())):
    try:
        class X(base):
            pass
        print("derived from", base.__name__)
    except TypeError as e:
        print(type(e).__name__, e)
