# *args and **kwargs at call sites: what is accepted, and CPython's exact messages when not.
def describe(*args, **kwargs):
    return f"{args} {sorted(kwargs.items())}"


class Settings:
    """A mapping that is not a dict: keys() and [] are all ** needs."""

    def __init__(self, **values):
        self.values = values

    def keys(self):
        return list(self.values)

    def __getitem__(self, key):
        return self.values[key] * 10


class Greeter:
    def greet(self, name, punctuation="!"):
        return f"hello {name}{punctuation}"

    class Inner:
        def run(self, *steps):
            return len(steps)


print(describe(*range(3)))
print(describe(1, *"ab", 2, *[3]))
print(describe(**Settings(a=1, b=2)))
print(describe(*(1, 2), **Settings(x=3), y=4))
print(Greeter().greet(*["ann"], **{"punctuation": "?"}))
print({**Settings(k=1), "j": 2})


def attempt(label, thunk):
    try:
        result = thunk()
    except TypeError as e:
        print(f"{label:28} TypeError: {e}")
    else:
        print(f"{label:28} -> {result}")


attempt("lone *int", lambda: describe(*5))
attempt("*int after a value", lambda: describe(1, *5))
attempt("*int before a value", lambda: describe(*5, 1))
attempt("two stars", lambda: describe(*[1], *None))
attempt("**int", lambda: describe(**5))
attempt("**list", lambda: describe(**[("a", 1)]))
attempt("keyword then **int", lambda: describe(a=1, **7))
attempt("duplicate from **", lambda: describe(a=1, **{"a": 2}))
attempt("duplicate across **", lambda: describe(**{"a": 1}, **{"a": 2}))
attempt("duplicate after mapping", lambda: describe(**Settings(a=1), a=3))
attempt("non-string key", lambda: describe(**{1: 2}))
attempt("method *int", lambda: Greeter().greet(*5))
attempt("nested class method **", lambda: Greeter.Inner().run(**3))
attempt("class *int", lambda: Greeter(*5))
attempt("builtin *int", lambda: len(*5))
attempt("builtin **int", lambda: max(**5))
attempt("host method *int", lambda: [].append(*5))
attempt("lambda *None", lambda: (lambda *a: a)(*None))
attempt("list display *int", lambda: [0, *5])
attempt("tuple display *int", lambda: (*5,))
attempt("set display *int", lambda: {*5})
attempt("dict display **int", lambda: {**5})
attempt("too many from *", lambda: Greeter().greet(*"abc"))
