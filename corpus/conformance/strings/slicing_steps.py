# String slicing: negative indices, steps (incl. negative), out-of-range bounds, slice objects, indexing errors.

s = "0123456789"
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[-3:-1], s[-1:-3], s[5:2], s[:], s[::])
print(s[::2], s[1::2], s[::3], s[::-1], s[::-2], s[8:2:-2], s[2:8:-1], s[-2::-3], s[:2:-1])
print(s[100:], s[-100:3], s[3:100], s[-100:100:5], s[5:-100:-1], repr(s[10:]), repr(s[0:0]))
print(s[0], s[-1], s[9], s[-10], s[len(s) - 1])

for i in (10, -11, 100):
    try:
        print(s[i])
    except IndexError as e:
        print(i, "IndexError:", e)
try:
    print(s[::0])
except ValueError as e:
    print("ValueError:", e)
try:
    print(s["1"])
except TypeError as e:
    print("TypeError:", e)
try:
    print(s[1.0])
except TypeError as e:
    print("TypeError:", e)

# slice objects and .indices
sl = slice(1, None, 3)
print(s[sl], sl.start, sl.stop, sl.step, sl, slice(5), slice(-3, None, -1))
for spec in (slice(None), slice(-3, None), slice(None, None, -1), slice(2, 100, 4), slice(-100, -5, 2)):
    print(spec, spec.indices(len(s)), repr(s[spec]))

# A slice with a None step is the same as step 1; bool indices work too
print(s[1:4:None], s[True], s[False:True + 2])

# Palindromes and rotations via slicing
def is_palindrome(word):
    letters = "".join(ch.lower() for ch in word if ch.isalnum())
    return letters == letters[::-1]

for w in ("Racecar", "A man, a plan, a canal: Panama", "python", "", "ab"):
    print(repr(w), is_palindrome(w))

def rotate(text, k):
    if not text:
        return text
    k %= len(text)
    return text[k:] + text[:k]

print([rotate("abcdef", k) for k in (0, 1, 2, -1, 6, 8)], rotate("", 3))

# Chunking and striding
data = "ABCDEFGHIJKLM"
print([data[i:i + 4] for i in range(0, len(data), 4)])
print([data[i::3] for i in range(3)])
print("".join(data[i] for i in range(len(data) - 1, -1, -4)))

# Unicode slices are by code point
u = "héllo wörld 🎉!"
print(len(u), u[1], u[-2], u[::-1], u[6:11].upper())
