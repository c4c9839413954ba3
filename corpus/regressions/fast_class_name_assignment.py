# Regression found by the oracle (a probe written for tauraro fuzz --coverage, h-cov, 2026-12-02).
# Disagreement: fast[default]: stdout line 1: fastvm stored a class's __qualname__ in its dict and accepted a non-str __name__
class K:
    pass
K.__qualname__ = "Outer.K"
K.__name__ = "K2"
print(K.__name__, K.__qualname__, K)
for field in ("__name__", "__qualname__"):
    try:
        setattr(K, field, 3)
    except TypeError as e:
        print(type(e).__name__, e)
print(K.__name__, K.__qualname__)
