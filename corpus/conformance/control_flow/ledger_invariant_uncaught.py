# Double-entry ledger checked with assert after each posting; the final posting breaks the invariant (uncaught AssertionError).
accounts = {"cash": 1000, "inventory": 0, "equity": -1000}


def check_balanced(label):
    total = sum(accounts.values())
    assert total == 0, f"ledger unbalanced after {label}: off by {total}"
    print(f"{label:>12}: balanced {accounts}")


def post(label, debit, credit, amount):
    assert amount > 0, f"{label}: amount must be positive"
    accounts[debit] += amount
    accounts[credit] -= amount
    check_balanced(label)


check_balanced("opening")
post("buy stock", "inventory", "cash", 400)
post("sell stock", "cash", "inventory", 150)

try:
    post("refund", "cash", "inventory", -20)
except AssertionError as e:
    print("rejected:", e)

for label, debit, credit, amount in [("restock", "inventory", "cash", 100), ("write-off", "equity", "inventory", 50)]:
    post(label, debit, credit, amount)

# A one-sided adjustment bypasses post() and breaks the books.
accounts["cash"] += 25
check_balanced("manual fix")
