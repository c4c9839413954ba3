# Validating and logging decorators around an order system; ends with an error raised several calls deep.

log = []


def logged(func):
    def wrapper(*args, **kwargs):
        log.append("call " + func.__name__)
        result = func(*args, **kwargs)
        log.append("done " + func.__name__)
        return result
    wrapper.__name__ = func.__name__
    return wrapper


def require_positive(*names):
    def deco(func):
        def wrapper(**kwargs):
            for name in names:
                if kwargs.get(name, 0) < 0:
                    raise ValueError("%s must be non-negative, got %r" % (name, kwargs[name]))
            return func(**kwargs)
        wrapper.__name__ = func.__name__
        return wrapper
    return deco


PRICES = {"apple": 3, "pear": 5, "fig": 11}


def check_quantity(item, quantity):
    if quantity > 50:
        raise ValueError("quantity %d of %s exceeds stock" % (quantity, item))
    return quantity


def line_total(item, quantity):
    if item not in PRICES:
        raise KeyError(item)
    return PRICES[item] * check_quantity(item, quantity)


@logged
@require_positive("quantity", "discount")
def place_order(item, quantity, discount=0):
    return line_total(item, quantity) - discount


print(place_order(item="apple", quantity=4))
print(place_order(item="fig", quantity=2, discount=5))
print(log)

for order in [{"item": "pear", "quantity": -1},
              {"item": "kiwi", "quantity": 1},
              {"item": "apple", "quantity": 3, "discount": -2}]:
    log.clear()
    try:
        place_order(**order)
    except (ValueError, KeyError) as e:
        print("refused:", type(e).__name__, e, log)

try:
    place_order("apple", 2)
except TypeError as e:
    print("positional call:", e)

print("placing an oversized order")
log.clear()
place_order(item="pear", quantity=60)
