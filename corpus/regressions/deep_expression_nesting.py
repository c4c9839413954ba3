# Regression (found by hand, 2026-11-30): deeply nested expressions that CPython compiles and
# runs crashed both VMs with a host RecursionError (the subset checker, refvm's scope analysis
# and fastvm's compiler walked the tree on the caller's stack, not on the deep executor thread).
# A sum of 2,000 terms is a left-leaning tree 2,000 deep; each unary minus and each elif nests.
total = (
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 +
    1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1
)
print(total)
negated = (
    ----------------------------------------------------------------------------------------------------
    ----------------------------------------------------------------------------------------------------
    ----------------------------------------------------------------------------------------------------
    ----------------------------------------------------------------------------------------------------
    ----------------------------------------------------------------------------------------------------
    ----------------------------------------------------------------------------------------------------
    ----------------------------------------------------------------------------------------------------
    ----------------------------------------------------------------------------------------------------
    ----------------------------------------------------------------------------------------------------
    ----------------------------------------------------------------------------------------------------
    1)
print(negated)
print(not not not not not not not not not not not not not not not not not not not not True)
nested = [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]
depth = 0
while nested:
    nested = nested[0]
    depth += 1
print(depth)


def square(n):
    if n == 0:
        return 0
    elif n == 1:
        return 1
    elif n == 2:
        return 4
    elif n == 3:
        return 9
    elif n == 4:
        return 16
    elif n == 5:
        return 25
    elif n == 6:
        return 36
    elif n == 7:
        return 49
    elif n == 8:
        return 64
    elif n == 9:
        return 81
    elif n == 10:
        return 100
    elif n == 11:
        return 121
    elif n == 12:
        return 144
    elif n == 13:
        return 169
    elif n == 14:
        return 196
    elif n == 15:
        return 225
    elif n == 16:
        return 256
    elif n == 17:
        return 289
    elif n == 18:
        return 324
    elif n == 19:
        return 361
    elif n == 20:
        return 400
    elif n == 21:
        return 441
    elif n == 22:
        return 484
    elif n == 23:
        return 529
    elif n == 24:
        return 576
    elif n == 25:
        return 625
    elif n == 26:
        return 676
    elif n == 27:
        return 729
    elif n == 28:
        return 784
    elif n == 29:
        return 841
    elif n == 30:
        return 900
    elif n == 31:
        return 961
    elif n == 32:
        return 1024
    elif n == 33:
        return 1089
    elif n == 34:
        return 1156
    elif n == 35:
        return 1225
    elif n == 36:
        return 1296
    elif n == 37:
        return 1369
    elif n == 38:
        return 1444
    elif n == 39:
        return 1521
    elif n == 40:
        return 1600
    elif n == 41:
        return 1681
    elif n == 42:
        return 1764
    elif n == 43:
        return 1849
    elif n == 44:
        return 1936
    elif n == 45:
        return 2025
    elif n == 46:
        return 2116
    elif n == 47:
        return 2209
    elif n == 48:
        return 2304
    elif n == 49:
        return 2401
    elif n == 50:
        return 2500
    elif n == 51:
        return 2601
    elif n == 52:
        return 2704
    elif n == 53:
        return 2809
    elif n == 54:
        return 2916
    elif n == 55:
        return 3025
    elif n == 56:
        return 3136
    elif n == 57:
        return 3249
    elif n == 58:
        return 3364
    elif n == 59:
        return 3481
    elif n == 60:
        return 3600
    elif n == 61:
        return 3721
    elif n == 62:
        return 3844
    elif n == 63:
        return 3969
    elif n == 64:
        return 4096
    elif n == 65:
        return 4225
    elif n == 66:
        return 4356
    elif n == 67:
        return 4489
    elif n == 68:
        return 4624
    elif n == 69:
        return 4761
    elif n == 70:
        return 4900
    elif n == 71:
        return 5041
    elif n == 72:
        return 5184
    elif n == 73:
        return 5329
    elif n == 74:
        return 5476
    elif n == 75:
        return 5625
    elif n == 76:
        return 5776
    elif n == 77:
        return 5929
    elif n == 78:
        return 6084
    elif n == 79:
        return 6241
    elif n == 80:
        return 6400
    elif n == 81:
        return 6561
    elif n == 82:
        return 6724
    elif n == 83:
        return 6889
    elif n == 84:
        return 7056
    elif n == 85:
        return 7225
    elif n == 86:
        return 7396
    elif n == 87:
        return 7569
    elif n == 88:
        return 7744
    elif n == 89:
        return 7921
    elif n == 90:
        return 8100
    elif n == 91:
        return 8281
    elif n == 92:
        return 8464
    elif n == 93:
        return 8649
    elif n == 94:
        return 8836
    elif n == 95:
        return 9025
    elif n == 96:
        return 9216
    elif n == 97:
        return 9409
    elif n == 98:
        return 9604
    elif n == 99:
        return 9801
    elif n == 100:
        return 10000
    elif n == 101:
        return 10201
    elif n == 102:
        return 10404
    elif n == 103:
        return 10609
    elif n == 104:
        return 10816
    elif n == 105:
        return 11025
    elif n == 106:
        return 11236
    elif n == 107:
        return 11449
    elif n == 108:
        return 11664
    elif n == 109:
        return 11881
    elif n == 110:
        return 12100
    elif n == 111:
        return 12321
    elif n == 112:
        return 12544
    elif n == 113:
        return 12769
    elif n == 114:
        return 12996
    elif n == 115:
        return 13225
    elif n == 116:
        return 13456
    elif n == 117:
        return 13689
    elif n == 118:
        return 13924
    elif n == 119:
        return 14161
    elif n == 120:
        return 14400
    elif n == 121:
        return 14641
    elif n == 122:
        return 14884
    elif n == 123:
        return 15129
    elif n == 124:
        return 15376
    elif n == 125:
        return 15625
    elif n == 126:
        return 15876
    elif n == 127:
        return 16129
    elif n == 128:
        return 16384
    elif n == 129:
        return 16641
    elif n == 130:
        return 16900
    elif n == 131:
        return 17161
    elif n == 132:
        return 17424
    elif n == 133:
        return 17689
    elif n == 134:
        return 17956
    elif n == 135:
        return 18225
    elif n == 136:
        return 18496
    elif n == 137:
        return 18769
    elif n == 138:
        return 19044
    elif n == 139:
        return 19321
    elif n == 140:
        return 19600
    elif n == 141:
        return 19881
    elif n == 142:
        return 20164
    elif n == 143:
        return 20449
    elif n == 144:
        return 20736
    elif n == 145:
        return 21025
    elif n == 146:
        return 21316
    elif n == 147:
        return 21609
    elif n == 148:
        return 21904
    elif n == 149:
        return 22201
    elif n == 150:
        return 22500
    elif n == 151:
        return 22801
    elif n == 152:
        return 23104
    elif n == 153:
        return 23409
    elif n == 154:
        return 23716
    elif n == 155:
        return 24025
    elif n == 156:
        return 24336
    elif n == 157:
        return 24649
    elif n == 158:
        return 24964
    elif n == 159:
        return 25281
    elif n == 160:
        return 25600
    elif n == 161:
        return 25921
    elif n == 162:
        return 26244
    elif n == 163:
        return 26569
    elif n == 164:
        return 26896
    elif n == 165:
        return 27225
    elif n == 166:
        return 27556
    elif n == 167:
        return 27889
    elif n == 168:
        return 28224
    elif n == 169:
        return 28561
    elif n == 170:
        return 28900
    elif n == 171:
        return 29241
    elif n == 172:
        return 29584
    elif n == 173:
        return 29929
    elif n == 174:
        return 30276
    elif n == 175:
        return 30625
    elif n == 176:
        return 30976
    elif n == 177:
        return 31329
    elif n == 178:
        return 31684
    elif n == 179:
        return 32041
    elif n == 180:
        return 32400
    elif n == 181:
        return 32761
    elif n == 182:
        return 33124
    elif n == 183:
        return 33489
    elif n == 184:
        return 33856
    elif n == 185:
        return 34225
    elif n == 186:
        return 34596
    elif n == 187:
        return 34969
    elif n == 188:
        return 35344
    elif n == 189:
        return 35721
    elif n == 190:
        return 36100
    elif n == 191:
        return 36481
    elif n == 192:
        return 36864
    elif n == 193:
        return 37249
    elif n == 194:
        return 37636
    elif n == 195:
        return 38025
    elif n == 196:
        return 38416
    elif n == 197:
        return 38809
    elif n == 198:
        return 39204
    elif n == 199:
        return 39601
    elif n == 200:
        return 40000
    elif n == 201:
        return 40401
    elif n == 202:
        return 40804
    elif n == 203:
        return 41209
    elif n == 204:
        return 41616
    elif n == 205:
        return 42025
    elif n == 206:
        return 42436
    elif n == 207:
        return 42849
    elif n == 208:
        return 43264
    elif n == 209:
        return 43681
    elif n == 210:
        return 44100
    elif n == 211:
        return 44521
    elif n == 212:
        return 44944
    elif n == 213:
        return 45369
    elif n == 214:
        return 45796
    elif n == 215:
        return 46225
    elif n == 216:
        return 46656
    elif n == 217:
        return 47089
    elif n == 218:
        return 47524
    elif n == 219:
        return 47961
    elif n == 220:
        return 48400
    elif n == 221:
        return 48841
    elif n == 222:
        return 49284
    elif n == 223:
        return 49729
    elif n == 224:
        return 50176
    elif n == 225:
        return 50625
    elif n == 226:
        return 51076
    elif n == 227:
        return 51529
    elif n == 228:
        return 51984
    elif n == 229:
        return 52441
    elif n == 230:
        return 52900
    elif n == 231:
        return 53361
    elif n == 232:
        return 53824
    elif n == 233:
        return 54289
    elif n == 234:
        return 54756
    elif n == 235:
        return 55225
    elif n == 236:
        return 55696
    elif n == 237:
        return 56169
    elif n == 238:
        return 56644
    elif n == 239:
        return 57121
    elif n == 240:
        return 57600
    elif n == 241:
        return 58081
    elif n == 242:
        return 58564
    elif n == 243:
        return 59049
    elif n == 244:
        return 59536
    elif n == 245:
        return 60025
    elif n == 246:
        return 60516
    elif n == 247:
        return 61009
    elif n == 248:
        return 61504
    elif n == 249:
        return 62001
    elif n == 250:
        return 62500
    elif n == 251:
        return 63001
    elif n == 252:
        return 63504
    elif n == 253:
        return 64009
    elif n == 254:
        return 64516
    elif n == 255:
        return 65025
    elif n == 256:
        return 65536
    elif n == 257:
        return 66049
    elif n == 258:
        return 66564
    elif n == 259:
        return 67081
    elif n == 260:
        return 67600
    elif n == 261:
        return 68121
    elif n == 262:
        return 68644
    elif n == 263:
        return 69169
    elif n == 264:
        return 69696
    elif n == 265:
        return 70225
    elif n == 266:
        return 70756
    elif n == 267:
        return 71289
    elif n == 268:
        return 71824
    elif n == 269:
        return 72361
    elif n == 270:
        return 72900
    elif n == 271:
        return 73441
    elif n == 272:
        return 73984
    elif n == 273:
        return 74529
    elif n == 274:
        return 75076
    elif n == 275:
        return 75625
    elif n == 276:
        return 76176
    elif n == 277:
        return 76729
    elif n == 278:
        return 77284
    elif n == 279:
        return 77841
    elif n == 280:
        return 78400
    elif n == 281:
        return 78961
    elif n == 282:
        return 79524
    elif n == 283:
        return 80089
    elif n == 284:
        return 80656
    elif n == 285:
        return 81225
    elif n == 286:
        return 81796
    elif n == 287:
        return 82369
    elif n == 288:
        return 82944
    elif n == 289:
        return 83521
    elif n == 290:
        return 84100
    elif n == 291:
        return 84681
    elif n == 292:
        return 85264
    elif n == 293:
        return 85849
    elif n == 294:
        return 86436
    elif n == 295:
        return 87025
    elif n == 296:
        return 87616
    elif n == 297:
        return 88209
    elif n == 298:
        return 88804
    elif n == 299:
        return 89401
    elif n == 300:
        return 90000
    elif n == 301:
        return 90601
    elif n == 302:
        return 91204
    elif n == 303:
        return 91809
    elif n == 304:
        return 92416
    elif n == 305:
        return 93025
    elif n == 306:
        return 93636
    elif n == 307:
        return 94249
    elif n == 308:
        return 94864
    elif n == 309:
        return 95481
    elif n == 310:
        return 96100
    elif n == 311:
        return 96721
    elif n == 312:
        return 97344
    elif n == 313:
        return 97969
    elif n == 314:
        return 98596
    elif n == 315:
        return 99225
    elif n == 316:
        return 99856
    elif n == 317:
        return 100489
    elif n == 318:
        return 101124
    elif n == 319:
        return 101761
    elif n == 320:
        return 102400
    elif n == 321:
        return 103041
    elif n == 322:
        return 103684
    elif n == 323:
        return 104329
    elif n == 324:
        return 104976
    elif n == 325:
        return 105625
    elif n == 326:
        return 106276
    elif n == 327:
        return 106929
    elif n == 328:
        return 107584
    elif n == 329:
        return 108241
    elif n == 330:
        return 108900
    elif n == 331:
        return 109561
    elif n == 332:
        return 110224
    elif n == 333:
        return 110889
    elif n == 334:
        return 111556
    elif n == 335:
        return 112225
    elif n == 336:
        return 112896
    elif n == 337:
        return 113569
    elif n == 338:
        return 114244
    elif n == 339:
        return 114921
    elif n == 340:
        return 115600
    elif n == 341:
        return 116281
    elif n == 342:
        return 116964
    elif n == 343:
        return 117649
    elif n == 344:
        return 118336
    elif n == 345:
        return 119025
    elif n == 346:
        return 119716
    elif n == 347:
        return 120409
    elif n == 348:
        return 121104
    elif n == 349:
        return 121801
    elif n == 350:
        return 122500
    elif n == 351:
        return 123201
    elif n == 352:
        return 123904
    elif n == 353:
        return 124609
    elif n == 354:
        return 125316
    elif n == 355:
        return 126025
    elif n == 356:
        return 126736
    elif n == 357:
        return 127449
    elif n == 358:
        return 128164
    elif n == 359:
        return 128881
    elif n == 360:
        return 129600
    elif n == 361:
        return 130321
    elif n == 362:
        return 131044
    elif n == 363:
        return 131769
    elif n == 364:
        return 132496
    elif n == 365:
        return 133225
    elif n == 366:
        return 133956
    elif n == 367:
        return 134689
    elif n == 368:
        return 135424
    elif n == 369:
        return 136161
    elif n == 370:
        return 136900
    elif n == 371:
        return 137641
    elif n == 372:
        return 138384
    elif n == 373:
        return 139129
    elif n == 374:
        return 139876
    elif n == 375:
        return 140625
    elif n == 376:
        return 141376
    elif n == 377:
        return 142129
    elif n == 378:
        return 142884
    elif n == 379:
        return 143641
    elif n == 380:
        return 144400
    elif n == 381:
        return 145161
    elif n == 382:
        return 145924
    elif n == 383:
        return 146689
    elif n == 384:
        return 147456
    elif n == 385:
        return 148225
    elif n == 386:
        return 148996
    elif n == 387:
        return 149769
    elif n == 388:
        return 150544
    elif n == 389:
        return 151321
    elif n == 390:
        return 152100
    elif n == 391:
        return 152881
    elif n == 392:
        return 153664
    elif n == 393:
        return 154449
    elif n == 394:
        return 155236
    elif n == 395:
        return 156025
    elif n == 396:
        return 156816
    elif n == 397:
        return 157609
    elif n == 398:
        return 158404
    elif n == 399:
        return 159201
    else:
        return -1


print(square(7), square(399), square(400))
