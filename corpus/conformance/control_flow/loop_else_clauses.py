# for/else and while/else with break and continue: when the else clause runs and when it does not.
def find_divisor(n):
    for d in range(2, n):
        if n % d == 0:
            print(f"  {n}: divisor {d}")
            break
    else:
        print(f"  {n}: prime (else ran)")


for n in [2, 9, 13, 1]:
    find_divisor(n)

# continue on every iteration still runs the else.
for ch in "abc":
    continue
else:
    print("else after continue-only loop, ch =", ch)

# An empty iterable runs the else immediately.
for item in []:
    print("never")
else:
    print("else of empty for")

# while/else: the else runs when the condition becomes false, not on break.
def countdown(start, stop_at):
    n = start
    while n > 0:
        if n == stop_at:
            print(f"  broke at {n}")
            break
        n -= 1
    else:
        print(f"  reached zero from {start}")
    return n


print(countdown(5, 3), countdown(3, 7), countdown(0, 0))

# A while loop whose condition is false at the start still runs its else.
while False:
    pass
else:
    print("else of never-entered while")

# break in an inner loop only skips the inner loop's else.
for outer in range(3):
    for inner in range(2):
        if inner == outer:
            break
    else:
        print("inner else for outer", outer)
    print("outer", outer, "inner stopped at", inner)
else:
    print("outer else ran")

# continue inside the inner loop that targets it, break of the outer via a flag-free else/continue idiom.
matrix = [[1, 2, 3], [4, -5, 6], [7, 8, 9]]
for row in matrix:
    for value in row:
        if value < 0:
            break
    else:
        print("row ok", row)
        continue
    print("negative found in", row, "-> stop")
    break

# Loop variable after break vs exhaustion.
for k in range(10):
    if k * k > 20:
        break
print("k after break:", k)
for k in range(3):
    pass
print("k after exhaustion:", k)

# The else clause runs after a return-free exhaustion inside a try/finally.
def search(items, target):
    attempts = 0
    try:
        for pos, it in enumerate(items):
            attempts += 1
            if it == target:
                return f"found at {pos}"
        else:
            return "not found"
    finally:
        print(f"  finally after {attempts} attempts")


print(search("hello", "l"), search("abc", "z"), search("", "x"))

# while True with break has no else path; build a collatz trail.
n = 6
trail = []
while True:
    trail.append(n)
    if n == 1:
        break
    n = n // 2 if n % 2 == 0 else 3 * n + 1
else:
    print("unreachable")
print(trail)
