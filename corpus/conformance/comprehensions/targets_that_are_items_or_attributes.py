# Comprehension targets that store into an item or attribute (`for i[0] in ...`, `for o.x in ...`):
# only names stored to are the comprehension's locals; `i` and `o` are read from the enclosing
# scope (a parameter, a local, a global), and the stores are visible there afterwards.
class Box:
    pass


def term():
    return 1


def counted(n, i):
    return sum(term() for i[0] in range(n)), i


print(counted(3, [0]))


def doubled(n, i):
    found = [i[0] * 2 for i[0] in range(n)]
    return found, i


print(doubled(3, [9]))


def on_attributes(n):
    o = Box()
    seen = {o.x for o.x in range(n)}
    pairs = {o.x: k for k in range(2) for o.x in range(n)}
    return sorted(seen), pairs, o.x


print(on_attributes(3))


def nested(n):
    box = [0, 0]
    rows = [[box[1] for box[1] in range(box[0])] for box[0] in range(n)]
    return rows, box


print(nested(3))


def through_a_closure(i):
    def inner():
        return list(i[0] for i[0] in range(2))
    return inner(), i


print(through_a_closure([5]))


def index_from_the_loop(n):
    slots = [None] * n
    keys = {"k": 0}
    made = [slots[j] for j in range(n) for slots[j] in [j * j]]
    return made, slots, [keys["k"] for keys["k"] in "ab"], keys


print(index_from_the_loop(3))
table = {}
print([table["last"] for table["last"] in (4, 5)], table)


def unpacking(pair):
    out = [(pair[0], pair[1]) for pair[0], pair[1] in [(1, 2), (3, 4)]]
    return out, pair


print(unpacking([0, 0]))


def lazily(i):
    gen = (i[0] for i[0] in range(3))
    i[0] = "before"
    first = next(gen)
    return first, i[0], list(gen), i


print(lazily([None]))


def unbound_item_owner():
    try:
        return [0 for later[0] in range(2)]
    except NameError as e:
        return f"{type(e).__name__}: {e}"
    later = [0]


print(unbound_item_owner())


def bad_target(n):
    frozen = (1, 2)
    return [v for frozen[0] in range(n) for v in "x"]


bad_target(2)
