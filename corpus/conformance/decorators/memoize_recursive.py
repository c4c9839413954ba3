# A memoizing decorator applied to recursive functions; recursion goes through the cache.


def memoize(func):
    cache = {}
    stats = {"hits": 0, "misses": 0}

    def wrapper(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        if key in cache:
            stats["hits"] += 1
            return cache[key]
        stats["misses"] += 1
        result = func(*args, **kwargs)
        cache[key] = result
        return result

    wrapper.cache = cache
    wrapper.stats = stats
    wrapper.__name__ = func.__name__
    return wrapper


@memoize
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(30), fib.stats, len(fib.cache))
print(fib(31), fib.stats)
print(fib(10), fib.stats)


@memoize
def partitions(n, largest=None):
    """Number of ways to write n as a sum of positive integers <= largest."""
    if largest is None:
        largest = n
    if n == 0:
        return 1
    if n < 0 or largest == 0:
        return 0
    return partitions(n - largest, largest) + partitions(n, largest - 1)


print([partitions(n) for n in range(10)])
print(partitions(60), partitions.stats["misses"] > 0)
print(partitions(5, largest=2), partitions(5, 2))
print(((5,), (("largest", 2),)) in partitions.cache, ((5, 2), ()) in partitions.cache)


# Undecorated inner reference: the original function bypasses the cache for recursion.
def slow_fib(n):
    slow_fib.calls += 1
    if n < 2:
        return n
    return slow_fib(n - 1) + slow_fib(n - 2)


slow_fib.calls = 0
cached_outer_only = memoize(slow_fib)
print(cached_outer_only(15), slow_fib.calls)
print(cached_outer_only(15), slow_fib.calls, cached_outer_only.stats)


# Exceptions are not cached: the call is retried next time.
attempts = []


@memoize
def flaky(key):
    attempts.append(key)
    if len(attempts) < 2:
        raise RuntimeError("not ready for " + key)
    return key * 2


for _ in range(3):
    try:
        print(flaky("ab"))
    except RuntimeError as e:
        print(type(e).__name__, e)
print(attempts, flaky.stats)


# Unhashable arguments cannot form a cache key.
@memoize
def total(items):
    return sum(items)


print(total((1, 2, 3)))
try:
    total([1, 2, 3])
except TypeError as e:
    print(type(e).__name__, e)
print(fib.__name__, partitions.__name__, partitions.__doc__)
