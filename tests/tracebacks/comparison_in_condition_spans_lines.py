# A comparison that fails in a multi-line condition is reported at the comparison's line.
def pick(value):
    if (value is not None and
            value
            < "limit"):
        return value


pick(3)
