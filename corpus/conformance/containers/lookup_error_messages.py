# KeyError and IndexError (and related TypeError) messages from container subscription, caught and printed.
def attempt(label, fn):
    try:
        result = fn()
    except LookupError as e:
        kind = "KeyError" if isinstance(e, KeyError) else "IndexError"
        print(f"{label:28} {type(e).__name__} [{kind}] str={str(e)} args={e.args}")
    except TypeError as e:
        print(f"{label:28} TypeError {e}")
    else:
        print(f"{label:28} ok {result!r}")


inventory = {"apple": 3, (1, 2): "pair", 0: "zero", "": "empty"}
items = [10, 20, 30]
point = (4, 5)
name = "ada"

attempt("dict missing str key", lambda: inventory["pear"])
attempt("dict tuple key", lambda: inventory[(1, 3)])
attempt("dict found tuple key", lambda: inventory[1, 2])
attempt("dict int key", lambda: inventory[1])
attempt("dict 0.0 key", lambda: inventory[0.0])
attempt("dict empty-string key", lambda: inventory[""])
attempt("dict None key", lambda: inventory[None])
attempt("dict unhashable key", lambda: inventory[[1]])
attempt("list index 3", lambda: items[3])
attempt("list index -4", lambda: items[-4])
attempt("list index -3", lambda: items[-3])
attempt("list str index", lambda: items["0"])
attempt("list float index", lambda: items[1.0])
attempt("list bool index", lambda: items[True])
attempt("tuple index", lambda: point[2])
attempt("str index", lambda: name[3])
attempt("str index -1", lambda: name[-1])
attempt("empty list", lambda: [][0])
attempt("nested", lambda: {"a": [1]}["a"][1])
attempt("range index", lambda: range(3)[3])
count = 5
nothing = None
attempt("int subscript", lambda: count[0])
attempt("None subscript", lambda: nothing["x"])


def assign(seq, i, v):
    seq[i] = v


def delete(seq, i):
    del seq[i]


attempt("list assign", lambda: assign(items, 5, 0))
attempt("list assign -1", lambda: assign(items, -1, 99))
attempt("tuple assign", lambda: assign(point, 0, 1))
attempt("list delete", lambda: delete(items, 9))
attempt("dict delete", lambda: delete(inventory, "kiwi"))
attempt("str delete", lambda: delete(name, 0))
print(items)

# KeyError with a non-string key or several args formats through repr of the args.
for exc in [KeyError("k"), KeyError(3), KeyError((1, 2)), KeyError(), KeyError("a", "b"), KeyError("")]:
    print(repr(str(exc)), exc.args)

# IndexError str is the plain message.
print(str(IndexError("list index out of range")), str(IndexError()), repr(IndexError(3)))

# Catching the shared base class.
def lookup(container, key):
    try:
        return container[key]
    except LookupError as e:
        return f"<{type(e).__name__}: {e}>"


print([lookup(c, k) for c, k in [({}, "x"), ([], 0), ("ab", 1), ({1: 2}, 1)]])
