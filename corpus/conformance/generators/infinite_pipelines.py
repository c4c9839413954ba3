# Infinite generators consumed with break, and chained generator pipelines that interleave lazily.


def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1


def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


for p in primes():
    if p > 40:
        break
    print(p, end=" ")
print()


def take(n, iterable):
    if n <= 0:
        return
    for i, item in enumerate(iterable):
        yield item
        if i + 1 >= n:
            return


def where(pred, iterable):
    for item in iterable:
        if pred(item):
            yield item


def mapped(func, iterable):
    for item in iterable:
        yield func(item)


print(list(take(5, mapped(lambda x: x * x, where(lambda x: x % 3 == 0, naturals())))))
print(list(take(0, naturals())), list(take(3, "ab")))


# Tracing shows each item flowing through the whole pipeline before the next one starts.
def stage(name, iterable):
    for item in iterable:
        print("  %s sees %r" % (name, item))
        yield item


pipeline = stage("third", stage("second", stage("first", take(2, naturals(7)))))
for value in pipeline:
    print("consumer got", value)


# Fibonacci forever, paired with an index by zip, stopping on a condition.
def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


for index, f in zip(naturals(), fibs()):
    if f > 1000:
        print("first fib over 1000 is at index", index, "value", f)
        break


# A cycling generator and a running-total stage.
def cycle(items):
    saved = list(items)
    if not saved:
        return
    while True:
        for item in saved:
            yield item


def running_total(iterable):
    total = 0
    for x in iterable:
        total += x
        yield total


print(list(take(7, cycle([1, -2, 3]))))
print(list(take(6, running_total(cycle([5, -10])))))
print(list(take(3, cycle([]))))

# while loop with an infinite generator and next().
collatz_start = 27
def collatz(n):
    while True:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1


steps = 0
seq = collatz(collatz_start)
peak = 0
while True:
    value = next(seq)
    peak = max(peak, value)
    if value == 1:
        break
    steps += 1
print("collatz(27): steps", steps, "peak", peak)
