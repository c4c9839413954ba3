# center/ljust/rjust/zfill/expandtabs: widths smaller than the string, odd padding, fill chars, signs.

for s in ["abc", "ab", "", "toolongvalue"]:
    for w in (0, 5, 6, 7):
        print(f"{w} [{s.center(w)}] [{s.center(w, '*')}] [{s.ljust(w, '.')}] [{s.rjust(w, '-')}]")

# With odd total padding, which side gets the extra fill char depends on the string and width parity
for s in ["a", "ab", "abc", "abcd"]:
    print(repr(s.center(6, "_")), repr(s.center(5, "_")))

for s in ["42", "-42", "+42", "", "-", "3.14", "-0.5", "abc", "007", "+-1"]:
    print(repr(s), repr(s.zfill(6)), repr(s.zfill(1)))
print((-7) == int(str(-7).zfill(5)), str(12345).zfill(3))

for bad in ("", "ab"):
    try:
        "x".center(5, bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    "x".ljust("5")
except TypeError as e:
    print("TypeError:", e)

print(repr("a\tb\tc".expandtabs()), repr("a\tbb\tccc".expandtabs(4)), repr("\t".expandtabs(0)))
print(repr("12345\t6\n1\t2".expandtabs(3)))

# Build a text table with the padding methods
rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("kiwi", 100, 1.75)]
header = "item".ljust(8) + "qty".rjust(5) + "price".rjust(8)
print(header)
print("=" * len(header))
for name, qty, price in rows:
    print(name.ljust(8) + str(qty).rjust(5) + str(price).rjust(8))
print("-" * len(header))
print("total".center(len(header), "~"))
print(str(sum(q * p for _, q, p in rows)).rjust(len(header)))

# Invoice numbers and a boxed title
for n in (1, 42, 1234567):
    print("INV-" + str(n).zfill(6))
title = "Report"
width = 20
print("+" + "-" * (width - 2) + "+")
print("|" + title.center(width - 2) + "|")
print("+" + "-" * (width - 2) + "+")
