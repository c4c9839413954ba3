# Closures capture variables, not values: late binding in loops and the usual fixes.

# Every closure made in the loop shares the same variable i.
callbacks = []
for i in range(4):
    def show():
        return i * 10
    callbacks.append(show)
print("late:", [cb() for cb in callbacks])
i = -1
print("after rebinding the global i:", [cb() for cb in callbacks])


# Same thing inside a function: the closure cell holds the final value.
def make_all_late(n):
    funcs = []
    for k in range(n):
        funcs.append(lambda: k)
    k = "changed after loop"
    return funcs


print("cell late:", [f() for f in make_all_late(3)])


# Fix 1: bind the current value as a default argument.
def make_with_defaults(n):
    return [lambda k=k: k for k in range(n)]


print("defaults:", [f() for f in make_with_defaults(3)])
print("default overridable:", make_with_defaults(3)[0](99))


# Fix 2: a factory function gives each closure its own cell.
def make_multiplier(factor):
    def multiply(x):
        return x * factor
    return multiply


multipliers = [make_multiplier(f) for f in range(1, 5)]
print("factory:", [m(10) for m in multipliers])


# The closure sees later changes to the variable it captured.
def watcher():
    status = "init"

    def read():
        return status
    readings = [read()]
    status = "running"
    readings.append(read())
    status = "done"
    readings.append(read())
    return readings, read


readings, reader = watcher()
print(readings, reader())

# A while loop behaves the same way.
handlers = {}
n = 0
while n < 3:
    name = "h%d" % n
    handlers[name] = lambda: (name, n)
    n += 1
print(sorted((k, v()) for k, v in handlers.items()))


# Capturing a mutable object: the closure sees mutations regardless of binding time.
def make_loggers():
    shared = []
    out = []
    for tag in "abc":
        out.append(lambda msg, tag=tag: shared.append(tag + ":" + msg))
    return out, shared


loggers, shared = make_loggers()
for idx, log in enumerate(loggers):
    log(str(idx))
print(shared)
