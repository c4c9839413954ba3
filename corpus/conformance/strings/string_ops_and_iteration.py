# String concatenation/repetition, comparisons, iteration patterns, membership and builtins over strings.

a, b = "abc", "abd"
print(a + b, a * 2, 2 * a, a * 0, repr(a * -3), a * True, "" * 100, "-" * 10)
print(a < b, a <= a, "abc" < "abcd", "b" > "abcd", "Z" < "a", "10" < "9", "" < "a", a == "a" + "bc")
print(min("hello"), max("hello"), sorted("hello"), sorted("hello", reverse=True), len("hello"))
print(list("abc"), tuple("ab"), set("aab") == {"a", "b"}, dict.fromkeys("aba"), list(""))

try:
    print("abc" * 2.5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("abc" < 3)
except TypeError as e:
    print("TypeError:", e)
print("abc" == 3, "3" != 3, "abc" in ["abc"], ["a"] == list("a"))

# Iteration patterns
word = "mississippi"
counts = {}
for ch in word:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print([(i, c) for i, c in enumerate("xyz")], list(zip("abc", "12")), list(reversed("abc")))
print([c for c in word if c not in "aeiou"], "".join(sorted(set(word))))
print(any(c.isdigit() for c in "abc1"), all(c.islower() for c in word), sum(ord(c) for c in "AB"))

it = iter("ab")
print(next(it), next(it), next(it, "done"))

# Run-length encoding and decoding
def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(s[i] + str(j - i))
        i = j
    return "".join(out)

def unrle(s):
    out = ""
    i = 0
    while i < len(s):
        ch = s[i]
        j = i + 1
        while j < len(s) and s[j].isdigit():
            j += 1
        out += ch * int(s[i + 1:j])
        i = j
    return out

for s in ("aaabccdddd", "", "abc", "zzzzzzzzzzzz"):
    enc = rle(s)
    print(repr(s), enc, unrle(enc) == s)

# Strings are immutable
s = "hello"
try:
    s[0] = "H"
except TypeError as e:
    print("TypeError:", e)
t = s
s += " world"
print(s, t, s is t)

# Building strings with += in a loop versus join
parts = ""
for i in range(5):
    parts += str(i) * i
print(parts, "".join(str(i) * i for i in range(5)) == parts)
print(str(), str(12), str(-1.5), str(None), str([1, "a"]), str(True) + str(False))
