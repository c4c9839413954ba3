def squares(limit):
    return {n: n * n for n in range(limit) if n % 2}
