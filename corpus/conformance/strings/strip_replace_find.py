# strip family with char sets, replace with counts, find/rfind/index/rindex with bounds, count.

s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixyx".strip("xy")), repr("xxhixyx".lstrip("x")), repr("xxhixyx".rstrip("yx")))
print(repr("www.example.com".strip("cmowz.")), repr("".strip()), repr("aaaa".strip("a")))
print(repr("<<a>>".strip("<>")), repr("abc".strip("")), repr(" a ".strip(None)))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "x".removeprefix("y"))

t = "the cat sat on the mat with the hat"
print(t.replace("the", "a"))
print(t.replace("the", "a", 2))
print(t.replace("at", ""), t.replace("", "-", 3), "".replace("", "X"), "abc".replace("", "|"))
print(t.replace("the", "the", -1) == t, t.replace("zzz", "y"), "aaaa".replace("aa", "b"))

for sub, args in [("the", ()), ("the", (5,)), ("the", (5, 20)), ("zz", ()), ("", ()),
                  ("", (100,)), ("hat", (-3,)), ("t", (-100, 3))]:
    print(repr(sub), args, t.find(sub, *args), t.rfind(sub, *args), t.count(sub, *args))

print("aaaa".count("aa"), "aaaa".count("a"), "abc".count(""), "".count(""), "ababab".count("aba"))

for sub in ("cat", "dog"):
    try:
        print(sub, t.index(sub), t.rindex(sub))
    except ValueError as e:
        print(sub, "ValueError:", e)
try:
    print(t.index("the", 30))
except ValueError as e:
    print("ValueError:", e)
try:
    print(t.rindex("x", 0, 100))
except ValueError as e:
    print("ValueError:", e)

print(t.startswith("the"), t.startswith("cat", 4), t.startswith(("a", "t")), t.endswith("hat"))
print(t.endswith("the", 0, 3), t.endswith(("mat", "hat", "bat")), "".startswith(""), "a".endswith(""))
try:
    t.startswith(["the"])
except TypeError as e:
    print("TypeError:", e)

# Find all occurrences, overlapping and not
def find_all(hay, needle):
    out = []
    i = hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out

print(find_all("banana", "ana"), find_all(t, "the"), find_all("aaa", "a"), find_all("abc", "d"))

# Cleaning user input
entries = ["  Alice ", "bob\n", "\tCAROL\t", "", "  "]
clean = [e.strip().capitalize() for e in entries if e.strip()]
print(clean)
