# StopIteration and its value from next(), next(g, default), and the iteration protocol by hand.


def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"


g = countdown(3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", repr(e.value), "args:", e.args)
try:
    next(g)
except StopIteration as e:
    print("second time, value:", repr(e.value), "args:", e.args)


def no_return():
    yield "only"


h = no_return()
next(h)
try:
    next(h)
except StopIteration as e:
    print("implicit return value:", e.value, e.args, repr(str(e)))

# next with a default never raises.
k = countdown(2)
print([next(k, "default") for _ in range(4)])
print(next(iter([]), None), next(iter("ab"), "z"))


# A manual for loop, written the way the interpreter runs one.
def manual_for(iterable, body):
    it = iter(iterable)
    while True:
        try:
            item = next(it)
        except StopIteration:
            break
        body(item)


collected = []
manual_for(countdown(4), collected.append)
manual_for({"b": 1, "a": 2}, collected.append)
print(collected)

# iter() on a generator returns the generator itself.
gen = countdown(2)
print(iter(gen) is gen, list(gen), list(gen))

# Raising StopIteration explicitly with a value from a plain iterator class.
class Limited:
    def __init__(self, limit):
        self.limit = limit
        self.current = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.current >= self.limit:
            raise StopIteration("exhausted at %d" % self.current)
        self.current += 1
        return self.current * self.current


lim = Limited(3)
print(list(lim))
try:
    next(lim)
except StopIteration as e:
    print("class iterator:", e.value, e.args)
print(next(Limited(0), "empty"), sum(Limited(4)))

# Return values are ignored by for loops and list().
def returns_list():
    yield 1
    return [2, 3]


print(list(returns_list()), [x for x in returns_list()])

# StopIteration constructed directly.
s = StopIteration(5, 6)
print(s.value, s.args, StopIteration().value)
