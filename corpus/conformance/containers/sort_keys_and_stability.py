# list.sort / sorted with key and reverse, stability across multiple passes, reverse(), and sort errors.
employees = [
    ("ana", "ops", 52000),
    ("bo", "dev", 61000),
    ("cy", "ops", 48000),
    ("di", "dev", 61000),
    ("ed", "qa", 39000),
    ("fay", "dev", 58000),
    ("gus", "qa", 39000),
]

# sort returns None and works in place; sorted returns a new list.
roster = list(employees)
result = roster.sort(key=lambda e: e[2])
print(result)
for name, team, pay in roster:
    print(f"  {name:4}{team:4}{pay}")

# Stability: equal keys keep their original relative order, even with reverse=True.
by_pay_desc = sorted(employees, key=lambda e: e[2], reverse=True)
print([e[0] for e in by_pay_desc])

# Multi-pass sort: secondary key first, then primary key.
roster = list(employees)
roster.sort(key=lambda e: e[0], reverse=True)
roster.sort(key=lambda e: e[1])
print([(e[1], e[0]) for e in roster])

# Tuple keys mix ascending and descending by negating numbers.
print([e[0] for e in sorted(employees, key=lambda e: (e[1], -e[2], e[0]))])

# reverse() simply flips, it does not sort; reversed sorted is not the same as reverse=True on ties.
names = [e[0] for e in employees]
names.reverse()
print(names)
flipped = sorted(employees, key=lambda e: e[2])
flipped.reverse()
print([e[0] for e in flipped])

# Key functions are builtins too.
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))

# Sorting strings of digits vs numbers.
codes = ["10", "9", "100", "-1", "0"]
print(sorted(codes), sorted(codes, key=int))

# Sorting tuples compares element by element; shorter prefix sorts first.
print(sorted([(2, 1), (1, 2, 3), (1, 2), (1,), (2,)]))

# Booleans and floats sort alongside ints.
print(sorted([3, True, 2.5, False, -1, 0.0]))

# Mixed incomparable types raise TypeError; the list may be partially reordered, so copy first.
mixed = [3, "three", 1]
try:
    sorted(mixed)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [[1], (1,)].sort()
except TypeError as e:
    print(type(e).__name__, e)

# A key function that raises propagates the error out of sort.
def strict_key(v):
    if v < 0:
        raise ValueError(f"negative value {v}")
    return v

values = [4, 1, -3, 2]
try:
    values.sort(key=strict_key)
except ValueError as e:
    print(type(e).__name__, e, values)

# Empty and single-element lists sort trivially.
empty = []
empty.sort(reverse=True)
print(empty)
calls = []
print(sorted([42], key=lambda v: calls.append(v) or -v), calls)   # the key is still called once
try:
    sorted([0], key=lambda v: 1 // v)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
