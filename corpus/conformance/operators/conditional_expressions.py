# Conditional expressions: laziness, nesting/associativity, use in lambdas, comprehensions and defaults.

evaluated = []

def mark(tag, value):
    evaluated.append(tag)
    return value

for cond in (True, False, 0, "x", None, [0]):
    del evaluated[:]
    r = mark("yes", "Y") if mark("cond", cond) else mark("no", "N")
    print(repr(cond), r, evaluated)

def grade(score):
    return "A" if score >= 90 else "B" if score >= 80 else "C" if score >= 70 else "F"

print([grade(s) for s in (95, 90, 89, 75, 70, 69, 0, -1)])

# Right associativity: a if c1 else (b if c2 else d)
c1, c2 = False, True
print(1 if c1 else 2 if c2 else 3, (1 if c1 else 2) if c2 else 3)

# Precedence: lowest after lambda; binds looser than or/and
print(1 + 2 if False else 10, 1 + (2 if False else 10), "a" or "b" if False else "c")
print((lambda n: "even" if n % 2 == 0 else "odd")(7), [(lambda: "L")() if 1 else 0][0])

sign = lambda v: -1 if v < 0 else (0 if v == 0 else 1)
print(list(map(sign, [-4, 0, 9, -0.0, 0.5])))

# In comprehensions: filter versus conditional value
nums = range(-3, 4)
print([n if n > 0 else 0 for n in nums])
print([n for n in nums if n > 0])
print({n: ("neg" if n < 0 else "zero" if n == 0 else "pos") for n in nums})

# As arguments and in default values (evaluated once, at def time)
mode = "strict"

def parse(text, limit=10 if mode == "strict" else 100):
    return text[:limit] if len(text) > limit else text

mode = "loose"
print(parse("abcdefghijklmnopqrstuvwxyz"), parse.__defaults__)

# Condition raising an exception prevents both branches
def boom():
    raise ValueError("condition failed")

del evaluated[:]
try:
    mark("a", 1) if boom() else mark("b", 2)
except ValueError as e:
    print("ValueError:", e, evaluated)

# Ternary selects functions to call
ops = [(3, 4), (10, 2), (5, 5)]
for a, b in ops:
    f = (lambda x, y: x - y) if a > b else (lambda x, y: x + y)
    print(a, b, f(a, b), "max" if a > b else "min" if a < b else "tie")
