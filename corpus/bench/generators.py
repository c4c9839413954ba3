# tauraro-bench: tiny=600 real=80000
# generator pipeline: LCG source -> filter -> map -> sliding windows -> aggregation -> coroutine sink
SIZE = 600


def readings(count, seed):
    state = seed
    for _ in range(count):
        state = (state * 1103515245 + 12345) % 2147483648
        yield (state >> 16) % 2001 - 1000


def drop_outliers(stream, limit):
    for value in stream:
        if value > limit or value < -limit:
            continue
        yield value


def calibrate(stream, gain, bias):
    return (value * gain + bias for value in stream)


def sliding(stream, width):
    window = []
    for value in stream:
        window.append(value)
        if len(window) > width:
            del window[0]
        if len(window) == width:
            yield tuple(window)


def summarize(windows):
    for window in windows:
        lo = min(window)
        hi = max(window)
        yield sum(window), hi - lo


def chunks(stream, size):
    batch = []
    for item in stream:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def delegate(parts):
    count = 0
    for part in parts:
        got = yield from part
        count += got
    return count


def counted(items):
    for item in items:
        yield item
    return len(items)


def collector():
    total = 0
    peak = None
    seen = 0
    try:
        while True:
            item = yield total
            if item is None:
                continue
            window_sum, spread = item
            seen += 1
            total = (total * 31 + window_sum + spread) % 1000000007
            if peak is None or spread > peak:
                peak = spread
    finally:
        print("collector closed after", seen, "items, peak spread", peak)


def main(n):
    pipeline = summarize(sliding(calibrate(drop_outliers(readings(n, 42), 900), 3, -7), 8))
    sink = collector()
    print("primed:", next(sink))
    last = 0
    for item in pipeline:
        last = sink.send(item)
    print("after None:", sink.send(None) == last)
    sink.close()
    print("checksum:", last)

    evens = sum(v for v in readings(n, 7) if v % 2 == 0)
    squares = max((v * v for v in readings(n, 7)), default=-1)
    print("even sum:", evens, "max square:", squares)
    print("empty max:", max((v for v in readings(0, 7)), default="none"))

    batches = list(chunks(drop_outliers(readings(n, 99), 500), 64))
    print("batches:", len(batches), "last size:", len(batches[-1]) if batches else 0)
    outer = delegate([counted(b) for b in batches])
    total = 0
    try:
        while True:
            total += next(outer)
    except StopIteration as stop:
        print("delegated items:", stop.value, "total:", total)

    pairs = zip(readings(5, 1), sliding(readings(9, 1), 3))
    for a, w in pairs:
        print(a, w, a in w)
    exhausted = readings(2, 3)
    print(list(exhausted), list(exhausted))
    try:
        next(exhausted)
    except StopIteration as e:
        print("StopIteration", repr(e.value))


main(SIZE)
