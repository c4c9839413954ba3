# The next step of the loop finds the dict changed: reported at the `for` line.
def grow(table):
    for key in table:
        print(key)
        table[key + 10] = 0
        print("after")


grow({1: 2, 3: 4})
