# Every augmented assignment operator on ints, floats, sequences, sets, dicts, and aliasing effects.

n = 100
steps = []
n += 7; steps.append(n)
n -= 20; steps.append(n)
n *= 3; steps.append(n)
n //= 4; steps.append(n)
n %= 50; steps.append(n)
n **= 3; steps.append(n)
n <<= 5; steps.append(n)
n >>= 2; steps.append(n)
n &= 0xFFF; steps.append(n)
n |= 0x10001; steps.append(n)
n ^= 0xFF; steps.append(n)
n /= 8; steps.append(n)
print(steps)

neg = -17
neg //= 5
print(neg, end=" ")
neg = -17
neg %= 5
print(neg, end=" ")
neg = -1
neg >>= 10
print(neg, end=" ")
neg = -8
neg **= -1
print(neg)

f = 1.5
f += 1; f *= 2; f -= 0.5; f /= 4; f **= 2; f //= 0.5; f %= 1.25
print(f)

# Lists: += extends in place (aliases see it); + builds a new list
a = [1, 2]
alias = a
a += [3]
a += (4, 5)
a += "ab"
print(a, alias, a is alias)
a = a + [6]
print(a, alias, a is alias)
m = [0]
m_alias = m
m *= 3
print(m, m_alias is m)

# Tuples and strings are immutable: += rebinds
t = (1,)
t_alias = t
t += (2,)
s = "ab"
s_alias = s
s += "cd"
s *= 2
print(t, t_alias, s, s_alias)

# Sets and dicts
st = {1, 2, 3}
st_alias = st
st |= {4}
st &= {1, 2, 4, 9}
st ^= {2, 7}
st -= {1}
print(sorted(st), st is st_alias)
d = {"a": 1}
d_alias = d
d |= {"b": 2}
d |= [("a", 10)]
print(d, d is d_alias)

try:
    t2 = (1, 2)
    t2 += [3]
except TypeError as e:
    print("TypeError:", e)
try:
    count = None
    count += 1
except TypeError as e:
    print("TypeError:", e)
try:
    z = 0
    z /= 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

# Augmenting a list element that is a tuple inside a list
rows = [(1,), (2,)]
rows[0] += (9,)
print(rows)

# Accumulators in a loop
total, product, bits, text = 0, 1, 0, ""
for i in range(1, 6):
    total += i
    product *= i
    bits |= 1 << i
    text += str(i)
print(total, product, bin(bits), text)
