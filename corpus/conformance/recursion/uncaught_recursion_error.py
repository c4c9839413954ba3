# Runaway recursion of several shapes: caught RecursionErrors (plain, mutual, through a method)
# leave the program running; the last one is uncaught and ends it (its report folds the repeats).
def runaway(n):
    return runaway(n + 1)


def ping(n):
    return pong(n + 1)


def pong(n):
    return ping(n + 1)


class Node:
    def __init__(self):
        self.next = self

    def length(self):
        return 1 + self.next.length()


for attempt in (lambda: runaway(0), lambda: ping(0), lambda: Node().length()):
    try:
        attempt()
    except RecursionError as e:
        print(type(e).__name__, e)

depth = 0


def count_down(n):
    global depth
    depth = n
    return count_down(n + 1)


try:
    count_down(0)
except RecursionError:
    print("reached past 900:", depth > 900)
print("now without a handler")
runaway(0)
