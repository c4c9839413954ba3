# repr()/ascii()/str() of strings: quote selection, escaping of controls and non-printables, unicode.

cases = [
    "plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\tnew\nret\r",
    "", " ", "\x00\x01\x1f", "\x7f\x80\x9f\xa0", "café", "naïve ☕", "中文", "😀🎉",
    "\u200b zero width", "\u2028sep", "\ufeffbom", "\xad soft", "'\"'", "\\'",
]
for s in cases:
    print(repr(s), ascii(s), len(repr(s)))

# str() of a string is itself; containers use repr of elements
s = "it's"
print(s, str(s), [s, "x\ny"], (s,), {"k": s}, {"\u00e9": "é"})
print(repr(repr("a")), repr(str(5)), repr(ascii("é")), ascii(["é", 1, "a'b"]))

# repr round trips through the literal form
round_trip = [r for r in cases if "\\" not in repr(r)]
print(len(round_trip), "cases need no escapes")

# Printing a string versus printing its repr in an f-string
name = "O'Brien\n"
print(f"{name}|{name!r}|{name!a}|{name!s}")

# ascii() on objects that define __repr__ escapes what __repr__ returns
class Label(object):
    def __init__(self, text):
        self.text = text
    def __repr__(self):
        return "Label(" + repr(self.text) + ")"
    def __str__(self):
        return "<" + self.text + ">"

lab = Label("naïve")
print(lab, repr(lab), ascii(lab), str(lab), [lab], f"{lab}", f"{lab!r}", f"{lab!a}")

# Choosing quotes: repr prefers single quotes unless the string has ' and no "
for s in ["a'b", 'a"b', "a'b\"c", "''", '""']:
    r = repr(s)
    print(s, r, r[0])
