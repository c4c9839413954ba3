# str.format: automatic/manual numbering, keywords, indexing {0[1]}, attributes {p.x}, conversions, errors.

class Point(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.label = "P"
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

p = Point(2, -5)
data = {"alpha": 1, "beta": [10, 20, 30], "7": "seven-str", 7: "seven-int"}
seq = ["zero", "one", ("t0", "t1")]

print("{} + {} = {}".format(1, 2, 3))
print("{0} {1} {0} {2}".format("a", "b", "c"), "{1}{1}{0}".format("x", "y"))
print("{name} is {age} years".format(age=36, name="Ada"))
print("{0[1]} {0[2][0]} {0[2][1]}".format(seq))
print("{p.x},{p.y} {p.label} {p!r} {0.x}".format(p, p=p))
print("{d[alpha]} {d[beta][2]} {d[7]}".format(d=data))
print("{0[beta]} {0[beta][0]:>5} {1.y:+d}".format(data, p))
print("{!r} {!s} {!a} {!r:>8}".format("é", "é", "é", "é"))
print("{{}} {{{0}}} {{0}}".format(5), "{{{}}}".format("x"))
print("{:>8}|{:<8}|{:^8}|{:08.3f}".format("r", "l", "c", -3.14159))
print("{0:{1}} {0:{2}}".format(3.5, "8.2f", "e"))
print("{x:{w}.{p}}".format(x=2 / 3, w=10, p=3), "{:{}}".format("ab", 5), "|")
args = ["first", "second"]
kwargs = {"k": "kw"}
print("{0}-{1}-{k}".format(*args, **kwargs))
print("{}".format(None), "{}".format([1, (2,)]), "{0}".format({"a": 1}))

bad_cases = [
    ("{0} {}", ("a", "b"), {}),
    ("{} {0}", ("a", "b"), {}),
    ("{2}", ("a", "b"), {}),
    ("{}{}", ("only",), {}),
    ("{name}", (), {}),
    ("{0.missing}", (p,), {}),
    ("{0[5]}", (seq,), {}),
    ("{0[-1]}", (seq,), {}),
    ("{0[nokey]}", (data,), {}),
    ("{", (), {}),
    ("}", (), {}),
    ("{0!x}", (1,), {}),
    ("{0:d}", ("s",), {}),
    ("{:,s}", ("s",), {}),
]
for fmt, a, kw in bad_cases:
    try:
        print(repr(fmt.format(*a, **kw)))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(f"{fmt!r:14} {type(e).__name__}: {e}")

# Build a table with a reusable template and format_map-like dict expansion
template = "{id:>3} | {name:<10} | {price:>8.2f} | {stock:^7}"
items = [
    {"id": 1, "name": "keyboard", "price": 49.9, "stock": 12},
    {"id": 12, "name": "monitor", "price": 189.0, "stock": 0},
    {"id": 123, "name": "cable", "price": 4.25, "stock": 310},
]
print(template.replace(":>8.2f", ":>8").format(id="id", name="name", price="price", stock="stock"))
for it in items:
    print(template.format(**it))
print("{} items, {} in stock".format(len(items), sum(1 for it in items if it["stock"])))
