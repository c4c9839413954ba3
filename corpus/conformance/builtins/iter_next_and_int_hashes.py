# iter/next with and without default, StopIteration handling, user iterators, and hash() of ints and int tuples.
it = iter([10, 20])
print(next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.args)

# iter of an iterator returns the same object; iter of a list makes a new one each time.
nums = [1, 2, 3]
a = iter(nums)
print(iter(a) is a, iter(nums) is iter(nums))
next(a)
nums.append(4)                  # list iterators see appends made before they finish
print(list(a))

# Strings, dicts, ranges, sets of ints, tuples.
print(next(iter("xyz")), next(iter({"first": 1, "second": 2})), next(iter(range(5, 9))), next(iter((None,))))

# Reading records until a sentinel value with next and a default.
def chunks(values, size):
    source = iter(values)
    while True:
        chunk = []
        for _ in range(size):
            item = next(source, None)
            if item is None:
                break
            chunk.append(item)
        if not chunk:
            return
        yield chunk


print(list(chunks(range(1, 8), 3)), list(chunks([], 2)))

# Peeking at the first element and then using the rest.
def head_and_tail(iterable):
    stream = iter(iterable)
    first = next(stream, "<empty>")
    return first, list(stream)


print(head_and_tail("abc"), head_and_tail([]), head_and_tail(x * x for x in range(4)))

# A user iterator class, and a class that is iterable through __iter__ returning a generator.
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration("liftoff")
        self.current -= 1
        return self.current + 1


class Playlist:
    def __init__(self, *songs):
        self.songs = songs

    def __iter__(self):
        for s in self.songs:
            yield s.title()


c = Countdown(3)
print(list(c), next(c, "exhausted"))
try:
    next(Countdown(0))
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
p = Playlist("one love", "so what")
print(list(p), list(p), next(iter(p)))

# Errors: non-iterables and non-iterators.
for thunk in [lambda: iter(5), lambda: next([1, 2]), lambda: next("abc"), lambda: iter(None)]:
    try:
        thunk()
    except TypeError as e:
        print(type(e).__name__, e)

# hash of ints: equal numbers hash equal; -1 is special; large ints wrap modulo 2**61 - 1.
print(hash(0), hash(1), hash(-1), hash(-2), hash(True), hash(12345))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(2 ** 64) == hash(2 ** 64 % (2 ** 61 - 1)))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)), hash(()) == hash(()), hash((-1,)) == hash((-2,)))
print(hash((1, (2, 3))) == hash((True, (2, 3))), hash((0,)) == hash((False,)), {(1, 2): "a"}[(True, 2)])
try:
    hash([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)


# A user __hash__ consistent with __eq__ makes instances usable as keys.
class Cell:
    def __init__(self, r, c):
        self.r, self.c = r, c

    def __eq__(self, other):
        return isinstance(other, Cell) and (self.r, self.c) == (other.r, other.c)

    def __hash__(self):
        return hash((self.r, self.c))


visited = {Cell(0, 0): "start", Cell(1, 2): "mid"}
print(visited[Cell(1, 2)], Cell(0, 0) in visited, Cell(2, 1) in visited, hash(Cell(3, 4)) == hash((3, 4)))


class NoHash:
    def __eq__(self, other):
        return True


try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)
