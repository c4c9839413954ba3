# Builtins called wrongly: the exception type and message of each, caught and printed.
class Opaque:
    pass


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


def check(expr, thunk):
    try:
        value = thunk()
    except Exception as e:
        print(f"{expr:32} {type(e).__name__}: {e}")
    else:
        print(f"{expr:32} -> {value!r}")


exhausted = iter([])
check("len(5)", lambda: len(5))
check("len(Opaque())", lambda: len(Opaque()))
check("len(Sized(3))", lambda: len(Sized(3)))
check("len(Sized(-1))", lambda: len(Sized(-1)))
check("len()", lambda: len())
check("len([1], [2])", lambda: len([1], [2]))
check("int('abc')", lambda: int("abc"))
check("int('12', base=1)", lambda: int("12", base=1))
check("int(12, 10)", lambda: int(12, 10))
check("float('1,5')", lambda: float("1,5"))
check("next(exhausted)", lambda: next(exhausted))
check("next(exhausted, 0)", lambda: next(exhausted, 0))
check("enumerate(5)", lambda: enumerate(5))
check("zip([1], 2)", lambda: zip([1], 2))
check("list(map(5, [1]))", lambda: list(map(5, [1])))
check("list(filter(5, [1]))", lambda: list(filter(5, [1])))
check("sorted([3, 1], len)", lambda: sorted([3, 1], len))
check("sorted([3, 1], key=len)", lambda: sorted([3, 1], key=len))
check("range(1.0)", lambda: range(1.0))
check("range()", lambda: range())
check("round('1.5')", lambda: round("1.5"))
check("round(2.5, 1.0)", lambda: round(2.5, 1.0))
check("divmod('7', 2)", lambda: divmod("7", 2))
check("abs(None)", lambda: abs(None))
check("chr(65.0)", lambda: chr(65.0))
check("isinstance(1)", lambda: isinstance(1))
check("getattr(Opaque())", lambda: getattr(Opaque()))
check("hasattr(Opaque(), 1)", lambda: hasattr(Opaque(), 1))
check("setattr(Opaque(), 'a')", lambda: setattr(Opaque(), "a"))
check("delattr(Opaque(), 'a')", lambda: delattr(Opaque(), "a"))
check("'-'.join([1, 2])", lambda: "-".join([1, 2]))
check("sum([[1], [2]])", lambda: sum([[1], [2]]))
check("dict.fromkeys(5)", lambda: dict.fromkeys(5))
check("frozenset(5)", lambda: frozenset(5))
check("tuple((1, 2), 3)", lambda: tuple((1, 2), 3))
check("print(1, sep=5)", lambda: print(1, sep=5))
check("print(1, end=[])", lambda: print(1, end=[]))
check("bool(1, 2)", lambda: bool(1, 2))
check("hex('ff')", lambda: hex("ff"))
check("bin(2.0)", lambda: bin(2.0))
check("iter()", lambda: iter())
check("min(1)", lambda: min(1))
check("max([], key=len)", lambda: max([], key=len))
check("issubclass(int, 'int')", lambda: issubclass(int, "int"))
check("vars(1, 2)", lambda: vars(1, 2))
check("slice()", lambda: slice())
check("[1, 2][slice('a', 'b')]", lambda: [1, 2][slice("a", "b")])
check("callable()", lambda: callable())
check("ord(None)", lambda: ord(None))
check("format(1, 5)", lambda: format(1, 5))
check("repr()", lambda: repr())
check("list.index([1], 2)", lambda: [1].index(2))
check("{}.pop()", lambda: {}.pop())
check("[].sort(reverse=None)", lambda: [2, 1].sort(reverse=None))
