# Each exception of a chain has its own traceback, folded on its own.
def dig(n):
    if n == 0:
        raise KeyError("bottom")
    return dig(n - 1)


def climb(n):
    if n == 0:
        try:
            dig(6)
        except KeyError as e:
            raise ValueError("wrapped") from e
    return climb(n - 1)


def retry(n):
    if n == 0:
        try:
            climb(5)
        except ValueError:
            return {}["missing"]
    return retry(n - 1)


retry(4)
