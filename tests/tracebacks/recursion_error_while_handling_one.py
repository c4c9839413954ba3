# A RecursionError caught deep down, and one raised while handling it: both fold.
def deep(n):
    return deep(n + 1)


def handler(n):
    if n == 0:
        try:
            deep(0)
        except RecursionError:
            handler(-1)
    return handler(n - 1)


handler(3)
