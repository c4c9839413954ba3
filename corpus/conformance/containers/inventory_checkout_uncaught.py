# Inventory checkout that processes orders then hits a missing SKU: ends in an uncaught KeyError.
stock = {"A100": 5, "B200": 2, "C300": 0}
prices = {"A100": 250, "B200": 1299, "C300": 75}


def checkout(order):
    total = 0
    for sku, qty in order:
        available = stock[sku]
        if qty > available:
            print(f"  {sku}: only {available} left, wanted {qty}")
            qty = available
        stock[sku] = available - qty
        total += qty * prices[sku]
    return total


orders = [
    [("A100", 2), ("B200", 1)],
    [("B200", 3), ("C300", 1)],
    [("A100", 3)],
]
for number, order in enumerate(orders, 1):
    print(f"order {number}: total {checkout(order)}")
print("remaining", stock)

# A lookup that is handled: get with a default.
print("D400 stock:", stock.get("D400", 0))
# The same lookup through a subscription is not handled.
print(checkout([("A100", 0), ("D400", 1)]))
