# TypeError messages for bad calls: missing, unexpected, too many, and duplicate arguments.


def report(label, thunk):
    try:
        value = thunk()
    except TypeError as e:
        print(label.ljust(14), "->", type(e).__name__ + ":", e)
    else:
        print(label.ljust(14), "->", "ok", value)


def pair(a, b):
    return (a, b)


def opt(a, b=2):
    return (a, b)


def none():
    return "nothing"


def trio(x, y, z):
    return x + y + z


def kwonly(a, *, key, mode="r"):
    return (a, key, mode)


def two_kw(*, left, right):
    return left - right


report("ok pair", lambda: pair(1, 2))
report("missing b", lambda: pair(1))
report("missing both", lambda: pair())
report("missing three", lambda: trio())
report("missing z", lambda: trio(1, 2))
report("unexpected kw", lambda: pair(1, 2, c=3))
report("unexpected kw2", lambda: pair(1, c=3))
report("too many", lambda: pair(1, 2, 3))
report("too many opt", lambda: opt(1, 2, 3))
report("takes none", lambda: none(1))
report("takes none2", lambda: none(1, 2))
report("multiple a", lambda: pair(1, a=2))
report("multiple b", lambda: opt(1, 2, b=3))
report("kwonly miss", lambda: kwonly(1))
report("kwonly pos", lambda: kwonly(1, 2))
report("kwonly both", lambda: two_kw())
report("kwonly one", lambda: two_kw(right=1))
report("kwonly ok", lambda: two_kw(right=1, left=10))
multiply = lambda p, q: p * q
report("lambda args", lambda: multiply(3))
report("nested lambda", lambda: (lambda p, q: p * q)(3))


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance


acct = Account("ann")
report("method ok", lambda: acct.deposit(5))
report("method miss", lambda: acct.deposit())
report("method many", lambda: acct.deposit(1, 2))
report("init miss", lambda: Account())
report("init kw", lambda: Account("bo", balanse=3))
report("unbound call", lambda: Account.deposit(acct))

# An error in the arguments happens before the function body runs.
ran = []


def side(a, b):
    ran.append((a, b))


report("no body run", lambda: side(1, 2, 3))
print("body ran:", ran)
