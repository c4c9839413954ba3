# tauraro-bench: tiny=720 real=150000
# fannkuch-redux: walk SIZE permutations of 1..n (smallest n with n! >= SIZE), flip prefixes by slice reversal
SIZE = 720


def count_flips(perm):
    flips = 0
    first = perm[0]
    while first != 1:
        perm[:first] = perm[first - 1::-1]
        flips += 1
        first = perm[0]
    return flips


def fannkuch(n, limit):
    perm1 = list(range(1, n + 1))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    index = 0
    worst = None
    while True:
        if perm1[0] != 1:
            perm = perm1[:]
            flips = count_flips(perm)
            if flips > max_flips:
                max_flips = flips
                worst = tuple(perm1)
            checksum += flips if sign == 1 else -flips
        index += 1
        if index == limit:
            return checksum, max_flips, index, worst
        sign = -sign
        # advance to the next permutation by rotating growing prefixes
        r = 1
        while r < n:
            head = perm1[0]
            perm1[:r] = perm1[1:r + 1]
            perm1[r] = head
            count[r] += 1
            if count[r] <= r:
                break
            count[r] = 0
            r += 1
        else:
            return checksum, max_flips, index, worst


def main(limit):
    for k in range(1, 4):
        print("n=%d:" % k, fannkuch(k, -1)[:3])
    n = 1
    total = 1
    while total < limit:
        n += 1
        total *= n
    checksum, max_flips, visited, worst = fannkuch(n, limit)
    print("permutations: %d of %d" % (visited, total))
    print("checksum:", checksum)
    print("Pfannkuchen(%d) = %d" % (n, max_flips))
    print("first worst start:", worst)
    sample = [3, 1, 4, 5, 2]
    print("flips of", sample, "=", count_flips(sample[:]), sample[::-2], sample[-2::-1], sample[3:0:-1])


main(SIZE)
