# Regression (issue 8, found by hand, 2026-12-01): on fastvm, type() of the traceback __exit__
# receives was `type` (fastvm's traceback token had no class of its own); CPython's is `traceback`.
class Manager:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        print(type(tb), type(tb).__name__)
        return True


with Manager():
    1 / 0
