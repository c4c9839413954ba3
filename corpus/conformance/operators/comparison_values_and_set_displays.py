# Comparisons and membership tests used as values (not as conditions), and set displays
# built with starred iterables.
limits = [0, 3, 7, 10]
flags = [x <= 3 for x in limits]
print(flags, [x >= 7 for x in limits], [x != 3 for x in limits])
word = "tauraro"
has_z = "z" not in word
has_t = "t" not in word
print(has_z, has_t, "r" in word, [c not in "aeiou" for c in word])
small = {1, 2, 3}
large = {3, 4, 5}
merged = {*small, *large, 9}
print(sorted(merged), sorted({*"hello"}), {*range(3), *[2, 3]} == {0, 1, 2, 3})
evens = {*(n for n in range(10) if n % 2 == 0)}
print(sorted(evens), len({*[], *()}))
scores = {"ann": 7, "bob": 3}
ok = {name: score <= 5 for name, score in scores.items()}
print(ok, all(v <= 10 for v in scores.values()))
try:
    print({*5})
except TypeError as e:
    print("TypeError:", e)
