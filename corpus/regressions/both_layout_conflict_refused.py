# Both VMs made a class of two bases whose instances have different layouts (their own
# fields): CPython refuses it with "multiple bases have instance lay-out conflict".
try:
    class Both(AttributeError, StopIteration):
        pass
    print("made", Both.__mro__)
except TypeError as e:
    print("TypeError:", e)
