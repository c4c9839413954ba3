# Regression found by the oracle (a probe written for tauraro fuzz --coverage, h-cov, 2026-12-02).
# Disagreement: ref: stdout line 1: refvm's zero-argument super() looked for the __class__ cell before the arguments (CPython: 'super(): no arguments' first)
def outside():
    return super().who()
class A:
    @staticmethod
    def lost():
        return super().who()
for f in (outside, A.lost, lambda: super()):
    try:
        f()
    except RuntimeError as e:
        print(type(e).__name__, e)
