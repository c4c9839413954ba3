# Escape sequences in literals, raw strings, ord/chr round trips, code point ranges and their errors.

samples = ["tab:\there", "nl:\nend", "quote:\" and \'", "backslash:\\", "bell:\a",
           "hex:\x41\x62", "octal:\101\60\0end", "u:\u00e9\u4e2d", "U:\U0001F600", "named:\N{GREEK SMALL LETTER ALPHA}",
           "cr:\r", "vt/ff:\v\f", "nul:\0", "del:\x7f"]
for s in samples:
    print(len(s), repr(s), [ord(c) for c in s[-3:]])

raw = r"C:\new\table\x41"
print(raw, len(raw), repr(raw), raw.split("\\"))
print(r"\n" == "\\n", len(r"\n"), "\\" * 3, len("\\" * 3))
print("line one\
 continued", 'single "double" inside', "double 'single' inside")
print("""triple "quoted" with 'both' and
a newline""")
print("adjacent " "literals " 'are ' """joined""")

for ch in ["A", "z", "0", " ", "\n", "é", "€", "中", "😀", "\x00", "\U0010ffff"]:
    code = ord(ch)
    print(repr(ch), code, hex(code), chr(code) == ch, len(ch))

print("".join(chr(c) for c in range(65, 91)))
print("".join(chr(ord(c) + 1) for c in "HAL"), [chr(0x1F600 + i) for i in range(3)])

# Caesar cipher with ord/chr arithmetic
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

secret = caesar("Hello, World! xyz", 3)
print(secret, "|", caesar(secret, -3), "|", caesar("abc", -29))

for bad in (-1, 0x110000, -(2 ** 31)):
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
for bad in ("", "ab", 65):
    try:
        ord(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    chr("A")
except TypeError as e:
    print("TypeError:", e)

# Comparing strings compares code points
print("é" > "z", "Z" < "a", "a" < "aa", "\x00" < "", "" < "\x00", sorted(["é", "e", "E", "z", "É"]))
