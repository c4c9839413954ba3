# send() with `x = yield v`: running averages, priming, and send to a just-started generator.


def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            print("  averager got None, skipping")
            continue
        total += value
        count += 1
        average = total / count


avg = averager()
print("primed:", next(avg))
for v in [10, 20, 0, -6]:
    print("send", v, "->", avg.send(v))
print("send None ->", avg.send(None))


# send(None) is equivalent to next() for priming.
def echo():
    received = []
    while True:
        item = yield len(received)
        if item == "stop":
            return received
        received.append(item)


e = echo()
print("prime with send(None):", e.send(None))
print(e.send("a"), e.send("b"), next(e), e.send("c"))
try:
    e.send("stop")
except StopIteration as stop:
    print("finished with", stop.value)

# Sending a value to a generator that has not started is an error.
fresh = echo()
try:
    fresh.send(42)
except TypeError as err:
    print(type(err).__name__, err)
print("still usable:", fresh.send(None))

# Sending to a finished generator raises StopIteration.
try:
    e.send("again")
except StopIteration as stop:
    print("after finish:", repr(stop.value))


# A generator that alternates what it yields based on what it is sent.
def accumulator(start):
    total = start
    log = []
    while total < 100:
        delta = yield total
        log.append(delta)
        if delta is None:
            delta = 1
        total += delta
    return log


acc = accumulator(90)
print(next(acc), acc.send(5), next(acc), acc.send(-10), acc.send(7))
try:
    acc.send(50)
except StopIteration as stop:
    print("log:", stop.value)


# send through yield from reaches the innermost generator.
def inner():
    got = yield "inner ready"
    print("  inner received", got)
    got2 = yield "inner again"
    print("  inner received", got2)
    return got + got2


def outer():
    result = yield from inner()
    print("  outer got result", result)
    final = yield "outer waiting"
    yield "outer finished with %s" % final


o = outer()
print(next(o))
print(o.send(3))
print(o.send(4))
print(o.send("X"))
