# Class bodies reading variables of the enclosing function; names a class body binds are
# looked up in the class namespace and globals only; deleting captured variables.
def make_class(prefix, count):
    label = prefix.upper()

    class Generated:
        name = label + "-" + str(count)
        sizes = [count * i for i in range(3)]

        def describe(self):
            return f"{self.name} {label} {count}"
    return Generated


G = make_class("gen", 4)
print(G.name, G.sizes, G().describe())


def shadowing_class(count):
    class Counter:
        seen = [count for _ in range(2)]   # the comprehension sees the function's count
        count = count + 1                  # but the class body binds count: NameError here
    return Counter


try:
    shadowing_class(7)
except NameError as e:
    print("NameError:", e)

count = 100


def shadowing_with_global(count):
    class Counter:
        count = count + 1                  # a name the class binds falls back to globals
    return Counter.count


print(shadowing_with_global(7))


def forgetful():
    secret = "kept"

    def reveal():
        return secret
    print(reveal())
    del secret
    try:
        print(reveal())
    except NameError as e:
        print("NameError:", e)
    secret = "again"
    print(reveal())


forgetful()


def counter_with_reset():
    total = 0

    def add(n):
        nonlocal total
        total += n
        return total

    def reset():
        nonlocal total
        del total

    print(add(3), add(4))
    reset()
    try:
        add(1)
    except NameError as e:
        print("NameError:", e)


counter_with_reset()
