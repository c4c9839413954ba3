# int() from strings in various bases, underscores, whitespace, signs, and the ValueError messages.

good = [
    ("42", 10), ("  -17  ", 10), ("+8", 10), ("1_000_000", 10), ("ff", 16), ("FF", 16),
    ("0xff", 16), ("0xff", 0), ("0o17", 0), ("0b1011", 0), ("-0x10", 0), ("z", 36),
    ("Zz", 36), ("777", 8), ("101", 2), ("0", 0), ("00", 0), ("0_0", 0), ("11", 3),
]
for text, base in good:
    print(f"int({text!r}, {base}) = {int(text, base)}")

bad = [
    ("", 10), ("  ", 10), ("12a", 10), ("0x", 16), ("08", 0), ("1__0", 10), ("_1", 10),
    ("2", 2), ("9", 8), ("3.5", 10), ("1e3", 10), ("- 5", 10), ("g", 16),
]
for text, base in bad:
    try:
        print(int(text, base))
    except ValueError as e:
        print("ValueError:", e)

for base in (1, 37, -1):
    try:
        int("10", base)
    except ValueError as e:
        print("base", base, "->", e)

# Base is only allowed for strings.
try:
    int(10, 2)
except TypeError as e:
    print("TypeError:", e)

# From floats and bools: truncation toward zero.
for x in (3.99, -3.99, 0.5, -0.5, 1e20, True, False):
    print(repr(x), "->", int(x))

# Round trip through bin/oct/hex and base 0 parsing.
for n in (0, 5, -5, 255, -256, 2 ** 70):
    texts = (bin(n), oct(n), hex(n))
    back = [int(t, 0) for t in texts]
    print(n, texts, all(v == n for v in back))

# Parsing a small config of numbers.
config = "width=80; height=0x30; depth=0o7; mask=0b1111_0000; offset=-12"
values = {}
for part in config.split(";"):
    key, raw = part.strip().split("=")
    values[key] = int(raw, 0)
print(values)
print(sum(values.values()))
