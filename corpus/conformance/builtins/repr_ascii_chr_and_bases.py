# repr/ascii/str of tricky values, ord/chr round trips, hex/oct/bin of negatives, and format() specs.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\tnew\nline", "back\\slash", "", "café", "\x00\x7f", "snow☃"]
for s in samples:
    print(f"{len(s):2} repr={repr(s)} ascii={ascii(s)}")

print(repr(1.0), repr(1e-7), repr(0.1 + 0.2), repr(-0.0), repr(1e22), repr(123456789012345678.0))
print(repr([1, "a", None, True, 2.5, (3,)]), ascii(["é", ("ü",)]), repr({"k": [1, {2}]}))
print(repr(()), repr((1,)), repr([]), repr({}), repr(set()), repr(frozenset()), repr(range(2)))
print(str("x"), repr(repr("x")), str(None), repr(None), ascii(None), ascii(42))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"Money({self.cents})"

    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"

    def __format__(self, spec):
        if spec == "short":
            return f"{self.cents // 100}$"
        return format(str(self), spec)


m = Money(1234)
print(m, repr(m), [m], str([m]), ascii(m), f"{m}|{m!r}|{m:short}|{m:>10}|")
print(format(m, "*^12"), format(m, "short"))

# ord and chr.
for ch in ["A", "a", "0", " ", "\n", "é", "€", "☃"]:
    print(repr(ch), ord(ch), hex(ord(ch)), chr(ord(ch)) == ch)
print(chr(65), chr(0x1F600) == "\U0001F600", chr(0) == "\x00", "".join(chr(c) for c in range(97, 103)))
for bad in [lambda: ord(""), lambda: ord("ab"), lambda: chr(-1), lambda: chr(0x110000), lambda: ord(5), lambda: chr("a")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# Caesar cipher with ord/chr arithmetic.
def caesar(text, shift):
    out = []
    for c in text:
        if "a" <= c <= "z":
            out.append(chr((ord(c) - ord("a") + shift) % 26 + ord("a")))
        elif "A" <= c <= "Z":
            out.append(chr((ord(c) - ord("A") + shift) % 26 + ord("A")))
        else:
            out.append(c)
    return "".join(out)


secret = caesar("Hello, World!", 3)
print(secret, caesar(secret, -3), caesar("xyz", 29))

# hex/oct/bin include the sign before the prefix.
for n in [0, 1, 255, -255, 2 ** 40, -1]:
    print(n, hex(n), oct(n), bin(n))
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)

# format() with common specs.
print(format(255, "x"), format(255, "#X"), format(255, "08b"), format(-255, "#o"), format(5, "+d"))
print(format(1234567.891, ",.2f"), format(0.5, ".0%"), format(3.14159, "e"), format(-2, "05d"))
print(format("left", "<8") + "|", format("mid", "^9") + "|", format("right", ">8") + "|", format(42, "_>6"))
print(format(1e21), format(12.0, "g"), format(0.0001234, ".2g"), format(True), format(True, "d"), format(None))
try:
    format("text", "d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(3.5, "x")
except ValueError as e:
    print(type(e).__name__, e)
