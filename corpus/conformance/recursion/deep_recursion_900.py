# Recursion to depth 900 works: sums, lengths, nested structures built and walked recursively.

DEPTH = 900
values = [(-1) ** i * i for i in range(DEPTH)]


def rsum(items, index=0):
    if index == len(items):
        return 0
    return items[index] + rsum(items, index + 1)


def rcount(items, index=0):
    return 0 if index >= len(items) else 1 + rcount(items, index + 1)


def rmax(items, index=0):
    if index == len(items) - 1:
        return items[index]
    rest = rmax(items, index + 1)
    return items[index] if items[index] > rest else rest


print("sum:", rsum(values), "expected:", sum(values))
print("count:", rcount(values), "max:", rmax(values), max(values))
print("empty:", rsum([]), rcount([]))


# Build a linked list of nested tuples 900 deep, then walk it recursively.
def build(n):
    if n == 0:
        return None
    return (n, build(n - 1))


def length(node):
    return 0 if node is None else 1 + length(node[1])


def last_value(node):
    return node[0] if node[1] is None else last_value(node[1])


chain = build(DEPTH)
print("linked length:", length(chain), "head:", chain[0], "tail value:", last_value(chain))


# Nested lists 900 deep, flattened with recursion.
def nest(n):
    result = ["bottom"]
    for i in range(n):
        result = [i, result]
    return result


def depth_of(obj):
    if not isinstance(obj, list):
        return 0
    deepest = 0
    for item in obj:
        d = depth_of(item)
        if d > deepest:
            deepest = d
    return 1 + deepest


def flatten(obj, out):
    if isinstance(obj, list):
        for item in obj:
            flatten(item, out)
    else:
        out.append(obj)
    return out


nested = nest(850)
flat = flatten(nested, [])
print("flattened:", len(flat), flat[:3], flat[-2:])
print("nesting depth:", depth_of(nested))


# Recursive string reversal and palindrome check to depth ~450.
def rev(s, i=0):
    if i == len(s):
        return ""
    return rev(s, i + 1) + s[i]


def is_pal(s, lo, hi):
    if lo >= hi:
        return True
    return s[lo] == s[hi] and is_pal(s, lo + 1, hi - 1)


text = "abc" * 300
print(rev(text)[:6], rev(text) == text[::-1])
pal = "xy" * 225 + "z" + "yx" * 225
print(is_pal(pal, 0, len(pal) - 1), is_pal(pal + "q", 0, len(pal)))


# Countdown recursion accumulating into a list passed down.
def countdown(n, acc):
    if n < 0:
        return acc
    acc.append(n)
    return countdown(n - 1, acc)


result = countdown(DEPTH - 1, [])
print(len(result), result[0], result[-1], sum(result))
