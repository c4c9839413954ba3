# Chained comparisons: each middle operand evaluated once, left-to-right, short-circuiting on False.

log = []

def val(name, v):
    log.append(name)
    return v

def run(label, thunk):
    del log[:]
    result = thunk()
    print(f"{label:28} -> {result!s:5} evaluated {log}")

run("1 < 2 < 3", lambda: val("a", 1) < val("b", 2) < val("c", 3))
run("1 < 3 < 2", lambda: val("a", 1) < val("b", 3) < val("c", 2))
run("3 < 1 < f()", lambda: val("a", 3) < val("b", 1) < val("c", 99))
run("1 == 1 == 1.0 != 2", lambda: val("a", 1) == val("b", 1) == val("c", 1.0) != val("d", 2))
run("0 <= x < 10 (x=10)", lambda: 0 <= val("x", 10) < 10)
run("a < b > c", lambda: val("a", 1) < val("b", 5) > val("c", 2))
run("x in s not in t", lambda: val("x", 2) in val("s", [1, 2]) not in val("t", [[3]]))
run("a is b is not None", lambda: val("a", None) is val("b", None) is not None)

# A chain is not the same as (a < b) < c.
print(3 > 2 > 1, (3 > 2) > 1, 1 < 2 == True, (1 < 2) == True)
print(1 < 3 > 2 != 5 >= 5 <= 6, 5 == 5.0 == 5, "a" < "b" < "c" < "b")

# The middle operand is evaluated once even though it participates in two comparisons.
counter = [0]

def middle():
    counter[0] += 1
    return 5

print(1 < middle() < 10, counter[0])
print(1 < middle() > 10, counter[0])

# Chains inside conditions and comprehensions
grid = [(r, c) for r in range(-1, 5) for c in range(-1, 5)]
inside = [p for p in grid if 0 <= p[0] < 4 and 0 <= p[1] < 4 and p[0] == p[1]]
print(inside)

def classify(t):
    if t < 0:
        return "freezing"
    elif 0 <= t < 15:
        return "cold"
    elif 15 <= t < 25:
        return "mild"
    return "hot"

print([classify(t) for t in (-5, 0, 14.9, 15, 24, 25, 40)])

# A comparison that raises partway: earlier operands were evaluated, later ones were not.
del log[:]
try:
    val("a", 1) < val("b", 2) < val("c", "text") < val("d", 4)
except TypeError as e:
    print("TypeError:", e, log)
