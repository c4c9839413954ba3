# Tuple/list unpacking, nested targets and starred targets (first, *rest / *init, last / a, *mid, b).
log_line = "2024-05-01 12:30:00 WARN disk almost full on /var"
date, time, level, *words = log_line.split()
print(date, time, level, words)
*path, leaf = "usr/local/lib/python".split("/")
print(path, leaf)
first, *middle, last = range(6)
print(first, middle, last)

# The starred target is always a list, even from a tuple or a string, and may be empty.
a, *rest = (1,)
print(a, rest, type(rest).__name__)
*init, z = "z"
print(init, z)
x, *mid, y = "xy"
print(x, mid, y)
*everything, = (4, 5, 6)
print(everything)
[*only] = {"k": 1, "j": 2}
print(only)

# Nested targets, with and without stars.
(a, b), c = [1, 2], 3
print(a, b, c)
((r, g, b), alpha), name = ((255, 128, 0), 0.5), "orange"
print(r, g, b, alpha, name)
(head, *body), tail = "hello", "!"
print(head, body, tail)
k, [v1, *vs] = ("key", (10, 20, 30))
print(k, v1, vs)

# Targets can be subscriptions and attributes, filled left to right.
class Point:
    pass


p = Point()
buf = [0, 0, 0]
p.x, p.y, buf[2] = 3, 4, 5
print(p.x, p.y, buf)
buf[0], *buf[1:] = "abc"     # star into a slice target
print(buf)

# Unpacking any iterable: dicts give keys, sets of ints, generators, ranges.
one, two = {"one": 1, "two": 2}
print(one, two)
lo, hi = sorted({9, 2})
print(lo, hi)
sq0, sq1, sq2 = (n * n for n in range(3))
print(sq0, sq1, sq2)
start, *_, end = range(100)
print(start, end, len(_))

# Star expressions in displays and calls.
left = [1, 2]
right = (3, 4)
print([*left, *right, *"ab"], (*left, 0), {*left, *right})
merged = {**{"a": 1, "b": 2}, "b": 20, **{"c": 3}}
print(merged)


def describe(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"


print(describe(*left, 9, *right, sep="-", **{"end": "."}))
print(describe(*[], **{}))

# Unpacking a row of records in a loop.
rows = [("alice", 31, "nyc", "admin"), ("bob", 25, "sf"), ("cy", 40)]
for name, age, *extra in rows:
    city = extra[0] if extra else "?"
    print(f"{name:6}{age:3} {city:4} extras={extra[1:]}")
