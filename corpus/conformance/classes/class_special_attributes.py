# Setting and deleting a class's special attributes, and any attribute of a builtin class.


class A:
    """A's documentation."""
    x = 1


def attempt(action, *args):
    try:
        action(*args)
        print("done", args[1:])
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)


for name in ("__mro__", "__dict__", "__class__", "__name__", "__qualname__", "__module__",
             "__doc__", "__bases__", "x", "missing"):
    attempt(delattr, A, name)
for name in ("__mro__", "__dict__", "__class__"):
    attempt(setattr, A, name, 1)
attempt(setattr, A, "__module__", "elsewhere")
attempt(setattr, A, "__doc__", "new documentation")
print(A.__module__, A.__doc__, repr(A))
attempt(setattr, A, "__name__", "Renamed")
print(A.__name__, A.__qualname__, repr(A))
for builtin in (Exception, KeyError, object):
    attempt(setattr, builtin, "x", 1)
    attempt(delattr, builtin, "x")
    attempt(delattr, builtin, "__bases__")
for builtin in (int, list, str):
    attempt(setattr, builtin, "x", 1)
    attempt(delattr, builtin, "__name__")
    attempt(setattr, builtin, "__bases__", (object,))
a = A()
attempt(delattr, a, "__class__")
print(type(a).__name__)
