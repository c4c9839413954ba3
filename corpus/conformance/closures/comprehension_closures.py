# Closures over loop variables in comprehensions, and comprehension scoping rules.

# Lambdas made in a list comprehension share the comprehension's variable.
late = [lambda: n for n in range(3)]
print([f() for f in late])
bound = [lambda n=n: n for n in range(3)]
print([f() for f in bound])

# Dict comprehension of closures has the same late binding.
table = {name: (lambda: name.upper()) for name in ["ab", "cd", "ef"]}
print(sorted((k, v()) for k, v in table.items()))

# Nested comprehension: inner closures capture both loop variables.
grid = [[lambda: (r, c) for c in range(2)] for r in range(2)]
print([[f() for f in row] for row in grid])
grid_fixed = [[lambda r=r, c=c: (r, c) for c in range(2)] for r in range(2)]
print([[f() for f in row] for row in grid_fixed])

# The comprehension variable does not leak into the enclosing scope.
x = "module x"
squares = [x * x for x in range(4)]
print(squares, x)


# Comprehensions inside a function read the function's locals as closures.
def scaled(values, factor):
    offset = 1
    result = [v * factor + offset for v in values]
    offset = 100
    later = [v * factor + offset for v in values]
    return result, later


print(scaled([1, 2, 3], -2))


# A generator expression evaluates its first iterable immediately, the rest lazily.
def gen_binding():
    source = [1, 2, 3]
    extra = [10]
    g = (s + e for s in source for e in extra)
    source = ["replaced"]
    extra = [20, 30]
    return list(g)


print(gen_binding())


# Closures returned from within a comprehension keep the enclosing function's variable.
def make_adders(base):
    adders = [lambda x, i=i: x + i + base for i in range(3)]
    base = base * 100
    return [a(1) for a in adders]


print(make_adders(2))


# Comprehension variable shadows an outer variable without changing it.
def shadow_test():
    item = "outer"
    upper = [item.upper() for item in ["a", "b"]]
    return item, upper


print(shadow_test())

# A set comprehension of ints is printed safely; closure inside a condition.
limit = 5
print(sorted({v % limit for v in range(20) if (lambda: v > limit)()}))

# Class bodies do not create closures for comprehensions.
class Config:
    factor = 3
    names = ["a", "b"]
    scaled = [n * 2 for n in names]
    try:
        broken = [n * factor for n in names]
    except NameError as e:
        error = str(e)


print(Config.scaled, Config.error)
