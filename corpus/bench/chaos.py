# tauraro-bench: tiny=800 real=100000
# chaos game: Barnsley-fern IFS and a pentagon chaos game driven by a home-made 64-bit LCG, binned to grids
import math

SIZE = 800

MASK64 = (1 << 64) - 1


class LCG(object):
    def __init__(self, seed):
        self.state = seed & MASK64

    def next_bits(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) & MASK64
        return self.state >> 33

    def uniform(self):
        return self.next_bits() / 2147483648.0

    def below(self, n):
        return self.next_bits() % n


class AffineMap(object):
    def __init__(self, a, b, c, d, e, f, weight):
        self.a, self.b, self.c, self.d, self.e, self.f = a, b, c, d, e, f
        self.weight = weight

    def __call__(self, x, y):
        return self.a * x + self.b * y + self.e, self.c * x + self.d * y + self.f


FERN = [
    AffineMap(0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 0.01),
    AffineMap(0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 0.85),
    AffineMap(0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 0.07),
    AffineMap(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 0.07),
]


class Grid(object):
    def __init__(self, width, height, x0, x1, y0, y1):
        self.width, self.height = width, height
        self.x0, self.x1, self.y0, self.y1 = x0, x1, y0, y1
        self.cells = [[0] * width for _ in range(height)]
        self.outside = 0

    def add(self, x, y):
        col = int((x - self.x0) / (self.x1 - self.x0) * self.width)
        row = int((self.y1 - y) / (self.y1 - self.y0) * self.height)
        if 0 <= col < self.width and 0 <= row < self.height:
            self.cells[row][col] += 1
        else:
            self.outside += 1

    def checksum(self):
        total = 0
        for r, row in enumerate(self.cells):
            for c, count in enumerate(row):
                total = (total * 131 + count * (r + 1) + c) % 1000000007
        return total

    def occupied(self):
        return sum(1 for row in self.cells for count in row if count)

    def picture(self):
        total = sum(sum(row) for row in self.cells)
        busy = self.occupied()
        return ["".join("#" if n * busy > total else ("+" if n else " ") for n in row)
                for row in self.cells]


def pick(maps, rng):
    u = rng.uniform()
    for m in maps:
        u -= m.weight
        if u < 0.0:
            return m
    return maps[-1]


def fern(iterations, rng):
    grid = Grid(24, 12, -2.5, 2.8, 0.0, 10.0)
    x = y = 0.0
    for i in range(iterations):
        x, y = pick(FERN, rng)(x, y)
        if i >= 10:
            grid.add(x, y)
    return grid


def pentagon(iterations, rng, ratio):
    corners = [(math.cos(2 * math.pi * k / 5 + math.pi / 2),
                math.sin(2 * math.pi * k / 5 + math.pi / 2)) for k in range(5)]
    grid = Grid(20, 10, -1.0, 1.0, -1.0, 1.0)
    x, y = 0.1, 0.2
    previous = -1
    for _ in range(iterations):
        k = rng.below(5)
        if k == previous:
            continue
        previous = k
        cx, cy = corners[k]
        x += (cx - x) * ratio
        y += (cy - y) * ratio
        grid.add(x, y)
    return grid


def main(n):
    rng = LCG(20240607)
    print("lcg first:", [rng.below(1000) for _ in range(5)])
    g = fern(n, rng)
    print("fern: occupied=%d outside=%d checksum=%d" % (g.occupied(), g.outside, g.checksum()))
    for line in g.picture():
        print("|" + line.rstrip() + "|")
    p = pentagon(n, rng, 0.618)
    print("pentagon: occupied=%d outside=%d checksum=%d" % (p.occupied(), p.outside, p.checksum()))
    print("rng state after:", rng.state, hex(rng.state))


main(SIZE)
