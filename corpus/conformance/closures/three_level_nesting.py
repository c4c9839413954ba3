# Closures nested three levels deep: reading, nonlocal across levels, and shadowing.


def level_one(a):
    trail = ["one"]

    def level_two(b):
        trail.append("two")

        def level_three(c):
            trail.append("three")
            return a + b + c, list(trail)
        return level_three
    return level_two


f2 = level_one(100)
f3 = f2(20)
print(f3(3))
print(f3(4))
print(level_one(0)(0)(0))


# nonlocal in the innermost function reaches the outermost binding.
def outer():
    count = 0

    def middle():
        def inner():
            nonlocal count
            count += 1
            return count
        return inner
    get = middle()
    get()
    get()
    other = middle()
    other()
    return count, get()


print(outer())


# nonlocal binds to the nearest enclosing function that has the name.
def shadow():
    x = "outer"

    def mid():
        x = "mid"

        def inner():
            nonlocal x
            x = "set by inner"
        inner()
        return x
    mid_result = mid()
    return x, mid_result


print(shadow())


# A local name in the middle shadows the outer one for deeper closures.
def layered():
    name = "L1"

    def two():
        name = "L2"

        def three():
            return name
        return three()

    def two_without():
        def three():
            return name
        return three()
    return two(), two_without()


print(layered())


# Curried function three levels deep, with argument validation at each level.
def volume(length):
    if length < 0:
        raise ValueError("negative length")

    def with_width(width):
        if width < 0:
            raise ValueError("negative width")

        def with_height(height):
            if height < 0:
                raise ValueError("negative height")
            return length * width * height
        return with_height
    return with_width


print(volume(2)(3)(4), volume(0)(5)(5))
for dims in [(1, -1, 1), (1, 1, -1), (-1, 1, 1)]:
    try:
        print(volume(dims[0])(dims[1])(dims[2]))
    except ValueError as e:
        print(type(e).__name__, e)


# The innermost function updates the variables of two different outer levels.
def counters():
    outer_hits = 0

    def mid():
        mid_hits = 0

        def hit():
            nonlocal outer_hits, mid_hits
            outer_hits += 1
            mid_hits += 10
            return outer_hits, mid_hits
        return hit
    h1 = mid()
    h2 = mid()
    return [h1(), h1(), h2(), h1(), h2()]


print(counters())
