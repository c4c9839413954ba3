# Recursive functions: memoization with a dict, call counting, and mutual recursion.

call_count = {"plain": 0, "memo": 0}


def fib_plain(n):
    call_count["plain"] += 1
    if n < 2:
        return n
    return fib_plain(n - 1) + fib_plain(n - 2)


memo = {}


def fib_memo(n):
    call_count["memo"] += 1
    if n in memo:
        return memo[n]
    result = n if n < 2 else fib_memo(n - 1) + fib_memo(n - 2)
    memo[n] = result
    return result


print("plain fib(15) =", fib_plain(15), "calls:", call_count["plain"])
print("memo fib(15) =", fib_memo(15), "calls:", call_count["memo"])
print("memo fib(80) =", fib_memo(80), "calls:", call_count["memo"])
print("cached keys:", len(memo), min(memo), max(memo))


# Memoization with a tuple key: number of lattice paths through a grid.
def paths(rows, cols, cache=None):
    if cache is None:
        cache = {}
    if rows == 0 or cols == 0:
        return 1
    key = (rows, cols)
    if key not in cache:
        cache[key] = paths(rows - 1, cols, cache) + paths(rows, cols - 1, cache)
    return cache[key]


print([paths(n, n) for n in range(6)], paths(16, 16))


# Mutual recursion: even/odd on non-negative and negative numbers.
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1) if n > 0 else is_odd(n + 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1) if n > 0 else is_even(n + 1)


print([(n, is_even(n), is_odd(n)) for n in (0, 1, 6, 7, -3, -4)])


# Hofstadter Female and Male sequences, each defined through the other.
def female(n, cache={0: 1}):
    if n not in cache:
        cache[n] = n - male(female(n - 1))
    return cache[n]


def male(n, cache={0: 0}):
    if n not in cache:
        cache[n] = n - female(male(n - 1))
    return cache[n]


print("F:", [female(n) for n in range(15)])
print("M:", [male(n) for n in range(15)])
print("cache sizes:", len(female.__defaults__[0]), len(male.__defaults__[0]))


# Recursion that builds structure: all subsets of a list, in order.
def subsets(items):
    if not items:
        return [[]]
    rest = subsets(items[1:])
    return rest + [[items[0]] + s for s in rest]


print(subsets([]), subsets(["a"]))
print(subsets([1, 2, 3]))


# Ackermann with small arguments and a dictionary cache.
ack_cache = {}


def ack(m, n):
    if (m, n) in ack_cache:
        return ack_cache[(m, n)]
    if m == 0:
        value = n + 1
    elif n == 0:
        value = ack(m - 1, 1)
    else:
        value = ack(m - 1, ack(m, n - 1))
    ack_cache[(m, n)] = value
    return value


print([[ack(m, n) for n in range(4)] for m in range(3)], ack(2, 3))
