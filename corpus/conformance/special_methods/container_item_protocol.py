# __getitem__/__setitem__/__delitem__ with ints, negative indices and slices, plus __contains__ and __len__.
class Ring:
    """A fixed-size buffer indexed modulo its length, with slice support."""

    def __init__(self, data):
        self.data = list(data)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if isinstance(key, slice):
            print("  slice", key.start, key.stop, key.step)
            start, stop, step = key.indices(len(self.data))
            return Ring(self.data[i] for i in range(start, stop, step))
        if not isinstance(key, int):
            raise TypeError(f"Ring indices must be integers or slices, not {type(key).__name__}")
        if not self.data:
            raise IndexError("Ring is empty")
        return self.data[key % len(self.data)]

    def __setitem__(self, key, value):
        if isinstance(key, slice):
            self.data[key] = value
        else:
            self.data[key % len(self.data)] = value

    def __delitem__(self, key):
        print("  delete", key if not isinstance(key, slice) else (key.start, key.stop, key.step))
        del self.data[key]

    def __contains__(self, value):
        print("  contains", value)
        return value in self.data

    def __repr__(self):
        return f"Ring{self.data}"


r = Ring("abcdef")
print(r[0], r[5], r[6], r[-1], r[-7], r[100])
print(r[1:4], r[::2], r[::-1], r[-2:], r[4:1], r[:])
print(r[1:5:2], r[slice(None, 3)])
r[0] = "A"
r[13] = "B"
r[2:4] = ["c1", "c2", "c3"]
print(r, len(r))
del r[0]
del r[1:3]
del r[::2]
print(r)
print("c3" in r, "zz" not in r)
try:
    r["x"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    Ring([])[0]
except IndexError as e:
    print(type(e).__name__, e)
try:
    del r[10]
except IndexError as e:
    print(type(e).__name__, e)


# A mapping-like class: keys can be tuples; r[a, b] passes a tuple.
class Grid:
    def __init__(self, w, h, fill=0):
        self.w, self.h = w, h
        self.cells = {}
        self.fill = fill

    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise KeyError(pos)
        return self.cells.get(pos, self.fill)

    def __setitem__(self, pos, value):
        self[pos]                 # bounds check through __getitem__
        self.cells[pos] = value

    def __delitem__(self, pos):
        del self.cells[pos]


g = Grid(3, 2, ".")
g[0, 1] = "#"
g[2, 0] = "@"
print("\n".join("".join(g[x, y] for x in range(3)) for y in range(2)))
for bad in [(3, 0), (-1, 1)]:
    try:
        g[bad] = "!"
    except KeyError as e:
        print(type(e).__name__, e)
del g[0, 1]
try:
    del g[0, 1]
except KeyError as e:
    print(type(e).__name__, e)
print(sorted(g.cells.items()))
print(g[2, 0], g[(1, 1)], len(g.cells))
