# __format__: f-strings with format specs, format(), nested specs, and objects without __format__.
class Money:
    def __init__(self, cents, currency="EUR"):
        self.cents = cents
        self.currency = currency

    def __format__(self, spec):
        print(f"  __format__({spec!r})")
        amount = self.cents / 100
        if spec == "":
            return f"{amount:.2f} {self.currency}"
        if spec == "short":
            return f"{round(amount)}{self.currency[0]}"
        if spec.startswith("w"):
            width = int(spec[1:])
            return f"{amount:>{width}.2f}"
        return format(amount, spec)

    def __str__(self):
        return f"Money[{self.cents}]"


m = Money(123456)
print(f"{m}")
print(f"{m:short}")
print(f"[{m:w12}]")
print(f"{m:,.1f}")
print(format(m, "short"), format(m))
print(str(m), f"{m!s}")            # !s bypasses __format__
print("{} and {:short}".format(m, Money(-250, "USD")))
width = 9
print(f"<{m:w{width}}>")

# Format specs applied to the string produced by str() need an explicit conversion.
print(f"|{m!s:>14}|")


class Plain:
    def __str__(self):
        return "plain"


p = Plain()
print(f"{p}", format(p), format(p, ""))
try:
    print(f"{p:>10}")
except TypeError as e:
    print(type(e).__name__, e)
print(f"{p!s:>10}|")


class Temperature:
    def __init__(self, k):
        self.k = k

    def __format__(self, spec):
        unit = spec[-1:] if spec[-1:] in ("C", "F", "K") else "K"
        rest = spec[:-1] if spec[-1:] in ("C", "F", "K") else spec
        value = {"K": self.k, "C": self.k - 273.15, "F": (self.k - 273.15) * 9 / 5 + 32}[unit]
        return format(value, rest or ".1f") + unit


t = Temperature(300)
for spec in ["", "C", "F", ".3C", "8.0F", "+.2fK", "+.2K"]:
    try:
        print(repr(spec), "->", repr(format(t, spec)))
    except ValueError as e:
        print(repr(spec), "->", type(e).__name__, e)
rows = [Temperature(k) for k in (0, 273.15, 373.15)]
print(" ".join(f"{r:7.1fC}" for r in rows))


class BadFormat:
    def __format__(self, spec):
        return len(spec)


try:
    f"{BadFormat():abc}"
except TypeError as e:
    print(type(e).__name__, e)
