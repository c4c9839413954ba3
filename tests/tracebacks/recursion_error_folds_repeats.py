# CPython prints three of the identical entries, then "[Previous line repeated 996 more times]".
def down(n):
    return down(n + 1)


down(0)
