# printf-style % formatting: %d %i %s %r %a %x %X %o %e %E %f %F %g %G %c %%, flags, width, precision, *.

n, f, s = 42, 3.14159, "text"
print("%d|%i|%s|%r|%a|%%" % (n, -n, s, s, "é"))
print("%x|%X|%#x|%#X|%o|%#o|%x" % (255, 255, 255, 255, 8, 8, -255))
print("%e|%E|%.2e|%f|%.0f|%.3f|%F" % (f, f, 12345.678, f, 2.5, -0.0005, float("inf")))
print("%g|%G|%g|%g|%.3g|%#g|%g" % (f, 1e-10, 1e16, 123456789.0, 0.0001234, 1.0, 100000.0))
print("%c%c%c|%c" % (72, 105, 33, "Z"))

# width, left-justify, zero-pad, sign and space flags
for v in (7, -7, 0):
    print("[%5d][%-5d][%05d][%+d][% d][%+05d][%-+5d]" % (v, v, v, v, v, v, v))
for v in (3.14159, -2.5):
    print("[%10.3f][%-10.2f][%010.1f][%+.1e][% .2f][%#.0f]" % (v, v, v, v, v, v))
print("[%8s][%-8s][%.2s][%8.3s][%-8r]" % ("abc", "abc", "abc", "abcdef", "x"))

# * takes width / precision from the argument tuple
print("[%*d][%-*d][%.*f][%*.*f]" % (6, 42, 6, 42, 2, 3.14159, 9, 1, 2.75))

# %d and friends accept floats by truncation and bools as ints; %s uses str(), %r repr()
print("%d %d %x %s %r %s %r" % (3.99, -3.99, True, True, True, None, None))
print("%s %r %s" % ([1, "a"], [1, "a"], (1,)))
print("%.3s|%5.1s|" % ("hello", "world"))
print("%d%%" % 50, "100%%" % (), "%s" % "single", "%s" % (("tuple", "in", "tuple"),))

# Large values
print("%d %x %o" % (2 ** 70, 2 ** 70, -(2 ** 40)))
print("%.2f %e %g" % (10 ** 20, 2 ** 64, 2 ** 64))

# A ledger printed with % formatting
ledger = [("deposit", 1500.0), ("coffee", -4.25), ("rent", -950.0), ("refund", 12.5)]
balance = 0.0
print("%-10s %10s %10s" % ("item", "amount", "balance"))
for item, amount in ledger:
    balance += amount
    print("%-10s %+10.2f %10.2f" % (item, amount, balance))
print("%-10s %10s %10.2f" % ("final", "", balance))
