# Set methods and operators on int sets: union/intersection/difference/symmetric_difference, subsets, add/discard/remove.
evens = {n for n in range(0, 20, 2)}
threes = set(range(0, 20, 3))
primes = {2, 3, 5, 7, 11, 13, 17, 19}
print(sorted(evens))
print(sorted(threes))

print("|", sorted(evens | threes))
print("&", sorted(evens & threes))
print("-", sorted(evens - threes))
print("^", sorted(evens ^ threes))

# Method forms accept any iterables and several arguments; operators need sets.
print(sorted(primes.union([1, 4], range(20, 23))))
print(sorted(primes.intersection(range(10), [2, 7, 99])))
print(sorted(primes.difference([2], (3, 5))))
print(sorted(primes.symmetric_difference([1, 2, 3])))
try:
    primes | [1, 4]
except TypeError as e:
    print(type(e).__name__, e)

# Operator precedence: & binds tighter than ^, which binds tighter than |.
print(sorted(evens | threes & primes), sorted((evens | threes) & primes))
print(sorted(evens - threes - primes), sorted(evens - (threes - primes)))

# Subset and superset comparisons are partial orders, not total ones.
small = {2, 3}
print(small <= primes, small < primes, primes > small, primes >= primes, primes > primes)
print(small.issubset(range(5)), primes.issuperset([2, 3, 99]))
print({1, 2} < {2, 3}, {1, 2} > {2, 3}, {1, 2} == {2, 3})
print(sorted([{3}, {1, 2}, {2}], key=len))
print(set().isdisjoint(set()), evens.isdisjoint({1, 3, 5}), evens.isdisjoint(primes))

# In-place operators mutate the same object.
s = {1, 2, 3}
alias = s
s |= {4}
s &= {1, 2, 4, 5}
s -= {1}
s ^= {2, 9}
print(sorted(s), alias is s)
s = s | {100}
print(sorted(s), sorted(alias), alias is s)

# add/discard/remove.
seen = set()
for v in [5, 1, 5, 3, 1, 5]:
    if v in seen:
        print("duplicate", v)
    seen.add(v)
print(sorted(seen), len(seen))
seen.discard(42)
seen.discard(5)
print(sorted(seen))
try:
    seen.remove(42)
except KeyError as e:
    print(type(e).__name__, e)
seen.update([7, 8], {9})
seen.difference_update(range(8))
print(sorted(seen))
seen.intersection_update([9, 10])
print(seen)
seen.clear()
print(seen, bool(seen), len(seen))
try:
    seen.pop()
except KeyError as e:
    print(type(e).__name__, e)

# Equal numbers collapse; unhashable members fail.
print(len({1, 1.0, True}), {0, False, 0.0})
try:
    {[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    seen.add({3})
except TypeError as e:
    print(type(e).__name__, e)

# Set vs frozenset: equal by content, result type follows the left operand.
fs = frozenset([1, 2, 3])
print(fs == {1, 2, 3}, type(fs | {4}).__name__, type({4} | fs).__name__)
print(fs, frozenset())
print(set(), {1, 2} - {1, 2})
