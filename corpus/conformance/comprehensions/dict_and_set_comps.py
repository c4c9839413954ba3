# Dict and set comprehensions: duplicate keys, key order, inversion, conditional values, and int-only set printing.
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot", "beet"]

# Duplicate keys: the last value wins, but the key keeps its first position.
by_initial = {w[0]: w for w in words}
print(by_initial)
lengths = {w: len(w) for w in words if len(w) > 5}
print(lengths)

# Inversion of a dict; duplicates collapse.
inverse = {v: k for k, v in lengths.items()}
print(inverse)

# Grouping needs a loop or a nested comprehension over the distinct keys.
initials = sorted({w[0] for w in words})
groups = {c: [w for w in words if w[0] == c] for c in initials}
print(groups)

# Key and value expressions are evaluated key first, then value (3.8+).
order = []


def k(x):
    order.append(f"k{x}")
    return x


def v(x):
    order.append(f"v{x}")
    return x * x


squares = {k(i): v(i) for i in range(3)}
print(squares, order)

# Conditional values and filtered keys.
temps = {"mon": -3, "tue": 4, "wed": 0, "thu": 12, "fri": -1}
labels = {day: ("freezing" if t < 0 else "cold" if t < 5 else "mild") for day, t in temps.items() if day != "wed"}
print(labels)

# Dict comprehension from zip and from enumerate.
print({name: score for name, score in zip(["x", "y", "z"], [3, 1, 2])})
print({i: ch for i, ch in enumerate("hello") if ch != "l"})

# Set comprehensions of ints print in a deterministic order; strings go through sorted().
mods = {n % 7 for n in range(0, 100, 9)}
print(mods, len(mods))
squares_mod = {n * n % 10 for n in range(-10, 11)}
print(squares_mod)
vowels = {ch for w in words for ch in w if ch in "aeiou"}
print(sorted(vowels))
print({x for x in []}, {x: x for x in ()})

# Nested dict comprehension: a multiplication table.
table = {r: {c: r * c for c in range(1, 4)} for r in range(1, 4)}
print(table)
print(table[2][3], sum(sum(row.values()) for row in table.values()))

# Equal keys of different types merge.
merged = {key: str(key) for key in [1, 1.0, True, 2, 2.0]}
print(merged)

# Unhashable keys fail inside the comprehension.
try:
    {tuple(x) if i else x: i for i, x in enumerate([[1], [2]])}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[n] for n in range(3)}
except TypeError as e:
    print(type(e).__name__, e)

# Frequency count with a dict comprehension over a sorted set of letters.
text = "mississippi"
freq = {ch: text.count(ch) for ch in sorted(set(text))}
print(freq, max(freq, key=freq.get))
