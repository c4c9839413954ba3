# enumerate (with start), zip (uneven lengths), map over several iterables, filter (incl. None), reversed.
tasks = ["write", "test", "ship"]
print(list(enumerate(tasks)))
print(list(enumerate(tasks, start=1)), list(enumerate(tasks, -2)))
for n, t in enumerate(reversed(tasks), 10):
    print(n, t)
print(list(enumerate("")), list(enumerate([None])))

# enumerate and zip are lazy iterators that are consumed once.
e = enumerate("ab")
print(next(e), list(e), list(e))

# zip stops at the shortest input; zero inputs give nothing; one input gives 1-tuples.
names = ["ann", "bob", "cyd", "dan"]
ages = [31, 25, 40]
print(list(zip(names, ages)))
print(list(zip()), list(zip("xy")), list(zip(range(3), "abcdef", [True, False, None, 1])))
print(dict(zip(names, ages)))
left, right = zip(*[(1, "one"), (2, "two"), (3, "three")])
print(left, right)
print(list(zip(*[])))

# map with several iterables stops at the shortest too.
print(list(map(pow, [2, 3, 4], [5, 2])))
print(list(map(lambda a, b, c: a + b * c, [1, 2, 3], [10, 20, 30], [0, 1, 2])))
print(list(map(str.upper, ["a", "bc"])), list(map(len, ["", "xyz", [1, 2]])))
print(list(map(int, ["7", " -3 ", "0"])))
try:
    list(map(int, ["1", "two"]))
except ValueError as e:
    print(type(e).__name__, e)

# map is lazy: the function is only called as items are requested.
called = []
m = map(lambda v: called.append(v) or v * 2, [1, 2, 3])
print(called, next(m), called)

# filter with a function and with None (keeps truthy items).
mixed = [0, 1, "", "a", None, [], [0], False, 2.5, 0.0]
print(list(filter(None, mixed)))
print(list(filter(lambda v: isinstance(v, (int, float)) and not isinstance(v, bool), mixed)))
print(list(filter(str.isdigit, ["12", "x1", "", "007"])))
evens = filter(lambda n: n % 2 == 0, range(10))
print(next(evens), next(evens), sum(evens))

# reversed works on sequences and on objects with __len__ and __getitem__; not on iterators.
print(list(reversed([1, 2, 3])), "".join(reversed("abc")), list(reversed(range(1, 10, 3))), tuple(reversed((1,))))


class Deck:
    def __init__(self, cards):
        self.cards = cards

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, i):
        return self.cards[i]


print(list(reversed(Deck(["A", "K", "Q"]))))
try:
    reversed(iter([1, 2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)

# A small pipeline composing all of them.
scores = [72, 95, 58, 88, 61]
students = ["eve", "fay", "gil", "hal", "ida"]
passed = filter(lambda pair: pair[1] >= 60, zip(students, scores))
report = map(lambda t: f"{t[0]}#{t[1][0]}={t[1][1]}", enumerate(passed, 1))
print(list(report))
print([type(x).__name__ for x in (enumerate([]), zip(), map(len, []), filter(None, []), reversed([]))])
