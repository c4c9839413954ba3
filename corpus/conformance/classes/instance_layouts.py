# Which classes may be bases of one class together: CPython's instance layouts.


class Plain:
    pass


class Other:
    pass


def make(*bases):
    try:
        cls = type("Made", bases, {})
    except TypeError as e:
        return "TypeError: " + str(e)
    return [k.__name__ for k in cls.__mro__]


class Both(Plain, Other):
    pass


print([k.__name__ for k in Both.__mro__])


class WithKey(Plain, KeyError):
    pass


print([k.__name__ for k in WithKey.__mro__])


class Lookups(KeyError, IndexError):
    pass


print([k.__name__ for k in Lookups.__mro__])


class Unbound(UnboundLocalError, NameError):
    pass


print([k.__name__ for k in Unbound.__mro__])

for first, second in ((AttributeError, StopIteration), (NameError, KeyError),
                      (StopIteration, ValueError), (MemoryError, ValueError),
                      (AttributeError, NameError), (StopIteration, StopIteration)):
    try:
        class Mixed(first, second):
            pass
        print(first.__name__, second.__name__, [k.__name__ for k in Mixed.__mro__])
    except TypeError as e:
        print(first.__name__, second.__name__, "TypeError:", e)


class MyStop(StopIteration):
    pass


try:
    class Mixed(MyStop, AttributeError):
        pass
except TypeError as e:
    print("MyStop, AttributeError: TypeError:", e)


class Stopping(MyStop, Plain):
    pass


print([k.__name__ for k in Stopping.__mro__])
print(Stopping(5).value)
