# Positional and keyword arguments, keyword-only parameters, and argument evaluation order.

log = []


def note(label, value):
    log.append(label)
    return value


def describe(a, b, c=3, *, sep="-", upper=False):
    text = sep.join(str(v) for v in (a, b, c))
    return text.upper() if upper else text


print(describe(1, 2))
print(describe(1, 2, 4))
print(describe(c=9, b=8, a=7))
print(describe(1, c=5, b=6, sep="+"))
print(describe("x", "y", upper=True, sep=""))

# Arguments are evaluated left to right, keywords in the order written.
result = describe(note("first", 1), c=note("third", 3), b=note("second", 2),
                  sep=note("fourth", ":"))
print(result, log)

# The function expression itself is evaluated before any argument.
log.clear()


def pick(name):
    log.append("pick " + name)
    return describe


print(pick("fn")(note("arg", "p"), note("kw", "q")), log)


# Keyword-only after *args and with no default.
def connect(host, *ports, timeout, retries=2):
    return "%s ports=%s timeout=%s retries=%d" % (host, list(ports), timeout, retries)


print(connect("alpha", timeout=5))
print(connect("beta", 80, 443, timeout=1.5, retries=0))
print(connect(timeout=None, host="gamma"))
print("kwdefaults:", connect.__kwdefaults__)
print("defaults:", connect.__defaults__)
print("describe kwdefaults:", describe.__kwdefaults__, "defaults:", describe.__defaults__)


# A bare * makes everything after it keyword-only.
def area(*, width, height=1):
    return width * height


print(area(width=4), area(height=3, width=-2))
try:
    area(4, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    area(height=2)
except TypeError as e:
    print(type(e).__name__, e)


# Keyword arguments that match positional parameters by name.
def span(lo, hi):
    return list(range(lo, hi))


print(span(hi=3, lo=-2), span(0, hi=0))
args_seen = []
for kwargs in ({"lo": 1, "hi": 4}, {"hi": 1, "lo": 4}):
    args_seen.append(span(**kwargs))
print(args_seen)
