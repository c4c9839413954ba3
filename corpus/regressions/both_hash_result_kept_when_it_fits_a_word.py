# Regression (found 2026-12-03 while writing a probe for a mutation-run survivor): hash() of
# an instance whose __hash__ returns an int is that int itself when it fits a signed 64-bit
# word (-1 becomes -2), as CPython's slot does; both VMs hashed the int again, so 2 ** 63 - 1
# came out as 3. Beyond a word, the int's own hash.
class H:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v


for v in (2 ** 63 - 1, -2 ** 63, -1, True, 2 ** 61 - 1, 2 ** 61, 2 ** 64 + 5, -2 ** 70):
    print(v, hash(H(v)))
print(len({H(2 ** 62): 1, H(2 ** 62 + 1): 2}))
