# print() with sep, end, file and flush: a program's own file-like objects receive each piece.
class Recorder:
    def __init__(self, name):
        self.name = name
        self.pieces = []
        self.flushes = 0

    def write(self, text):
        self.pieces.append(text)
        return len(text)

    def flush(self):
        self.flushes += 1

    def text(self):
        return "".join(self.pieces)


log = Recorder("log")
print("start", 1, 2.5, [3], sep="|", end=";\n", file=log)
print(file=log)
print("flushed", file=log, flush=True)
print("not flushed", file=log, flush=0)
print(log.pieces)
print(repr(log.text()), log.flushes)

# file=None means standard output; sep=None and end=None mean the defaults.
print("to", "stdout", file=None, sep=None, end=None)


class Upper(Recorder):
    def write(self, text):
        return super().write(text.upper())


shout = Upper("shout")
for word in ("alpha", "beta"):
    print(word, len(word), sep=":", file=shout)
print(shout.text().split())

# Keyword arguments can come from a mapping too.
options = {"sep": ", ", "end": ".\n"}
print("a", "b", "c", **options)
print("x", "y", **options, file=log)
print(log.pieces[-4:])


def attempt(label, thunk):
    try:
        thunk()
    except (TypeError, AttributeError) as e:
        print(label, type(e).__name__, e)


attempt("no write", lambda: print("x", file=42))
attempt("bad sep", lambda: print("x", sep=1))
attempt("bad end", lambda: print("x", end=0))
attempt("unknown keyword", lambda: print("x", colour="red"))
attempt("unknown via mapping", lambda: print("x", **{"size": 3}))


class NoFlush:
    def write(self, text):
        pass


attempt("no flush", lambda: print("x", file=NoFlush(), flush=True))
