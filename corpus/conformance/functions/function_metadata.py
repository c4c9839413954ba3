# Function metadata: __name__, __doc__, __defaults__, __kwdefaults__, and custom attributes.


def documented(a, b=1, *args, c, d=4, **kw):
    """Return a summary of the arguments.

    The docstring keeps its indentation as written."""
    return (a, b, args, c, d, kw)


def bare(x):
    return x


def only_string():
    "single-quoted docstring"


def not_a_docstring():
    value = 1
    "this string is not first, so it is not the docstring"
    return value


def first_expr_number():
    42
    return 0


print(documented.__name__, bare.__name__)
print(repr(documented.__doc__))
print(documented.__doc__.splitlines()[0])
print(bare.__doc__, repr(only_string.__doc__), not_a_docstring.__doc__, first_expr_number.__doc__)
print(only_string(), not_a_docstring())

print("defaults:", documented.__defaults__, bare.__defaults__)
print("kwdefaults:", documented.__kwdefaults__, bare.__kwdefaults__)


def kw_required(*, must):
    return must


print("required kw only ->", kw_required.__kwdefaults__, kw_required.__defaults__)

# Custom attributes live in __dict__.
bare.calls = 0
bare.tags = ["util"]
bare.calls += 2
print(bare.calls, bare.tags, sorted(bare.__dict__))
print(hasattr(bare, "calls"), hasattr(documented, "calls"), getattr(documented, "calls", "none"))
try:
    documented.calls
except AttributeError as e:
    print(type(e).__name__, e)

# Renaming and re-documenting a function object.
alias = bare
alias.__name__ = "renamed"
alias.__doc__ = "now documented"
print(bare.__name__, bare.__doc__, alias is bare)
try:
    alias()
except TypeError as e:
    print("error still names the original:", e)

# Changing __kwdefaults__ and __defaults__ alters later calls.
documented.__kwdefaults__ = {"c": "C", "d": "D"}
print(documented("A"))
documented.__defaults__ = ()
try:
    documented()
except TypeError as e:
    print(type(e).__name__, e)
print(documented(a=0, b=9, c=8))


# Methods: names and docstrings through the class and the instance.
class Shape:
    """A shape."""

    def area(self):
        """Area of the shape."""
        return 0

    def describe(self, unit="cm"):
        return "%s in %s" % (type(self).__name__, unit)


s = Shape()
print(Shape.__doc__, "|", Shape.area.__doc__, "|", s.area.__doc__)
print(Shape.area.__name__, s.describe.__name__, Shape.describe.__defaults__)
print(type(documented).__name__, type(s.describe).__name__, type(Shape).__name__)

# vars() on a function shows its attribute dictionary.
def plain():
    pass


print(vars(plain))
plain.level = 3
print(vars(plain))
