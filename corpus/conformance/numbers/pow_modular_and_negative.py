# pow(): three-argument modular form, negative exponents, modular inverses and error messages.

def modinv_check(base, mod):
    try:
        inv = pow(base, -1, mod)
    except ValueError as e:
        print(f"inverse of {base} mod {mod}: ValueError {e}")
        return
    print(f"inverse of {base} mod {mod} = {inv}, check {(base * inv) % mod}")

print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 1000007))
print(pow(-2, 3), pow(-2, 3, 5), pow(2, 3, -5), pow(-2, 3, -5))
print(pow(7, 0, 13), pow(7, 0, 1), pow(0, 0), 0 ** 0, 0.0 ** 0)

# Negative exponents give floats for int bases.
for b, e in [(2, -1), (2, -3), (-2, -3), (10, -2), (4, -0)]:
    r = pow(b, e)
    print(f"{b}**{e} = {r!r} ({type(r).__name__})")

print(2 ** -1 == 0.5, (-8) ** 2, -8 ** 2, (-1) ** 1001, (-1) ** 1000)
print(2.0 ** 0.5, 9 ** 0.5, 4.0 ** -0.5, 1.5 ** 2)

for base, mod in [(3, 7), (10, 17), (2, 4), (-3, 7), (38, 97), (6, 9)]:
    modinv_check(base, mod)

# RSA-flavoured round trip with small numbers.
p, q, e = 61, 53, 17
n, phi = p * q, (p - 1) * (q - 1)
d = pow(e, -1, phi)
msg = 1234
cipher = pow(msg, e, n)
print("d =", d, "cipher =", cipher, "plain =", pow(cipher, d, n))

# Large exponent with a modulus stays fast and exact.
print(pow(123456789, 10 ** 18, 10 ** 9 + 7))

cases = [
    (lambda: pow(0, -1), "pow(0, -1)"),
    (lambda: 0.0 ** -2, "0.0 ** -2"),
    (lambda: pow(2, 3, 0), "pow(2, 3, 0)"),
    (lambda: pow(2.0, 3, 5), "pow(2.0, 3, 5)"),
    (lambda: pow(2, 0.5, 5), "pow(2, 0.5, 5)"),
    (lambda: pow("2", 3), "pow('2', 3)"),
]
for fn, text in cases:
    try:
        print(text, "=", fn())
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(text, "->", type(e).__name__ + ":", e)
