# bool is an int subclass: arithmetic, comparisons, dict keys colliding with 1/0, sums and results.

print(True + True, True * 10, False - True, True / 2, True // 2, True % 2, True ** 10)
print(-True, +True, ~True, ~False, abs(-True), True << 4, True | 2, True & 3, True ^ True)
print(type(True + False).__name__, type(True & True).__name__, type(True | False).__name__,
      type(True ^ False).__name__, type(-True).__name__)
print(True & False, True | False, True ^ True, False ^ False)
print(isinstance(True, int), issubclass(bool, int), isinstance(1, bool))
print(True == 1, False == 0, True == 1.0, True is True, True > False, False < 0.5)
print(int(True), float(False), str(True), repr(False), bool(0), bool(-1), bool(0.0), bool(""))
print(divmod(True, True), pow(True, -1), round(True), max(True, 0), min(False, -1))

votes = [True, False, True, True, False, True]
print("yes votes:", sum(votes), "of", len(votes), "ratio", sum(votes) / len(votes))

numbers = [3, -1, 4, -1, 5, -9, 2, 6]
positives = sum(n > 0 for n in numbers)
negatives = sum(n < 0 for n in numbers)
print("positives", positives, "negatives", negatives)

# True and 1 are the same dict key; the first key object is kept, the last value wins.
d = {1: "one", True: "true", 1.0: "float one", 0: "zero", False: "false"}
print(d)
print(len({True, 1, 1.0, False, 0, 0.0}))
s = {True, 2}
s.add(1)
print(s)

# Indexing with bools
pair = ["off", "on"]
print(pair[True], pair[False], "xyz"[True:], [10, 20, 30][-True])

# Counting with bools as increments
flags = [x % 3 == 0 for x in range(10)]
count = 0
for f in flags:
    count += f
print(flags, count)
print(sorted([True, 0, False, 1, -1, 2]))
print(True + 0.5, False * 2.5, 3 - True, "ab" * True + "cd" * False + "|")
try:
    print(True / False)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
