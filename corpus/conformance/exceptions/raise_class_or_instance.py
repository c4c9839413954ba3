# raise with a class or an instance, re-raising stored exceptions, and invalid raise targets.
class ParseError(Exception):
    pass


def parse_digit(ch):
    if not ch:
        raise ParseError                       # a class: instantiated with no args
    if not ch.isdigit():
        raise ParseError(f"not a digit: {ch!r}", ch)
    return int(ch)


for ch in ["7", "", "x", "0"]:
    try:
        print("parsed", parse_digit(ch))
    except ParseError as e:
        print(type(e).__name__, repr(str(e)), e.args, isinstance(e, Exception))

# The same instance can be raised more than once; it is the very same object.
saved = ValueError("shared")
caught = []
for attempt in range(2):
    try:
        raise saved
    except ValueError as e:
        caught.append(e)
print(caught[0] is caught[1], caught[0] is saved, caught)


# Raising an exception class from a variable, chosen at run time.
def fail_with(kind, *args):
    raise kind(*args)


for kind in (KeyError, IndexError, ZeroDivisionError, RuntimeError):
    try:
        fail_with(kind, "msg", 1)
    except Exception as e:
        print(type(e).__name__, e.args)

# Things that are not exceptions cannot be raised.
for bad in ["a string", 42, None, object, int]:
    try:
        raise bad
    except TypeError as e:
        print(type(bad).__name__, "->", type(e).__name__, e)


class NotAnException:
    pass


try:
    raise NotAnException()
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise NotAnException
except TypeError as e:
    print(type(e).__name__, e)

# A class whose constructor fails: the TypeError from __init__ arguments is what propagates.
class NeedsArgs(Exception):
    def __init__(self, a, b):
        super().__init__(a + b)


try:
    raise NeedsArgs
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise NeedsArgs(2, 3)
except NeedsArgs as e:
    print(type(e).__name__, e, e.args)
