# Format-spec mini-language: fill/align, sign, #, 0, width, grouping (, and _), precision, types.

nums = [0, 7, -7, 1234567, -1234567]
specs = ["", "5", "<6", ">6", "^7", "=+8", "+", "-", " ", "08", "+08", ",", "_", "010,", "#x",
         "#o", "#b", "#010x", "_x", "_b", "X", "+#X"]
for spec in specs:
    out = []
    for n in nums:
        try:
            out.append("[" + format(n, spec) + "]")
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(f"{spec!r:>9}:", " ".join(out))

floats = [0.0, -0.0, 1.5, -2.25, 1234567.891, 1e-7, 3e20]
fspecs = ["", ".1f", "+.2f", " .0f", "010.2f", ",.2f", "_.3f", ".3e", ".2E", ".3g", "#.3g", "g",
          ".2%", "^+12.1f", "*<10.1f", "#.0f", ".0e", "-.1f"]
for spec in fspecs:
    print(f"{spec!r:>10}:", " ".join("[" + format(x, spec) + "]" for x in floats))

words = ["", "a", "word", "longer text"]
for spec in ["", "6", "<6", ">6", "^6", "*^7", ".2", "8.3", "-^5"]:
    print(f"{spec!r:>7}:", " ".join("[" + format(w, spec) + "]" for w in words))

# Zero-padding interacts with sign and prefix; '=' puts padding after the sign
for n in (42, -42):
    print(format(n, "=10"), format(n, "010"), format(n, "#010b"), format(n, "+010_"), format(n, "x^+10"))

# bools and None under format specs
print(format(True, "d"), format(True, ">6"), format(True, ""), format(False, "#x"), format(None, ""))
print(format(True, "^7"), format(True, ".2f"), format(1, "c") == chr(1), format(65, "c"), format(0x263A, "c"))
for bad in (-1, 0x110000):
    try:
        format(bad, "c")
    except OverflowError as e:
        print("OverflowError:", e)
