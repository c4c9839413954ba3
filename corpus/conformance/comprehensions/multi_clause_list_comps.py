# List comprehensions with several for and if clauses: clause order, filters between loops, conditional elements.
# Pythagorean triples: three for clauses, filters placed as early as possible.
triples = [(a, b, c)
           for c in range(1, 30)
           for b in range(1, c)
           if b % 2 == 0 or c % 5 == 0
           for a in range(1, b)
           if a * a + b * b == c * c]
print(triples)

# Clauses nest left to right, exactly like the equivalent loops.
combo = [x + y for x in "ab" for y in "123" if y != "2"]
manual = []
for x in "ab":
    for y in "123":
        if y != "2":
            manual.append(x + y)
print(combo, combo == manual)

# Several ifs in a row are and-ed.
print([n for n in range(50) if n % 3 == 0 if n % 5 == 0 if n])

# Conditional expression in the element vs filter at the end.
nums = [-3, -1, 0, 2, 5]
print([n if n > 0 else 0 for n in nums])
print([n for n in nums if n > 0])
print(["even" if n % 2 == 0 else "odd" for n in nums if n])

# A later clause can use an earlier loop variable.
words = ["ab", "", "cde"]
print([(w, ch) for w in words for ch in w])
print([w[:i] for w in words for i in range(1, len(w) + 1)])

# Cartesian product of cards, filtered by a predicate that uses both variables.
ranks = ["A", "K", "Q"]
suits = ["s", "h"]
hands = [r1 + s1 + r2 + s2
         for i, r1 in enumerate(ranks) for s1 in suits
         for j, r2 in enumerate(ranks) for s2 in suits
         if (i, s1) < (j, s2)]
print(len(hands), hands[:5], hands[-2:])

# Comprehension over dict items with tuple unpacking and filtering on values.
stock = {"apple": 3, "pear": 0, "kiwi": 12, "fig": 1}
print([f"{name}:{qty}" for name, qty in stock.items() if qty if name != "kiwi"])

# Flattening and filtering a ragged structure.
ragged = [[1, -2], [], [3], [-4, 5, -6]]
print([v for row in ragged for v in row if v > 0])
print([abs(v) for row in ragged if len(row) > 1 for v in row])

# A comprehension with a function call in every clause shows the evaluation order.
log = []


def tag(label, value):
    log.append(label)
    return value


result = [tag("elem", x * y) for x in tag("outer", [1, 2]) if tag("if-x", x) for y in tag("inner", [3, 4]) if tag("if-y", y != 4)]
print(result)
print(log)

# Empty sources give empty lists; an empty inner source skips the element.
print([x for x in []], [(x, y) for x in [1, 2] for y in []], [x for x in [0, None, ""] if x])
