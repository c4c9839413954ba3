# Iterating an object that has only __getitem__: the old sequence protocol, and the language's
# own `iterator` object it yields (its type, its methods, and that it stays exhausted).


class Squares:
    def __init__(self, limit):
        self.limit = limit
        self.calls = 0

    def __getitem__(self, index):
        self.calls += 1
        if index >= self.limit:
            raise IndexError(index)
        return index * index


class StopsEarly:
    def __getitem__(self, index):
        if index == 2:
            raise StopIteration
        return index


it = iter(Squares(4))
print(type(it), type(it).__name__)
print(next(it), it.__next__(), list(it), list(it))
print(iter(it) is it, it.__iter__() is it)
print(isinstance(it, type(iter(Squares(1)))))
print(list(StopsEarly()), sum(Squares(5)), 9 in Squares(4), 10 in Squares(4))
print(sorted(Squares(4), reverse=True), max(Squares(3)), dict(enumerate(Squares(3))))
a, b, c = Squares(3)
print(a, b, c)

squares = Squares(3)
exhausted = iter(squares)
print(list(exhausted), squares.calls)
squares.limit = 10
print(list(exhausted), squares.calls)    # exhausted for good: __getitem__ is not called again

try:
    type(it)(Squares(2))
except TypeError as e:
    print("TypeError:", e)
try:
    print(it.gi_frame)
except AttributeError as e:
    print("AttributeError:", e)


class Broken:
    def __getitem__(self, index):
        raise KeyError(index)


for x in Broken():
    print(x)
