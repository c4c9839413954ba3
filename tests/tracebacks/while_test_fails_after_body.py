# The test of the next round fails: reported at the `while` line.
counts = {"k": 2}
while counts["k"] > 0:
    print(counts["k"])
    counts["k"] -= 1
    if counts["k"] == 0:
        del counts["k"]
