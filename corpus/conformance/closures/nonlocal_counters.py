# nonlocal counters and accumulators; independent closures and closures sharing one cell.


def make_counter(start=0, step=1):
    count = start

    def tick():
        nonlocal count
        count += step
        return count
    return tick


a = make_counter()
b = make_counter(100, -5)
print([a() for _ in range(3)], [b() for _ in range(3)], a(), b())


def make_averager():
    total = 0
    count = 0

    def add(value):
        nonlocal total, count
        total += value
        count += 1
        return total / count
    return add


avg = make_averager()
for v in [10, 20, -30, 4]:
    print("running average:", avg(v))


# Two closures over the same variable see each other's updates.
def make_account(balance):
    history = []

    def deposit(amount):
        nonlocal balance
        if amount <= 0:
            raise ValueError("deposit must be positive, got %d" % amount)
        balance += amount
        history.append(("+", amount))
        return balance

    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError("insufficient funds: %d > %d" % (amount, balance))
        balance -= amount
        history.append(("-", amount))
        return balance

    def report():
        return balance, list(history)
    return deposit, withdraw, report


dep, wd, rep = make_account(50)
print(dep(25), wd(70), rep())
for action, amount in [(dep, 0), (wd, 10), (dep, -3), (wd, 5)]:
    try:
        print("ok", action(amount))
    except ValueError as e:
        print(type(e).__name__, e)
print(rep())


# nonlocal rebinding a name to a different type, and a generator of ids.
def make_id_source(prefix):
    last = None

    def next_id():
        nonlocal last
        if last is None:
            last = 0
        else:
            last = last + 1
        return "%s-%03d" % (prefix, last)
    return next_id


ids = make_id_source("user")
print(ids(), ids(), ids())


# A counter object's state is not shared with a fresh one.
c1 = make_counter()
c2 = make_counter()
c1()
c1()
print("independent:", c1(), c2())


# Closure reading without nonlocal works; only assignment needs it.
def outer_reader():
    items = [1, 2]

    def push(x):
        items.append(x)
        return len(items)
    push(3)
    push(4)
    return items


print(outer_reader())
