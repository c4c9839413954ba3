# tauraro-bench: tiny=16 real=180
# spectral norm of the infinite matrix A(i,j)=1/((i+j)(i+j+1)/2+i+1) by power iteration on A^T A
import math

SIZE = 16
ITERATIONS = 10


def entry(i, j):
    s = i + j
    return 1.0 / ((s * (s + 1) >> 1) + i + 1)


def times(vector):
    n = len(vector)
    result = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += entry(i, j) * vector[j]
        result.append(total)
    return result


def times_transposed(vector):
    n = len(vector)
    return [sum(entry(j, i) * x for j, x in enumerate(vector)) for i in range(n)]


def times_ata(vector):
    return times_transposed(times(vector))


def dot(a, b):
    return sum(x * y for x, y in zip(a, b))


def spectral_norm(n):
    u = [1.0] * n
    v = None
    history = []
    for step in range(ITERATIONS):
        v = times_ata(u)
        u = times_ata(v)
        history.append(math.sqrt(dot(u, v) / dot(v, v)))
    return history, u, v


def main(n):
    print("matrix corner:", ["%.6f" % entry(i, j) for i in range(2) for j in range(3)])
    history, u, v = spectral_norm(n)
    for step in (0, 1, len(history) - 1):
        print("iteration %d: %.9f" % (step + 1, history[step]))
    print("spectral norm (n=%d): %.9f" % (n, history[-1]))
    biggest = max(range(n), key=lambda k: u[k])
    print("largest u component at", biggest, "value %.6f" % (u[biggest] / sum(u)))


main(SIZE)
