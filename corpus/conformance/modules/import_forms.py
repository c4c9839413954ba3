# Import forms: plain, aliased and from-imports of the allowed modules; unknown names fail.
import math as m
from math import pi as PI, sqrt
import random as rnd


def circle(r):
    return PI * r * r


print(round(circle(2), 6), sqrt(2) == m.sqrt(2), m.pi == PI)
print(type(m).__name__, m.__name__, rnd.__name__)
rnd.seed(7)
first = rnd.random()
rnd.seed(7)
print(first == rnd.random())


def local_import():
    import math
    return math.floor(2.7)


print(local_import())
try:
    print(m.this_does_not_exist)
except AttributeError as e:
    print("AttributeError:", e)
print(m.cos(0), m.atan2(1, 1) * 4 == PI)
print(m.no_such_function(1))
