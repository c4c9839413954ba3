# __hash__ with __eq__: objects as dict keys and set members; __eq__ without __hash__ makes instances unhashable.
class Coord:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        if not isinstance(other, Coord):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"C({self.x},{self.y})"


visited = {Coord(0, 0), Coord(1, 2), Coord(0, 0), Coord(-1, 2)}
print(len(visited), Coord(1, 2) in visited, Coord(2, 1) in visited)
print(sorted(visited, key=lambda c: (c.x, c.y)))

grid = {Coord(0, 0): "origin"}
grid[Coord(0, 0)] = "start"          # same key: value replaced, original key object kept
grid[Coord(3, -3)] = "goal"
print(grid, len(grid))
print(grid.get(Coord(3, -3)), grid.get(Coord(9, 9), "none"))
print(hash(Coord(4, 5)) == hash((4, 5)), hash(Coord(4, 5)) == hash(Coord(4, 5)))


# Defining __eq__ alone sets __hash__ to None.
class P:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, P) and self.v == other.v


print(P(1) == P(1), P.__hash__ is None)
for action in ("set", "dict key", "hash", "frozenset"):
    try:
        if action == "set":
            {P(1)}
        elif action == "dict key":
            d = {}
            d[P(2)] = 1
        elif action == "hash":
            hash(P(3))
        else:
            frozenset([P(4)])
    except TypeError as e:
        print(action, "->", type(e).__name__, e)
print(P(5) in [P(4), P(5)])       # lists only need __eq__


# Without __eq__, objects hash by identity: equal-looking instances are distinct keys.
class Tag:
    def __init__(self, name):
        self.name = name


t1, t2 = Tag("a"), Tag("a")
counts = {t1: 1, t2: 2}
counts[t1] += 10
print(len(counts), counts[t1], counts[t2], t1 in {t1}, t2 in {t1})


# A subclass that overrides __eq__ also loses the inherited __hash__ unless it restates it.
class Coord3(Coord):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def __eq__(self, other):
        return super().__eq__(other) and getattr(other, "z", None) == self.z


try:
    {Coord3(1, 1, 1)}
except TypeError as e:
    print(type(e).__name__, e)


class Coord3h(Coord3):
    def __hash__(self):
        return hash((self.x, self.y, self.z))


s = {Coord3h(1, 1, 1), Coord3h(1, 1, 1), Coord3h(1, 1, 2)}
print(len(s))


# __hash__ must return an int.
class BadHash:
    def __hash__(self):
        return "abc"


try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
