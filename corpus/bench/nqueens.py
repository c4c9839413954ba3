# tauraro-bench: tiny=7 real=11
# N-queens: count placements with a recursive generator (yield from) tracking attacked lines in sets
SIZE = 7


def solutions(n, row, columns, rising, falling, placed):
    if row == n:
        yield tuple(placed)
        return
    for col in range(n):
        if col in columns or row + col in rising or row - col in falling:
            continue
        columns.add(col)
        rising.add(row + col)
        falling.add(row - col)
        placed.append(col)
        yield from solutions(n, row + 1, columns, rising, falling, placed)
        placed.pop()
        falling.discard(row - col)
        rising.discard(row + col)
        columns.remove(col)


def queens(n):
    return solutions(n, 0, set(), set(), set(), [])


def mirror(board):
    n = len(board)
    return tuple(n - 1 - c for c in board)


def rotate_half(board):
    n = len(board)
    return tuple(n - 1 - c for c in reversed(board))


def render(board):
    return ["".join("Q" if c == col else "." for c in range(len(board))) for col in board]


def main(n):
    for k in range(0, 5):
        print("queens(%d):" % k, sum(1 for _ in queens(k)))
    total = 0
    symmetric = 0
    first = None
    last = None
    seen = set()
    for board in queens(n):
        total += 1
        if first is None:
            first = board
        last = board
        seen.add(board)
    for board in seen:
        if rotate_half(board) == board:
            symmetric += 1
        elif rotate_half(board) not in seen:
            raise AssertionError("rotation missing")
    distinct = len({min(b, mirror(b)) for b in seen})
    print("n=%d solutions: %d, up to mirror: %d, half-turn symmetric: %d" % (n, total, distinct, symmetric))
    print("first:", first)
    print("last:", last)
    for line in render(first):
        print(" ", line)
    gen = queens(n)
    print("first two via next():", next(gen), next(gen))


main(SIZE)
