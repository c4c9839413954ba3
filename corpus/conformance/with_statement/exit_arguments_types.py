# What __exit__ receives: on an exception its class, the exception and a traceback object
# (`<class 'traceback'>`); on a normal exit, a return, a break or a continue, three Nones.
class Recorder:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
        self.seen = []

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        print(self.name, kind, type(value).__name__, type(tb), tb is None)
        self.seen.append(tb)
        return self.suppress


def fails():
    return {}["key"]


with Recorder("normal"):
    pass

with Recorder("raised here", suppress=True):
    1 / 0

with Recorder("raised below", suppress=True) as r:
    fails()
tb_type = type(r.seen[0])
print(tb_type.__name__, isinstance(r.seen[0], tb_type), tb_type is type(r.seen[0]))
print(bool(r.seen[0]), r.seen[0] == r.seen[0], r.seen[0] is not None)


def leaves_early():
    with Recorder("return"):
        return "returned"


print(leaves_early())
for i in range(3):
    with Recorder(f"loop {i}"):
        if i == 0:
            continue
        if i == 1:
            break
outer, inner = Recorder("outer", suppress=True), Recorder("inner")
with outer, inner:
    raise ValueError("both see it")
print(type(outer.seen[0]) is type(inner.seen[0]), outer.seen[0] is None)

try:
    type(r.seen[0])()
except TypeError as e:
    print("TypeError")

with Recorder("not suppressed"):
    raise KeyError("escapes")
