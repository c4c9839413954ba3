# What a for loop actually iterates: the iterable is evaluated once, rebinding the loop variable does not skip items,
# and mutating a list while iterating it changes what is seen.
def source():
    print("  source() evaluated")
    return [1, 2, 3]


for x in source():
    x = x * 100          # rebinding does not affect the next item
    print("  body x =", x)

# range(len(...)) is fixed when the loop starts, even if the list grows.
items = ["a", "b"]
for i in range(len(items)):
    items.append(items[i].upper())
print(items)

# Appending to the list being iterated makes the loop see the new items.
work = [3]
for n in work:
    if n > 0:
        work.append(n - 1)
print(work)

# Inserting at the front makes the loop see the same item again.
seen = []
queue = ["p", "q"]
for item in queue:
    seen.append(item)
    if len(seen) < 4 and item == "p":
        queue.insert(0, "new")
print(seen, queue)

# Rebinding the iterated name does not change the running iteration.
letters = ["x", "y", "z"]
for ch in letters:
    letters = ["ignored"]
    print("  ch", ch)
print(letters)

# Iterating a dict gives keys, a string gives characters, a tuple gives items.
for key in {"k1": 1, "k2": 2}:
    print("  key", key)
print([c for c in "héllo"], list((1, (2, 3))))

# Nested loops over the same iterator share its position.
it = iter(range(7))
pairs = []
for a in it:
    for b in it:
        pairs.append((a, b))
        break
print(pairs)

# A loop over zip stops at the shortest; a consumed iterator stays consumed.
nums = iter([1, 2, 3, 4, 5])
print(list(zip(nums, "ab")), list(nums))

# while loop with a complex condition re-evaluated each time.
stack = [1, 5, 2, 8, 3]
total = 0
while stack and total + stack[-1] < 12:
    total += stack.pop()
print(total, stack)

# Loop variables persist after the loop and are visible to later code.
for idx, val in enumerate("abc"):
    pass
print(idx, val)
for never in []:
    pass
try:
    print(never)
except NameError as e:
    print(type(e).__name__, e)

# Counting iterations with a user iterator that has its own limit.
class Countdown:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


cd = Countdown(3)
print([v for v in cd], [v for v in cd])
for v in Countdown(4):
    if v == 2:
        break
print("stopped at", v)
