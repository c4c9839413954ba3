# Changing a dict or set while iterating over it: the next step raises RuntimeError (size or
# keys changed); changing values, or changing it after the last step, is allowed.
def attempt(label, action):
    try:
        action()
        print(label, "ran")
    except RuntimeError as e:
        print(label, type(e).__name__, e)


def grow_dict():
    table = {1: "a", 2: "b"}
    for key in table:
        print(" seen", key)
        table[key * 10] = "new"


def shrink_dict():
    table = {1: "a", 2: "b", 3: "c"}
    for key in table:
        print(" seen", key)
        del table[3]


def swap_keys():
    table = {1: "a", 2: "b"}
    for key in table:
        print(" seen", key)
        del table[key]
        table[key + 100] = "swapped"


def change_values():
    table = {1: 0, 2: 0}
    for key in table:
        table[key] += key
    print(" values", table)


def grow_after_last():
    table = {1: "a"}
    for key in table:
        if key == 1:
            pass
    table[2] = "b"
    print(" grown", table)


def grow_set():
    seen = {1, 2}
    for item in seen:
        seen.add(item + 10)


def grow_in_comprehension():
    table = {1: 0}
    return [table.setdefault(key + 1, 0) for key in table]


def grow_through_items():
    table = {1: 0}
    for key, value in table.items():
        table[key + 1] = value


def grow_list():
    items = [1, 2]
    for item in items:
        if len(items) < 5:
            items.append(item * 10)
    print(" list grew", items)


for label, action in [("grow dict", grow_dict), ("shrink dict", shrink_dict),
                      ("swap keys", swap_keys), ("change values", change_values),
                      ("grow after last", grow_after_last), ("grow set", grow_set),
                      ("comprehension", grow_in_comprehension), ("items", grow_through_items),
                      ("list", grow_list)]:
    attempt(label, action)

registry = {"first": 1}
for name in registry:
    registry[name + "!"] = 0
