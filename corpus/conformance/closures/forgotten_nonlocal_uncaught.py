# Event-rate tracker built from closures; ends with an uncaught UnboundLocalError (missing nonlocal).


def make_tracker(window):
    events = []
    dropped = 0

    def record(timestamp):
        nonlocal dropped
        events.append(timestamp)
        while events and events[0] <= timestamp - window:
            events.pop(0)
            dropped += 1
        return len(events)

    def stats():
        return {"window": window, "live": list(events), "dropped": dropped}
    return record, stats


record, stats = make_tracker(10)
for t in [1, 3, 8, 12, 15, 30, 31]:
    print("t=%d live=%d" % (t, record(t)))
print(stats())

other_record, other_stats = make_tracker(2)
other_record(5)
print("separate trackers:", other_stats()["live"], stats()["live"])


def make_buggy_total():
    total = 0

    def add(amount):
        total += amount
        return total

    def peek():
        return total
    return add, peek


add, peek = make_buggy_total()
print("peek works because it only reads:", peek())
print("calling add, which assigns total without nonlocal")
add(5)
