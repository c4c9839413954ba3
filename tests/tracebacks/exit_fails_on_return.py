# Leaving a with by return calls __exit__ at the `with` line.
class Manager:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        raise KeyError("on the way out")


def work():
    for i in range(3):
        with Manager():
            x = 1
            if i == 0:
                return x


work()
