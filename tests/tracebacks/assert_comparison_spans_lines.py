# An assert whose comparison starts on a later line raises at the comparison's line.
def check(limit):
    assert (
        limit > 10 or
        limit > 5), (
        f"limit {limit} too small")


check(1)
