def pairs(items):
    for i, item in enumerate(items):
        got = yield i, item
        if got:
            yield from got
    return len(items)
