"""fastvm: the optimized register VM of Tauraro (being built; see the open issues).

It will never import refvm, nor refvm it (tests/test_guards.py enforces it).
"""
