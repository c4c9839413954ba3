"""CPython's rule for the hash of an object whose `__hash__` returned an int: part of the
language's definition, shared by the VMs (each still calls `__hash__` its own way).

The int itself where it fits a signed machine word, -1 excepted (CPython's error value, so -2
stands for it); beyond a word, the int's own hash (CPython's slot_tp_hash).
"""

WORD = 2 ** 63


def hash_of_result(result):
    """The hash of an object whose __hash__ returned the int (or int subclass) `result`."""
    if -WORD <= result < WORD:
        return -2 if result == -1 else int(result)
    return hash(result)
