# A comparison in an if clause moves CPython's line for the clauses after it.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        self.n -= 1
        if self.n < 0:
            raise ValueError("counted out")
        return self.n


def pairs():
    return [
        (a, b)
        for a in range(2)
        if a >= 0
        for b in
        Countdown(
            2)
    ]


pairs()
