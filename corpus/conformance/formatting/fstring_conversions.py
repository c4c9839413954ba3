# f-strings: !r/!s/!a conversions, = debugging specifier, quotes/braces escaping, expressions inside.

class Point(object):
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"

p = Point(3, "é")
name = "Zoë\n"
n = 42
print(f"{p} | {p!s} | {p!r} | {p!a}")
print(f"{name} | {name!r} | {name!a} | {name!s}")
print(f"{n!r} {n!s} {3.0!r} {None!r} {[1, 'a']!s} {('x',)!r} {True!a}")

# conversion then format spec: applies to the converted string
print(f"[{p!r:>20}] [{p!s:*^12}] [{name!r:<10}] [{n!r:>5}] [{'ab'!r:5}]")

# The = specifier keeps the expression text and uses repr by default
width = 7
print(f"{n=} {n = } {name=} {p=} {width*2=} {n=:>6} {p=!s} {3.14159=:.2f}")
print(f"{ n + 1 = }")

# Braces and quotes
print(f"{{literal}} {{{n}}} {'single'} {'double' if False else 'x'} {n:{'>'}{width}}")
d = {"key": "value", "n": 1}
print(f"{d['key']} {d['n'] + 1} {len(d)} {d}")
items = ["a", "b", "c"]
print(f"{', '.join(items)} {items[-1]} {items[::-1]} {items[1:]!r}")

# Arbitrary expressions, calls, ternaries and nested f-strings
def twice(v):
    return v * 2

print(f"{twice(n)} {twice('ab')} {n if n > 40 else -n} {(lambda: 'lam')()} {f'{n:04d}'}")
print(f"{n:#x} {n:b} {n / 8:.3f} {n // 8} {-n:+d} {[i * i for i in range(4)]}")

# Multi-line f-string built from parts
rows = [("alice", 31), ("bob", 4)]
lines = [f"{nm!r:>8}:{age:>4}" for nm, age in rows]
print("\n".join(lines))
print(f"total={sum(a for _, a in rows)!r} names={[nm for nm, _ in rows]!a}")

# __format__ vs __str__: with no __format__, a non-empty spec is an error
try:
    print(f"{p:>10}")
except TypeError as e:
    print("TypeError:", e)
print(f"{p!s:>10}|{p!r:.6}|")
