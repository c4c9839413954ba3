class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False
def f():
    with Ctx():
        [][1]
f()
