# Default argument values: evaluated once at def time, mutable defaults shared across calls.

calls = []


def make_default(tag):
    calls.append(tag)
    print("evaluating default", tag)
    return tag * 10


print("before def")


def scaled(x, factor=make_default(3)):
    return x * factor


print("after def, calls =", calls)
print(scaled(1), scaled(2), scaled(3, 2))
print("calls still =", calls)

# A default captured from a global keeps the value it had at def time.
LIMIT = 5


def clamp(n, hi=LIMIT):
    return n if n < hi else hi


LIMIT = 100
print("clamp(50) ->", clamp(50))
print("clamp(50, LIMIT) ->", clamp(50, LIMIT))


# The classic shared mutable default.
def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket


first = append_to("a")
second = append_to("b")
print(first, second, first is second)
print("explicit list:", append_to("c", []))
print("shared again:", append_to("d"))
print("defaults tuple now:", append_to.__defaults__)


# The None-sentinel idiom gives a fresh list each call.
def append_safe(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket


print(append_safe(1), append_safe(2), append_safe(3, [0]))


# A dict default used as a cache persists between calls.
def tally(word, seen={}):
    seen[word] = seen.get(word, 0) + 1
    return seen[word]


for w in ["x", "y", "x", "x", "y", "z"]:
    print(w, tally(w), end="; ")
print()
print(sorted(tally.__defaults__[0].items()))

# Mutating __defaults__ changes future calls.
scaled.__defaults__ = (-1,)
print("after replacing defaults:", scaled(7), scaled(7, 0))


# Defaults may refer to earlier parameters' values only through the body.
def window(seq, start=0, stop=None):
    if stop is None:
        stop = len(seq)
    return seq[start:stop]


print(window([1, 2, 3, 4, 5]), window([1, 2, 3, 4, 5], 2), window([1, 2, 3, 4, 5], -3, -1))
print(window([], 0), window("hello", stop=2))
