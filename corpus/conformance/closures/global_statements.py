# global statements inside functions: reading, writing, and creating module-level names.

counter = 0
settings = {"verbose": False}
history = []


def increment(by=1):
    global counter
    counter += by
    return counter


def read_only():
    # Reading a global needs no declaration.
    return counter * 2


def toggle_verbose():
    # Mutating a global object needs no declaration either.
    settings["verbose"] = not settings["verbose"]
    return settings["verbose"]


print(increment(), increment(5), increment(-2), read_only(), counter)
print(toggle_verbose(), toggle_verbose(), settings)


def create_global():
    global created_later
    created_later = "made inside a function"


try:
    print(created_later)
except NameError as e:
    print(type(e).__name__, e)
create_global()
print(created_later)


# A local with the same name shadows the global when there is no declaration.
def shadowing():
    counter = "local value"
    return counter


print(shadowing(), counter)


# global declared in a nested function refers to the module, not the enclosing function.
def outer():
    counter = "outer local"

    def inner():
        global counter
        counter = 1000
        return counter
    inner_result = inner()
    return counter, inner_result


print(outer(), counter)


# Several names in one global statement; rebinding a global list vs mutating it.
def reset(keep):
    global counter, history
    old = history
    history = [h for h in old if h in keep]
    counter = len(history)
    return old


history.extend(["a", "b", "c", "b"])
alias = history
returned = reset(("b", "c"))
print(history, counter, alias is history, returned is alias)


# A global used as a loop variable inside a function.
def scan(items):
    global last_seen
    for last_seen in items:
        if last_seen < 0:
            break
    return last_seen


print(scan([3, 5, -1, 7]), last_seen)
print(scan([2, 4]), last_seen)


# Deleting a global from inside a function.
temp = "temporary"


def drop_temp():
    global temp
    del temp


drop_temp()
try:
    print(temp)
except NameError as e:
    print(type(e).__name__, e)


# A function reads a global at call time, not at definition time.
def current_scale():
    return SCALE


SCALE = 2
first = current_scale()
SCALE = 3
print(first, current_scale())
