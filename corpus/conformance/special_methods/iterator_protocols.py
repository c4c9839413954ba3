# Iteration protocols: __iter__/__next__ iterator classes, iterables returning fresh iterators, and __getitem__-only sequences.
class Countdown:
    """An iterator: __iter__ returns self, so it can be consumed only once."""

    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


class Span:
    """An iterable: every __iter__ call returns a new iterator."""

    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi

    def __iter__(self):
        print(f"  Span.__iter__({self.lo}, {self.hi})")
        return Countup(self.lo, self.hi)


class Countup:
    def __init__(self, lo, hi):
        self.cur, self.hi = lo, hi

    def __iter__(self):
        return self

    def __next__(self):
        if self.cur >= self.hi:
            raise StopIteration
        self.cur += 1
        return self.cur - 1


c = Countdown(3)
print(list(c), list(c))          # second pass: already exhausted
s = Span(-2, 2)
print(list(s), sum(s), max(s))
print([(a, b) for a in Span(0, 2) for b in Countdown(2)])
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"), next(it, None))
try:
    next(Countdown(0))
except StopIteration as e:
    print("StopIteration", repr(e.args))
a, b, c2 = Span(7, 10)
print(a, b, c2, *Countdown(2), sorted(Countdown(4)))
print(dict(zip(Span(0, 3), Countdown(5))), list(enumerate(Countdown(2), 1)))
print(3 in Span(0, 5), 9 in Countdown(4))


class Squares:
    """No __iter__: iteration calls __getitem__(0), (1), ... until IndexError."""

    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        print(f"  getitem {i}")
        if i >= self.n:
            raise IndexError(i)
        return i * i


print(list(Squares(3)))
print(16 in Squares(10))
for x in Squares(2):
    print("loop", x)
print(list(map(str, Squares(0))))


# A __getitem__ raising something other than IndexError propagates.
class Broken:
    def __getitem__(self, i):
        if i == 2:
            raise KeyError("no key 2")
        return i


try:
    for x in Broken():
        print("broken", x)
except KeyError as e:
    print(type(e).__name__, e)


class NotIterable:
    pass


for bad in (NotIterable(), 5):
    try:
        iter(bad)
    except TypeError as e:
        print(type(e).__name__, e)


class BadIter:
    def __iter__(self):
        return 42


try:
    for x in BadIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
