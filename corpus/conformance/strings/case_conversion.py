# Case methods: upper/lower/title/capitalize/swapcase/casefold and is* predicates, incl. unicode.

words = ["hello world", "HELLO World", "they're bill's friends", "hello-world_foo bar9baz",
         "ßtraße", "ǆemal", "İstanbul", "123abc", "", "mIxEd CaSe", "o'neil mcdonald"]
for w in words:
    print(repr(w))
    print("   upper", repr(w.upper()), "lower", repr(w.lower()))
    print("   title", repr(w.title()), "capitalize", repr(w.capitalize()))
    print("   swapcase", repr(w.swapcase()), "casefold", repr(w.casefold()))

print("ß".upper(), len("ß".upper()), "ﬁ".upper(), "Σ".lower(), "ΣΑΣ".lower(), "ὈΔΥΣΣΕΎΣ".lower())
print("Straße".casefold() == "STRASSE".casefold(), "Straße".lower() == "strasse")

for s in ["ABC", "abc", "Abc", "ABC1", "abc!", "", "123", "Hello World", "Hello world",
          "HeLLo", "ÀÉÎ", "éa"]:
    print(f"{s!r:14} isupper={s.isupper()!s:5} islower={s.islower()!s:5} istitle={s.istitle()}")

# Case-insensitive grouping and sorting
names = ["bob", "Alice", "alice", "Bob", "carol", "ALICE", "Émile", "eve"]
print(sorted(names))
print(sorted(names, key=str.lower))
print(sorted(names, key=lambda n: (n.lower(), n)))
groups = {}
for n in names:
    groups.setdefault(n.casefold(), []).append(n)
print(groups)

# Title-casing a headline while keeping small words lowercase
small = {"a", "an", "the", "of", "in", "on", "and"}

def headline(s):
    parts = s.lower().split()
    out = []
    for i, p in enumerate(parts):
        out.append(p if (p in small and i > 0) else p.capitalize())
    return " ".join(out)

print(headline("the lord OF the rings"), "|", headline("a tale of TWO cities"), "|", headline(""))
