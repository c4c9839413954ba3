# int/float/str/bool/list/tuple/dict/set/frozenset constructors from many inputs, with their error messages.
def attempt(label, thunk):
    try:
        print(f"{label:26} {thunk()!r}")
    except (ValueError, TypeError, OverflowError) as e:
        print(f"{label:26} {type(e).__name__}: {e}")


# int
attempt("int()", lambda: int())
attempt("int(' -42 ')", lambda: int(" -42 "))
attempt("int('1_000')", lambda: int("1_000"))
attempt("int(-3.99)", lambda: int(-3.99))
attempt("int(True)", lambda: int(True))
attempt("int('ff', 16)", lambda: int("ff", 16))
attempt("int('0x1F', 0)", lambda: int("0x1F", 0))
attempt("int('0b101', 0)", lambda: int("0b101", 0))
attempt("int('z', 36)", lambda: int("z", 36))
attempt("int('12', 2)", lambda: int("12", 2))
attempt("int('3.0')", lambda: int("3.0"))
attempt("int('')", lambda: int(""))
attempt("int(None)", lambda: int(None))
attempt("int(float('inf'))", lambda: int(float("inf")))
attempt("int(float('nan'))", lambda: int(float("nan")))
attempt("int('010', 0)", lambda: int("010", 0))
# float
attempt("float()", lambda: float())
attempt("float(' 1e3 ')", lambda: float(" 1e3 "))
attempt("float('-inf')", lambda: float("-inf"))
attempt("float('nan') != itself", lambda: float("nan") != float("nan"))
attempt("float('1_0.5')", lambda: float("1_0.5"))
attempt("float(7)", lambda: float(7))
attempt("float('abc')", lambda: float("abc"))
attempt("float([1])", lambda: float([1]))
attempt("float(10**400)", lambda: float(10 ** 400))
# str and bool
attempt("str()", lambda: str())
attempt("str(None)", lambda: str(None))
attempt("str([1, 'a'])", lambda: str([1, "a"]))
attempt("str(1.0)", lambda: str(1.0))
attempt("str(-0.0)", lambda: str(-0.0))
attempt("str(1e16)", lambda: str(1e16))
attempt("bool()", lambda: bool())
attempt("bool('False')", lambda: bool("False"))
attempt("bool(0.0)", lambda: bool(0.0))
attempt("bool([[]])", lambda: bool([[]]))
# list, tuple
attempt("list('abc')", lambda: list("abc"))
attempt("list({'b': 1, 'a': 2})", lambda: list({"b": 1, "a": 2}))
attempt("list(range(3, 0, -1))", lambda: list(range(3, 0, -1)))
attempt("tuple([1, [2]])", lambda: tuple([1, [2]]))
attempt("tuple(x for x in 'hi')", lambda: tuple(x for x in "hi"))
attempt("list(5)", lambda: list(5))
attempt("tuple(None)", lambda: tuple(None))
# dict
attempt("dict()", lambda: dict())
attempt("dict(a=1, b=2)", lambda: dict(a=1, b=2))
attempt("dict([('a', 1), 'bc'])", lambda: dict([("a", 1), "bc"]))
attempt("dict({'a': 1}, a=2)", lambda: dict({"a": 1}, a=2))
attempt("dict(zip('ab', [1, 2]))", lambda: dict(zip("ab", [1, 2])))
attempt("dict([(1, 2, 3)])", lambda: dict([(1, 2, 3)]))
attempt("dict(['ab', 'c'])", lambda: dict(["ab", "c"]))
attempt("dict([1])", lambda: dict([1]))
# set, frozenset (small ints only, so their printed order is stable)
attempt("set()", lambda: set())
attempt("set([3, 1, 3, 2])", lambda: set([3, 1, 3, 2]))
attempt("set(range(0))", lambda: set(range(0)))
attempt("frozenset({1: 'a', 2: 'b'})", lambda: frozenset({1: "a", 2: "b"}))
attempt("sorted(set('banana'))", lambda: sorted(set("banana")))
attempt("set([[1]])", lambda: set([[1]]))
attempt("set(1)", lambda: set(1))

# Constructors copy: modifying the copy leaves the source alone.
src = [1, 2]
copy = list(src)
copy.append(3)
print(src, copy, list(src) is src, tuple((1, 2)) == (1, 2))

# Round trips.
n = -1234
print(int(str(n)) == n, float(repr(0.1)) == 0.1, int(hex(255), 16), int(bin(-5), 2), int(oct(8), 8))
