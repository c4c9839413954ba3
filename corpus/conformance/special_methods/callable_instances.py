# __call__: stateful callable objects, class-based decorators, callable(), and call argument errors.
class Counter:
    def __init__(self, start=0, step=1):
        self.value = start
        self.step = step

    def __call__(self, times=1):
        self.value += self.step * times
        return self.value


tick = Counter()
print(tick(), tick(), tick(5), tick(times=-2), tick.value)
down = Counter(10, -3)
print([down() for _ in range(4)])
print(callable(tick), callable(Counter), callable(tick.value), callable(len), callable(None))


class Memo:
    """Class-based decorator caching results by positional arguments."""

    def __init__(self, func):
        self.func = func
        self.cache = {}
        self.misses = 0

    def __call__(self, *args):
        if args not in self.cache:
            self.misses += 1
            self.cache[args] = self.func(*args)
        return self.cache[args]


@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.misses, len(fib.cache), type(fib).__name__)
print(fib(10), fib.misses)


class Pipeline:
    def __init__(self, *stages):
        self.stages = stages

    def __call__(self, value):
        for stage in self.stages:
            value = stage(value)
        return value

    def __or__(self, stage):
        return Pipeline(*self.stages, stage)


class Scale:
    def __init__(self, k):
        self.k = k

    def __call__(self, x):
        return x * self.k


clean = Pipeline(lambda s: s.strip(), lambda s: s.lower()) | (lambda s: s.replace(" ", "_"))
print(repr(clean("  Hello World ")), Pipeline()(7))
numeric = Pipeline(abs, Scale(3), Scale(0.5), round)
print(list(map(numeric, [-4, 5, 0, -1])))
print(sorted([-3, 1, -2], key=Scale(-1)))


# Argument errors inside __call__ use the method's qualified name.
try:
    tick(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Scale(2)()
except TypeError as e:
    print(type(e).__name__, e)


class NotCallable:
    pass


try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
five = 5
try:
    five()
except TypeError as e:
    print(type(e).__name__, e)

# __call__ is looked up on the class, not the instance.
nc = NotCallable()
nc.__call__ = lambda: "instance call"
print(callable(nc), nc.__call__())
NotCallable.__call__ = lambda self, *a: f"class call {a}"
print(callable(nc), nc(1, 2))
