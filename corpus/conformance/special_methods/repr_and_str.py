# __repr__ and __str__: print, str(), repr(), containers always use repr, f-string conversions, fallbacks.
class Card:
    suits = {"h": "hearts", "s": "spades"}

    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit

    def __repr__(self):
        return f"Card({self.rank!r}, {self.suit!r})"

    def __str__(self):
        return f"{self.rank} of {Card.suits[self.suit]}"


class OnlyRepr:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"<OnlyRepr n={self.n}>"


class OnlyStr:
    def __str__(self):
        return "only-str"


c = Card(10, "h")
print(c)
print(str(c), "|", repr(c))
print([c, Card("Q", "s")])
print((c,), {"top": c}, {1: [c]})
print(f"{c} / {c!r} / {c!s} / {c!a}")
print("%s -- %r" % (c, c))
print("joined: " + ", ".join(str(x) for x in [c, Card(2, "s")]))

o = OnlyRepr(3)
print(o, str(o), [o], f"{o}")

s = OnlyStr()
print(s, f"[{s}]", str(s))
print(repr([s]).startswith("[<"), "object at" in repr(s))

# A nested container of objects uses repr all the way down.
hand = {"north": [Card("A", "s"), OnlyRepr(0)], "south": []}
print(hand)

# ascii() escapes non-ASCII characters in the repr.
class Word:
    def __init__(self, text):
        self.text = text

    def __repr__(self):
        return f"Word({self.text!r})"

    def __str__(self):
        return self.text


w = Word("café")
print(w, repr(w), ascii(w), ascii([w]))


# __str__ / __repr__ must return strings.
class BadRepr:
    def __repr__(self):
        return 42


class BadStr:
    def __str__(self):
        return None

    def __repr__(self):
        return "BadStr()"


for obj, fn in [(BadRepr(), repr), (BadStr(), str), (BadStr(), repr)]:
    try:
        print(fn(obj))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
