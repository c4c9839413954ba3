# The values the reachability test starts from, besides every builtin and module: one of
# each kind of object a program can make (tests/test_sandbox.py).
import math
import random


class Base:
    def method(self):
        return 1

    @property
    def prop(self):
        return 2

    @staticmethod
    def static():
        return 3

    @classmethod
    def klass(cls):
        return cls


class Derived(Base):
    def sup(self):
        return super()


class Sequence:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError(i)
        return i


class Manager:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        global saved_tb
        saved_tb = tb
        return True


def gen():
    yield 1
    yield 2


def outer():
    x = 1

    def inner():
        return x
    return inner


try:
    1 / 0
except ZeroDivisionError as e:
    caught = e

with Manager():
    raise ValueError("inside")

values = [
    1, 2 ** 70, True, 1.5, "text", None, NotImplemented, [1, 2], (1, 2), {"k": 1}, {1, 2},
    frozenset({1}), range(3), slice(1, 2), {}.keys(), {}.values(), {}.items(), iter([1]),
    iter((1,)), iter("ab"), iter({1: 2}), iter({1}), iter(range(2)), reversed([1]), enumerate([1]),
    zip([1]), map(abs, [1]), filter(None, [1]), Base, Derived, Base(), Derived().sup(),
    Base().method, Base.static, Base.klass, Base().prop, iter(Sequence()), gen(), gen,
    (x for x in [1]), lambda: 0, outer(), caught, saved_tb, ValueError,
    list[int], [].append, (1).__add__, str.join, int.__add__, dict.fromkeys, int.real,
    math.sqrt, random.choice, random.random, property(len), staticmethod(len),
    classmethod(len), type(iter([])), type(len), type([].append), type(list[int]),
    type(random.choice), type(iter(Sequence())), type(gen()), type(saved_tb), math, random,
    "{0}".format, str.format, "x".format_map, len, print, super, type, object,
]
