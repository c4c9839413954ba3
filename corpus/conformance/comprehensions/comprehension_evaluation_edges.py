# Edge cases of when comprehension parts are evaluated: eager first iterable, late inner names,
# failures mid-way, mutation of the source, and generator expressions as sole call arguments.
def trace(label, value):
    print("  eval", label)
    return value


# The first iterable is evaluated when the genexp is created; inner iterables each time they are reached.
g = (x * y for x in trace("outer", [1, 2]) for y in trace("inner", [10, 20]))
print("created")
print(list(g))

# Rebinding a name used by an inner clause after creation changes the result; rebinding the outer does not.
def rebinding():
    xs = [1, 2]
    ys = [10]
    gen = (x + y for x in xs for y in ys)
    xs = [100]
    ys = [1000]
    return list(gen)


print(rebinding())

# A failure half-way through a list comprehension produces no partial list.
data = [4, 2, 0, 8]
result = "unset"
try:
    result = [16 // d for d in data]
except ZeroDivisionError as e:
    print(type(e).__name__, e, result)

# The element expression may mutate the source list it iterates over.
source = [1, 2, 3]
grown = [source.append(v * 10) or v for v in source if v < 20]
print(grown, source)

# Iterating a dict while the comprehension adds to it fails.
d = {"a": 1}
try:
    [d.setdefault(k * 2, 0) for k in d]
except RuntimeError as e:
    print(type(e).__name__, e, d)

# A genexp as the only argument needs no extra parentheses; with more arguments it does.
print(sum(n for n in range(5)), sum((n for n in range(5)), 10))
print(max(len(w) for w in ["aa", "b", "cccc"]), sorted(c for c in "cab"))

# Conditional expression inside the iterable vs inside the element.
flag = False
print([v for v in ([1, 2] if flag else [3])], [v if flag else -v for v in [1, 2]])

# Comprehensions nested inside the iterable of another comprehension.
print([s for s in [n * n for n in range(4)] if s % 2 == 0])
print(sum(len(row) for row in [[c for c in word] for word in ["ab", "cde"]]))

# A generator that is only partially consumed never evaluates the rest.
def noisy(n):
    print("  produce", n)
    return n


partial = (noisy(n) for n in range(100))
print([next(partial) for _ in range(2)])

# zip of two generator expressions pulls from the first before finding the second exhausted.
left = (noisy(n) for n in range(3))
right = (n for n in [])
print(list(zip(left, right)), next(left))

# A list comprehension over a string with a filter that calls a method.
print([c for c in "Hello, World 42!" if c.isalpha() if c.islower()])
print(["".join(reversed(w)) for w in "never odd or even".split() if len(w) > 2])
