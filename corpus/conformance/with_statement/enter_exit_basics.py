# with statements using classes with __enter__/__exit__: as targets, return values, and the arguments __exit__ gets.
class Resource:
    def __init__(self, name):
        self.name = name
        self.open = False
        print(f"create {name}")

    def __enter__(self):
        print(f"enter {self.name}")
        self.open = True
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f"exit {self.name}: type={exc_type.__name__ if exc_type else None} "
              f"value={exc!r} tb_is_none={tb is None}")
        self.open = False
        return False


with Resource("file") as r:
    print("inside, open =", r.open)
print("after, open =", r.open)

# __enter__ may return something other than the manager itself.
class Transaction:
    def __init__(self):
        self.ops = []

    def __enter__(self):
        print("begin")
        return self.ops.append          # the as-target is a bound method

    def __exit__(self, exc_type, exc, tb):
        print("commit" if exc_type is None else "rollback", self.ops)
        if exc_type is not None:
            self.ops.clear()


t = Transaction()
with t as record:
    record("insert a")
    record("update b")
print(t.ops)

# Without `as`, the __enter__ result is discarded but still computed.
with Resource("anon"):
    print("body without target")

# Tuple unpacking and attribute/subscript targets.
class Pair:
    def __enter__(self):
        return (1, [2, 3])

    def __exit__(self, *args):
        print("Pair exit args:", args)


with Pair() as (first, (second, third)):
    print(first, second, third)
box = {}
with Pair() as box["pair"]:
    pass
print(box)

# An exception in the body is passed to __exit__ and keeps propagating when exit returns a falsy value.
try:
    with Resource("db") as db:
        print("querying", db.name)
        raise KeyError("row 7")
except KeyError as e:
    print("propagated:", repr(e), "db open:", db.open)

try:
    with Transaction() as rec:
        rec("step 1")
        1 / 0
except ZeroDivisionError as e:
    print("propagated:", e)

# The manager expression is evaluated before __enter__; __enter__ before the target is bound.
def make(name):
    print("evaluating manager expression", name)
    return Resource(name)


with make("lazy") as lz:
    print("bound", lz.name)
