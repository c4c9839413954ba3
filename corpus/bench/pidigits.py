# tauraro-bench: tiny=150 real=3000
# pi digits via an unbounded big-integer spigot, printed ten per line with a running count
SIZE = 150


class Spigot(object):
    def __init__(self):
        self.k = 0
        self.numer = 1
        self.accum = 0
        self.denom = 1
        self.steps = 0

    def grow(self):
        self.k += 1
        k2 = 2 * self.k + 1
        self.accum = (self.accum + 2 * self.numer) * k2
        self.denom *= k2
        self.numer *= self.k
        self.steps += 1

    def probe(self, nth):
        return (self.numer * nth + self.accum) // self.denom

    def digits(self):
        while True:
            self.grow()
            if self.numer > self.accum:
                continue
            d = self.probe(3)
            if d != self.probe(4):
                continue
            yield d
            self.accum = (self.accum - self.denom * d) * 10
            self.numer *= 10


def main(n):
    spigot = Spigot()
    source = spigot.digits()
    line = []
    produced = 0
    histogram = [0] * 10
    while produced < n:
        d = next(source)
        histogram[d] += 1
        line.append(str(d))
        produced += 1
        if len(line) == 10:
            print("%s\t:%d" % ("".join(line), produced))
            line = []
    if line:
        print("%-10s\t:%d" % ("".join(line), produced))
    print("histogram:", histogram)
    print("spigot steps:", spigot.steps, "denominator bits:", spigot.denom.bit_length())
    print("numerator bits:", spigot.numer.bit_length(), "accumulator mod 1e9+7:",
          spigot.accum % 1000000007, "low digits:", str(spigot.denom % 10 ** 12).zfill(12))


main(SIZE)
