# The math module: constants, roots, trigonometry, rounding helpers and domain errors.
import math


def polygon_area(points):
    total = 0.0
    for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1]):
        total += x1 * y2 - x2 * y1
    return abs(total) / 2


def describe_triangle(a, b, c):
    s = (a + b + c) / 2
    area = math.sqrt(s * (s - a) * (s - b) * (s - c))
    angle_c = math.degrees(math.acos((a * a + b * b - c * c) / (2 * a * b)))
    return round(area, 6), round(angle_c, 6)


square = [(0, 0), (2, 0), (2, 2), (0, 2)]
print("square area", polygon_area(square))
print("3-4-5", describe_triangle(3, 4, 5))
print("pi/tau/e", round(math.pi, 10), round(math.tau, 10), round(math.e, 10))
print("hypot", math.hypot(3, 4), math.dist((0, 0), (6, 8)))
print("floor/ceil/trunc", math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(7))
print("gcd/lcm", math.gcd(84, 36), math.lcm(4, 6, 10), math.isqrt(99), math.factorial(12))
print("comb/perm", math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]))
print("fsum", math.fsum([0.1] * 10), sum([0.1] * 10))
print("isclose", math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.001, rel_tol=1e-2))
print("special", math.inf > 10 ** 100, math.isinf(-math.inf), math.isnan(math.nan))
print("copysign", math.copysign(3, -0.0), math.fabs(-4), math.fmod(-7, 3), -7 % 3)
print("modf/frexp", math.modf(3.75), math.frexp(12.0), math.ldexp(0.75, 4))
print("log", math.log(8, 2), math.log2(1024), math.log10(0.001), round(math.exp(1), 12))
for bad in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1),
            lambda: math.acos(2)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
