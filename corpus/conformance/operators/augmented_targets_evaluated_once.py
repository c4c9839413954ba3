# Augmented assignment to subscripts/attributes: container and index evaluated once; get then set order.

log = []

class Tracked(object):
    def __init__(self, data):
        self.data = data
    def __getitem__(self, key):
        log.append("get[" + repr(key) + "]")
        return self.data[key]
    def __setitem__(self, key, value):
        log.append("set[" + repr(key) + "]=" + repr(value))
        self.data[key] = value

def pick(obj, tag):
    log.append("obj:" + tag)
    return obj

def key(k):
    log.append("key:" + repr(k))
    return k

box = Tracked({"a": 1, "b": [1]})
pick(box, "box")[key("a")] += 10
print(log, box.data)
del log[:]
pick(box, "box")[key("b")] += [2]
print(log, box.data)

# Plain list with a side-effecting index: index computed once
counter = [0]

def next_index():
    counter[0] += 1
    return counter[0]

arr = [0, 0, 0, 0]
arr[next_index()] += 5
arr[next_index()] *= 3
arr[next_index()] -= 1
print(arr, counter)

# Attribute targets: the object expression is evaluated once
class Account(object):
    def __init__(self):
        self.balance = 0
        self.tags = []

accounts = [Account(), Account()]
calls = []

def get_account(i):
    calls.append(i)
    return accounts[i]

get_account(1).balance += 50
get_account(1).balance -= 20
get_account(0).tags += ["vip"]
print([a.balance for a in accounts], [a.tags for a in accounts], calls)

# Class attribute vs instance attribute: += reads class attr then writes an instance attr
class Counter(object):
    hits = 0
    shared = []

c1, c2 = Counter(), Counter()
c1.hits += 1
c1.hits += 1
c2.shared += ["x"]
print(Counter.hits, c1.hits, c2.hits, "hits" in c1.__dict__, "hits" in c2.__dict__)
print(Counter.shared, c1.shared, "shared" in c2.__dict__)

# Slices as augmented targets
nums = [1, 2, 3, 4, 5]
nums[1:3] += [9, 9]
print(nums)
nums[::2] = [0] * 4
print(nums)

# Nested subscripts: only the last subscript is re-stored
grid = [[0] * 3 for _ in range(2)]
grid[key(1)][key(2)] += 7
print(grid, log[-2:])

# The right-hand side is evaluated after the target is read
del log[:]
d = Tracked({"n": 1})
d["n"] += pick(5, "rhs")
print(log, d.data)

# A failed get leaves nothing set
del log[:]
try:
    box["missing"] += 1
except KeyError as e:
    print("KeyError:", e, log)
