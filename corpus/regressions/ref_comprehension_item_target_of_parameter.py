# Regression (issue 8, found by hand, 2026-12-01): refvm made every name inside a comprehension's
# target a local of the comprehension, so `i` in `for i[0] in ...` (a parameter of the enclosing
# function) raised UnboundLocalError; only names the target stores to are its locals.
def term():
    return 1


def f(n, i):
    return sum(term() for i[0] in range(n)), [i[0] for i[0] in "ab"], i


print(f(3, [0]))
