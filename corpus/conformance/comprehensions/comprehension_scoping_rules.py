# Comprehension scopes: loop variables do not leak, enclosing function variables are read,
# the first iterable is evaluated in the enclosing scope, and class-body name lookup pitfalls.
x = "module"
result = [x for x in range(3)]
print(result, x)

total = 0
doubled = {total: total * 2 for total in range(3)}
print(doubled, total)

# Generator expressions and set comprehensions do not leak either.
gen_sum = sum(item for item in [1, 2, 3])
print("gen_sum", gen_sum, {v % 2 for v in [1, 2, 3]})
try:
    item
except NameError as e:
    print(type(e).__name__, e)


# Reading enclosing function variables; they are looked up when the comprehension runs.
def scale_all(values, factor):
    offset = 10
    scaled = [v * factor + offset for v in values]
    lazy = (v * factor + offset for v in values)
    factor = 0          # rebinding before the generator runs affects it
    return scaled, list(lazy)


print(scale_all([1, 2], 3))


# A comprehension can use a name that is assigned after it in the function only if bound before it runs.
def uses_later_name():
    try:
        return [limit for _ in range(1)]
    except NameError as e:
        return f"{type(e).__name__}: {e}"
    limit = 5


print(uses_later_name())


# Nested function scopes see through comprehensions.
def outer():
    base = 100
    def inner(seq):
        return [base + s for s in seq if s != skip]
    skip = 2
    return inner([1, 2, 3])


print(outer())


# Class bodies: the first iterable is evaluated in the class scope, but other names in the
# comprehension skip the class scope and look in the module (globals) instead.
limit = "module-limit"


class Settings:
    limit = 3
    names = ["a", "b", "c", "d"]
    first_few = [n for n in names[:limit]]          # names and limit: first iterable, class scope
    labels = [n + str(limit) for n in names[:2]]    # limit inside: module scope


print(Settings.first_few)
print(Settings.labels)

try:
    class Table:
        limit = 3
        pairs = [(i, j) for i in range(2) for j in range(limit)]   # inner limit is the module's str
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Broken:
        size = 2
        grid = [[0] * size for _ in range(size)]
except NameError as e:
    print(type(e).__name__, e)


# The usual fix: pass class-level values through the first iterable or a default argument.
class Fixed:
    size = 2
    grid = [[0] * n for n in [size] * size]
    rows = (lambda size=size: [list(range(size)) for _ in range(size)])()


print(Fixed.grid, Fixed.rows)
print(hasattr(Fixed, "n"), hasattr(Fixed, "_"))
