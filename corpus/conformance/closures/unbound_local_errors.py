# UnboundLocalError when a local is read before assignment, and related NameErrors.

total = 10


def shadow_then_read():
    # Assignment anywhere in the body makes 'total' local for the whole function.
    print("reading total...")
    result = total + 1
    total = result
    return total


try:
    shadow_then_read()
except UnboundLocalError as e:
    print(type(e).__name__, e)


def augmented():
    total += 1
    return total


try:
    augmented()
except UnboundLocalError as e:
    print(type(e).__name__, e)
except NameError as e:
    print("wrong handler", e)


# UnboundLocalError is a NameError.
def conditional(flag):
    if flag:
        value = "set"
    return value


print(conditional(True))
try:
    conditional(False)
except NameError as e:
    print(type(e).__name__, "caught as NameError:", e, isinstance(e, UnboundLocalError))


# del makes a local unbound again.
def delete_then_use():
    item = [1, 2]
    del item
    return item


try:
    delete_then_use()
except UnboundLocalError as e:
    print(type(e).__name__, e)


# The 'as' name of an except clause is deleted when the clause ends.
def except_name_cleared():
    err = "before"
    try:
        raise KeyError("k")
    except KeyError as err:
        inside = repr(err)
    print("inside was", inside)
    return err


try:
    except_name_cleared()
except UnboundLocalError as e:
    print(type(e).__name__, e)


# A closure reading a variable of the enclosing function that is not yet bound.
def early_closure():
    def get():
        return later
    try:
        get()
    except NameError as e:
        print(type(e).__name__, e)
    later = "now bound"
    return get()


print(early_closure())


# A loop that never runs leaves its variable unbound.
def last_of(items):
    for item in items:
        pass
    return item


print(last_of("xyz"))
try:
    last_of([])
except UnboundLocalError as e:
    print(type(e).__name__, e)


# The fix: declare global or nonlocal, or use a different name.
def fixed_global():
    global total
    total += 5
    return total


def fixed_nonlocal():
    n = 0

    def bump():
        nonlocal n
        n += 1
        return n
    bump()
    return bump()


print(fixed_global(), fixed_nonlocal(), total)
