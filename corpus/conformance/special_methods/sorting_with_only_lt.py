# Sorting user objects that define only __lt__: sorted, list.sort, min/max, reverse, stability, errors.
class Task:
    compares = 0

    def __init__(self, priority, name):
        self.priority = priority
        self.name = name

    def __lt__(self, other):
        Task.compares += 1
        return self.priority < other.priority

    def __repr__(self):
        return f"{self.name}:{self.priority}"


tasks = [Task(3, "write"), Task(1, "plan"), Task(2, "test"), Task(1, "coffee"), Task(-5, "urgent"), Task(3, "ship")]
print(sorted(tasks))
print(sorted(tasks, reverse=True))        # stable: equal items keep original order
print(min(tasks), max(tasks))              # first minimal / first maximal
print(sorted(tasks, key=lambda t: t.name)[:3])
print(Task.compares > 0)

tasks.sort()
print(tasks)
print([t.name for t in sorted(tasks[::-1])])

# '>' works through the reflected __lt__; '<=' and '>=' have no fallback.
a, b = Task(1, "a"), Task(2, "b")
print(a < b, b > a, a > b)
for op, thunk in [("<=", lambda: a <= b), (">=", lambda: a >= b)]:
    try:
        thunk()
    except TypeError as e:
        print(op, type(e).__name__, e)

# Sorting empty and single-element lists never calls __lt__.
Task.compares = 0
print(sorted([]), sorted([Task(0, "solo")]), Task.compares)

# Tuples compare element-wise; equality of Task falls back to identity, so the tuple
# comparison reaches __lt__ only when the first elements differ by identity.
pairs = [(Task(2, "x"), 1), (Task(1, "y"), 2)]
print(sorted(pairs))
same = Task(5, "same")
print(sorted([(same, 2), (same, 1)]))


# Objects without any ordering cannot be sorted.
class Blob:
    def __init__(self, n):
        self.n = n


try:
    sorted([Blob(1), Blob(2)])
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(Task(1, "t"), Blob(0))     # Blob > Task falls back to Task.__lt__(Blob)
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    sorted([Task(1, "t"), 5])
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
print(max([Blob(4), Blob(9), Blob(-1)], key=lambda b: b.n).n)
