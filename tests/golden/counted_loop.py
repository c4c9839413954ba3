def total(n):
    s = 0
    for i in range(n):
        if i % 3 == 0:
            continue
        s += i * i
    return s
