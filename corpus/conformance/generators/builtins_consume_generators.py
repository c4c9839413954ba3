# Generators fed to sorted, sum, zip, min, max, enumerate, dict; reuse after exhaustion.

pulled = []


def scores(data):
    for name, value in data:
        pulled.append(name)
        yield value


DATA = [("ann", 7), ("bob", -2), ("cy", 11), ("dee", 0)]

print(sorted(scores(DATA)), sorted(scores(DATA), reverse=True))
print(sum(scores(DATA)), sum(scores(DATA), 100), sum(scores([])))
print(min(scores(DATA)), max(scores(DATA)), max(scores([]), default="none"))
print(list(enumerate(scores(DATA), 1)))
print(dict(zip((n for n, _ in DATA), scores(DATA))))

# zip stops at the shortest input; it pulls one extra item from earlier inputs.
pulled.clear()
short = iter([1, 2])
print(list(zip(scores(DATA), short)))
print("pulled:", pulled)

pulled.clear()
print(list(zip(iter([1, 2]), scores(DATA))))
print("pulled with generator second:", pulled)


# A generator used after exhaustion yields nothing more.
def letters():
    yield "a"
    yield "b"


g = letters()
print(list(g), list(g), sum(1 for _ in g), sorted(g), next(g, "done"))
try:
    min(g)
except ValueError as e:
    print(type(e).__name__, e)

# Membership tests consume the generator up to the match.
g = letters()
print("a" in g, list(g))
g = letters()
print("z" in g, list(g))

# The same generator passed twice to zip pairs consecutive items.
def count_to(n):
    for i in range(1, n + 1):
        yield i


pair_source = count_to(7)
print(list(zip(pair_source, pair_source)))
print("left over:", list(pair_source))

# map and filter over generators are lazy too.
doubled = map(lambda v: v * 2, count_to(4))
evens = filter(lambda v: v % 4 == 0, doubled)
print(next(evens), list(evens), list(doubled))

# Unpacking and star-arguments drain a generator.
first, *rest = count_to(4)
print(first, rest)
print(*count_to(3), sep="-")
a, b, c = letters() if False else count_to(3)
print(a + b + c, max(count_to(5), key=lambda v: -v))

# Generators in sorted() with a key; ties keep the original order.
words = (w for w in ["pear", "fig", "kiwi", "date", "yam"])
print(sorted(words, key=len))
print(tuple(reversed(list(count_to(3)))), any(count_to(0)), all(count_to(0)))
