# The del statement on names, list items, slices, dict keys and attributes, and the errors that follow.
temp = [1, 2, 3]
alias = temp
del temp
try:
    print(temp)
except NameError as e:
    print(type(e).__name__, e)
print("alias survives:", alias)

# del of several targets at once, left to right; a failure stops the rest.
a, b, c = 1, 2, 3
del a, b
try:
    del c, a, b
except NameError as e:
    print(type(e).__name__, e)
try:
    c
except NameError as e:
    print("c is gone too:", e)

# Deleting a name that was never bound.
try:
    del never_bound
except NameError as e:
    print(type(e).__name__, e)

# del inside a function makes the name local for the whole function.
def local_del():
    value = "here"
    del value
    try:
        return value
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"


print(local_del())

counter = 10


def shadow_del():
    try:
        del counter
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"


print(shadow_del(), counter)

# Items and slices.
queue = ["a", "b", "c", "d", "e", "f", "g"]
del queue[0]
del queue[-1]
print(queue)
del queue[1:3]
print(queue)
del queue[::2]
print(queue)
try:
    del queue[5]
except IndexError as e:
    print(type(e).__name__, e)

# Dict keys, including while rebuilding.
settings = {"debug": True, "verbose": False, "level": 3}
del settings["verbose"]
print(settings)
try:
    del settings["verbose"]
except KeyError as e:
    print(type(e).__name__, e)

nested = {"outer": {"inner": [0, 1, 2]}}
del nested["outer"]["inner"][1]
print(nested)


# Attributes on instances and classes.
class Config:
    mode = "class-default"

    def __init__(self):
        self.mode = "instance"
        self.extra = 1


cfg = Config()
print(cfg.mode)
del cfg.mode
print(cfg.mode)          # falls back to the class attribute
try:
    del cfg.mode         # the instance no longer has it
except AttributeError as e:
    print(type(e).__name__, e)
del Config.mode
try:
    print(cfg.mode)
except AttributeError as e:
    print(type(e).__name__, e)
print(vars(cfg))


# __delitem__ on a user class receives ints and slices.
class Log:
    def __init__(self):
        self.calls = []

    def __delitem__(self, key):
        self.calls.append(key)


log = Log()
del log[3]
del log[1:5]
del log[::-1]
del log["k"], log[0]
print(log.calls)

# A loop variable can be deleted after the loop; deleting it inside the loop is also fine.
for i in range(3):
    if i == 1:
        del i
        continue
print("i after loop:", i)
del i
try:
    i
except NameError as e:
    print(type(e).__name__, e)
