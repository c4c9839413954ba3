# Nested loops: flag variables, early return from deep loops, and break/continue inside try/finally.
warehouse = [
    ["bolt", "nut", "gear"],
    ["spring", "washer"],
    [],
    ["gear", "cam", "pin"],
]


def locate_with_flag(target):
    found = False
    where = None
    for aisle, shelf in enumerate(warehouse):
        for slot, part in enumerate(shelf):
            if part == target:
                found = True
                where = (aisle, slot)
                break
        if found:
            break
    return found, where


def locate_with_return(target):
    for aisle, shelf in enumerate(warehouse):
        for slot, part in enumerate(shelf):
            if part == target:
                return aisle, slot
    return None


for part in ["gear", "washer", "pin", "axle"]:
    print(part, locate_with_flag(part), locate_with_return(part))


def all_positions(target):
    hits = []
    for aisle, shelf in enumerate(warehouse):
        if not shelf:
            print(f"  aisle {aisle} empty, skipping")
            continue
        for slot, part in enumerate(shelf):
            if part != target:
                continue
            hits.append((aisle, slot))
    return hits


print(all_positions("gear"))

# Return from inside a while nested in a for, with a finally that observes the exit.
def first_pair_summing_to(values, total):
    checks = 0
    for i, a in enumerate(values):
        j = i + 1
        while j < len(values):
            try:
                checks += 1
                if a + values[j] == total:
                    return (a, values[j], checks)
            finally:
                if checks % 4 == 0:
                    print(f"  checkpoint after {checks} checks")
            j += 1
    return (None, None, checks)


print(first_pair_summing_to([3, 8, -2, 5, 7], 5))
print(first_pair_summing_to([1, 2], 10))
print(first_pair_summing_to([], 0))

# break and continue inside try/finally: finally still runs every time.
events = []
for n in range(6):
    try:
        if n == 1:
            continue
        if n == 4:
            break
        events.append(f"body{n}")
    finally:
        events.append(f"fin{n}")
print(events)

# A found-flag loop that also counts comparisons; the flag stops the outer loop early.
def has_duplicate_pair(rows):
    comparisons = 0
    duplicate = False
    r = 0
    while r < len(rows) and not duplicate:
        row = rows[r]
        for i in range(len(row)):
            for j in range(i + 1, len(row)):
                comparisons += 1
                if row[i] == row[j]:
                    duplicate = True
                    break
            if duplicate:
                break
        r += 1
    return duplicate, r, comparisons


print(has_duplicate_pair([[1, 2, 3], [4, 5, 4, 6], [7, 7]]))
print(has_duplicate_pair([[1], [2, 3]]))
print(has_duplicate_pair([]))

# pass as a placeholder in every kind of block.
def todo(x):
    if x:
        pass
    else:
        pass
    for _ in range(2):
        pass
    while False:
        pass
    try:
        pass
    except Exception:
        pass


class Empty:
    pass


print(todo(1), type(Empty()).__name__)
