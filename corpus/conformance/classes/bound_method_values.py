# Bound methods as values: stored in containers, called later, compared, and plain functions via the class.
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.log = []

    def deposit(self, amount):
        self.balance += amount
        self.log.append(("dep", amount))
        return self.balance

    def withdraw(self, amount):
        if amount > self.balance:
            self.log.append(("refused", amount))
            return None
        self.balance -= amount
        self.log.append(("wd", amount))
        return self.balance


alice = Account("alice", 10)
bob = Account("bob")

# A queue of operations, each a bound method plus its argument.
ops = [(alice.deposit, 5), (bob.deposit, 20), (alice.withdraw, 30), (bob.withdraw, 7), (alice.withdraw, 15)]
for method, arg in ops:
    print(method(arg), end=" ")
print()
print(alice.balance, alice.log)
print(bob.balance, bob.log)

# Binding happens at attribute access: the stored method keeps its instance.
dep = alice.deposit
alice = Account("alice2")
print(dep(1), alice.balance)

# Calling the function through the class needs the instance explicitly.
print(Account.deposit(bob, 100), bob.balance)
try:
    Account.deposit(50)
except TypeError as e:
    print(type(e).__name__, e)

# Bound method equality: same function and same instance.
print(bob.deposit == bob.deposit, bob.deposit == bob.withdraw, bob.deposit == Account("x").deposit)

# Methods used as callbacks in map/sorted/filter.
accounts = [Account(n, b) for n, b in [("c", 3), ("a", 9), ("b", -2)]]
getters = [a.withdraw for a in accounts]
print(list(map(lambda g: g(1), getters)))
print([a.balance for a in accounts])


class Sorter:
    def __init__(self, reverse):
        self.reverse = reverse
        self.calls = 0

    def key(self, acct):
        self.calls += 1
        return -acct.balance if self.reverse else acct.balance


s = Sorter(True)
print([a.owner for a in sorted(accounts, key=s.key)], s.calls)

# A dispatch table of bound methods chosen by name.
table = {name: getattr(bob, name) for name in ("deposit", "withdraw")}
for name, amount in [("withdraw", 100), ("deposit", 1), ("withdraw", 1000)]:
    print(name, amount, "->", table[name](amount))
print(len(bob.log), bob.log[-1])
print(type(bob.deposit).__name__, type(Account.deposit).__name__, callable(table["deposit"]))
