# tauraro-bench: tiny=400 real=120000
# float workload: build Points from sin/cos, normalize each, fold with component-wise maximize/minimize
import math
from math import sin, cos, sqrt

SIZE = 400


class Point(object):
    def __init__(self, seed):
        angle = seed * 0.37
        self.x = x = sin(angle)
        self.y = cos(angle) * 3.0 - 0.5
        self.z = (x * x) / 2.0 + sin(seed) * 0.25

    def __repr__(self):
        return "Point(%.6f, %.6f, %.6f)" % (self.x, self.y, self.z)

    def length(self):
        return sqrt(self.x * self.x + self.y * self.y + self.z * self.z)

    def normalize(self):
        norm = self.length()
        if norm == 0.0:
            return self
        self.x /= norm
        self.y /= norm
        self.z /= norm
        return self

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self

    def minimize(self, other):
        self.x = min(self.x, other.x)
        self.y = min(self.y, other.y)
        self.z = min(self.z, other.z)
        return self


def fold(points, method_name):
    first = points[0]
    acc = Point(0)
    acc.x, acc.y, acc.z = first.x, first.y, first.z
    for p in points[1:]:
        getattr(acc, method_name)(p)
    return acc


def run(count):
    points = [Point(i) for i in range(count)]
    raw_mean = math.fsum(p.length() for p in points) / count
    for p in points:
        p.normalize()
    hi = fold(points, "maximize")
    lo = fold(points, "minimize")
    spread = math.fsum(abs(p.x) + abs(p.y) + abs(p.z) for p in points)
    return raw_mean, hi, lo, spread


def main(count):
    raw_mean, hi, lo, spread = run(count)
    print("points:", count)
    print("mean raw length: %.9f" % raw_mean)
    print("max:", hi)
    print("min:", lo)
    print("spread: %.6f" % spread)
    unit = Point(3).normalize()
    print("unit length ok:", abs(unit.length() - 1.0) < 1e-12, round(unit.length(), 9))
    print("negative zero:", -0.0, math.copysign(1.0, -0.0), 0.1 + 0.2, 1e16, 1.5e-7)


main(SIZE)
