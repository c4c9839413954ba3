# __exit__ runs at the `with` line; the body's exception keeps its own entry.
class Manager:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        raise ValueError("exit failed")


def work():
    with Manager(), \
         Manager():
        x = 1
        y = x / 0


work()
