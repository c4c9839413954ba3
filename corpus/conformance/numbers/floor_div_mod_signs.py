# Floor division and modulo with every sign combination, for ints and floats, plus divmod.

pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (0, 5), (0, -5), (1, 10), (-1, 10)]

print("ints")
for a, b in pairs:
    q, r = a // b, a % b
    ok = q * b + r == a
    print(f"{a:>3} // {b:>3} = {q:>3}   {a:>3} % {b:>3} = {r:>3}   divmod={divmod(a, b)}  ok={ok}")

print("floats")
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1.0, 0.1), (-1.0, 0.3), (5.0, 2.5)]:
    print(a, "//", b, "=", a // b, "|", a, "%", b, "=", a % b, "| divmod", divmod(a, b))

# Float modulo keeps the sign of the divisor, including signed zeros.
print("signed zeros:", 0.0 % -3, -0.0 % 3, 6.0 % -3, -6.0 % 3, -0.0 // 3)

# Truncation versus flooring.
for x in (-7, -1, 1, 7):
    print(x, "int(x/2) =", int(x / 2), " x//2 =", x // 2, " -(-x//2) =", -(-x // 2))

# Big ints keep the same rules.
big = 10 ** 20 + 3
print(big // -7, big % -7, -big // 7, -big % 7, divmod(-big, -7))

# Modulo used for wrapping indices.
items = ["a", "b", "c", "d"]
for step in (-5, -1, 0, 3, 9):
    print(step, items[step % len(items)])

# Mixed int and float operand types.
print(7 // 2.0, -7 // 2.0, 7 % 2.5, divmod(7, -2.5))

# Division by zero in each flavour.
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (-2.5, 0.0)]:
    for name, fn in (("//", lambda x, y: x // y), ("%", lambda x, y: x % y), ("divmod", divmod)):
        try:
            print(fn(a, b))
        except ZeroDivisionError as e:
            print(repr(a), name, repr(b), "->", type(e).__name__, e)
