# A comprehension's steps are at its first line, in the comprehension's own frame.
table = {1: 2}


def grow():
    return sum(
        table.setdefault(key + 1, 0)
        for key
        in
        table
    )


grow()
