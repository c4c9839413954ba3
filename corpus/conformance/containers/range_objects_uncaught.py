# range objects: negative steps, len, indexing, slicing to new ranges, membership, index/count, equality, errors;
# ends with an off-by-one index past the end (uncaught IndexError).
def show(r):
    print(f"{r!r:22} len={len(r):2} items={list(r)}")


show(range(5))
show(range(2, 12, 3))
show(range(10, 0, -3))
show(range(0, -10, -4))
show(range(5, 5))
show(range(5, 0))          # empty: positive step going down
show(range(-3, 3, -1))     # empty: negative step going up

r = range(10, -11, -5)
print(r[0], r[-1], r[2], r[len(r) - 1])
try:
    r[len(r)]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(0)[0]
except IndexError as e:
    print(type(e).__name__, e)

# Slicing a range gives a range, never a list.
big = range(0, 100, 7)
print(big[2:6], big[::-1], big[::3], big[-3:], big[5:2])
print(list(big[1::4]), big[::-2][:3])
print(range(10)[::-1] == range(9, -1, -1))

# Membership is arithmetic for ints; floats compare by value; other types just are not found.
odd = range(1, 1000000001, 2)
print(999999999 in odd, 1000000000 in odd, -1 in odd)
small = range(1, 40, 2)   # non-int probes are found by scanning, so keep this one short
print(3.0 in small, 3.5 in small, "3" in small, True in small, False in small)
print(odd.index(7), odd.count(7), odd.count(8), len(odd))
try:
    odd.index(8)
except ValueError as e:
    print(type(e).__name__, e)

# Equality compares the sequences produced, not the arguments.
print(range(0) == range(5, 2), range(0, 3, 2) == range(0, 4, 2), range(1, 2) == range(1, 9, 100))
print(range(3) == [0, 1, 2], list(range(3)) == [0, 1, 2])

# Attributes and reversal.
step_down = range(20, 3, -6)
print(step_down.start, step_down.stop, step_down.step, list(reversed(step_down)))

# Errors from bad arguments.
for args in [(1, 10, 0), (1.5,), ("3",)]:
    try:
        range(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# A range can be iterated many times; each iteration starts fresh.
tri = range(1, 4)
print(sum(tri), sum(tri), [x * y for x in tri for y in tri if x < y])

# Countdown using a negative step that stops before zero, and a bound that is not hit exactly.
for n in range(9, 0, -4):
    print("T-minus", n)
print(list(range(-2, -20, -5)), len(range(-2, -20, -5)))

# Huge ranges are fine as long as they are not materialised.
huge = range(-10 ** 18, 10 ** 18, 3)
print(len(huge), huge[-1], huge[10 ** 17], -1 in huge, 1 in huge)

# Paging through a range: the last page start is computed with an off-by-one error.
pages = range(0, 95, 10)
print("page starts:", list(pages), "count:", len(pages))
for p in range(len(pages)):
    print(f"page {p}: rows {pages[p]}..{min(pages[p] + 9, 94)}")
print("after the last page:", pages[len(pages)])
