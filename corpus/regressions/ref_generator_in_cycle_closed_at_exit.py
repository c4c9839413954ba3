# A suspended generator that only a cycle keeps alive is closed at exit, after the globals
# are cleared, while output can still be seen (CPython's collection at shutdown). refvm
# printed a host traceback when the host collected it after the run; fastvm printed
# `closed` only outside the captured output.
def g(label):
    try:
        yield 1
    finally:
        print("closed", label)


class Box:
    pass


b = Box()
b.self = b
b.gen = g("in a cycle")
next(b.gen)
held = g("held by a global")
next(held)
del b
print("end")
