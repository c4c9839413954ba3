# Lambdas: as sort keys, returned from functions, default-argument capture, and their names.

people = [("dana", 31), ("al", 25), ("cy", 31), ("bea", -1)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(max(people, key=lambda p: len(p[0])))
print(list(map(lambda p: p[0].upper(), people)))
print(list(filter(lambda p: p[1] > 30, people)))

# Lambdas with defaults, keyword-only and star parameters.
greet = lambda name, greeting="hi": greeting + ", " + name
print(greet("ann"), "|", greet("bob", "yo"), "|", greet(greeting="hey", name="cy"))
fold = lambda *xs, start=0: start + sum(xs)
print(fold(), fold(1, 2, 3), fold(1, start=100))
kw = lambda **kv: sorted(kv)
print(kw(b=1, a=2))

# Conditional expressions inside a lambda.
sign = lambda n: "neg" if n < 0 else ("zero" if n == 0 else "pos")
print([sign(v) for v in (-5, 0, 7)])

# Immediately invoked, and a lambda returning a lambda.
print((lambda a, b: a ** b)(2, 10))
adder = lambda n: lambda x: x + n
add5 = adder(5)
print(add5(1), adder(-3)(3), adder(0.5)(0.25))

# Default values are evaluated when the lambda is created.
base = 10
fixed = lambda x, b=base: x + b
live = lambda x: x + base
base = 1000
print("fixed:", fixed(1), "live:", live(1))

# Capturing loop values via defaults.
powers = [lambda x, e=e: x ** e for e in range(4)]
print([f(3) for f in powers])
late = [lambda x: x ** e for e in range(4)]
print([f(3) for f in late])

# Names and attributes of lambdas.
print(greet.__name__, fold.__defaults__, fold.__kwdefaults__, greet.__defaults__)
print(greet.__doc__)


def named(x):
    return x


print(named.__name__, (lambda: 0).__name__)

# A lambda body is a single expression; it can still raise.
divide = lambda a, b: a / b
for a, b in [(1, 2), (-9, 3), (1, 0)]:
    try:
        print(divide(a, b))
    except ZeroDivisionError as e:
        print(type(e).__name__, e)

# A lambda with no parameters called repeatedly sees current state.
counter = [0]
bump = lambda: counter.append(counter[-1] + 1)
for _ in range(3):
    bump()
print(counter, bump())
