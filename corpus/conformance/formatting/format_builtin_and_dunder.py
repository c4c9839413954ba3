# format() builtin and user __format__: spec dispatch, default spec, str()/format() relationships, errors.

class Money(object):
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        print("  __format__ called with", repr(spec))
        amount = self.cents / 100
        if spec == "":
            return f"${amount:,.2f}"
        if spec.endswith("c"):
            return f"{self.cents:{spec[:-1]}d}c"
        return f"${amount:{spec}}"
    def __str__(self):
        return "Money(str)"
    def __repr__(self):
        return "Money(%d)" % self.cents

m = Money(123456)
print(format(m))
print(format(m, ">14,.2f"))
print(f"{m}|{m:10c}|{m!s}|{m!r}")
print("{}|{:.1f}|{!s:>12}".format(m, m, m))
print(str(m), repr(m), [m])

class Temperature(object):
    def __init__(self, celsius):
        self.celsius = celsius
    def __format__(self, spec):
        unit = spec[-1:] if spec[-1:] in ("C", "F", "K") else "C"
        rest = spec[:-1] if spec[-1:] in ("C", "F", "K") else spec
        value = {"C": self.celsius, "F": self.celsius * 9 / 5 + 32, "K": self.celsius + 273.15}[unit]
        return format(value, rest or ".1f") + "°" + unit

t = Temperature(21.5)
for spec in ("", "C", "F", "K", ".3F", "8.0K", "+.2C"):
    print(repr(spec), "->", format(t, spec))

# Objects without __format__ use str() only for the empty spec
class Plain(object):
    def __str__(self):
        return "plain!"

print(format(Plain()), f"{Plain()}", "{}".format(Plain()))
try:
    format(Plain(), "10")
except TypeError as e:
    print("TypeError:", e)

# __format__ must return a str
class Bad(object):
    def __format__(self, spec):
        return 42

try:
    format(Bad(), "x")
except TypeError as e:
    print("TypeError:", e)

# Builtin types
print(format(255, "x"), format(-3.5), format("s", "^3"), format([1, 2]), format((1,), ""))
print(format(1e100), format(10 ** 20), format(12.0), format(1 / 3, ".15g"), format(2 ** 70, ","))
try:
    format([1, 2], ">10")
except TypeError as e:
    print("TypeError:", e)
try:
    format(3, 5)
except TypeError as e:
    print("TypeError:", e)
print(format(3, ""), type(format(3)).__name__, format("text") == "text")
