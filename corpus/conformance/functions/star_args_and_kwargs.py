# *args and **kwargs parameters, and calls that unpack with *seq and **mapping.


def collect(first, *rest, **options):
    print("  first =", first, "rest =", rest, "options =", options)
    return len(rest) + len(options)


print("plain:")
collect(1)
collect(1, 2, 3)
collect(1, 2, key="v", other=None)

print("star unpack:")
values = [10, 20, 30]
collect(*values)
collect(0, *values, *"ab")
collect(*range(3), *(), *[4])
collect(*(x * x for x in range(1, 4)))

print("double-star unpack:")
settings = {"mode": "fast", "level": 3}
collect("s", **settings)
collect("t", **settings, extra=True, **{"z": 0})
n = collect(*values, **settings)
print("counted", n)

print("kwargs order follows the call:")
collect(0, b=2, a=1, c=3)
collect(0, **{"c": 3}, a=1, **{"b": 2})


# **kwargs receives a fresh dict each call; changing it does not affect the caller.
def mutate(**kw):
    kw["added"] = True
    return kw


source = {"k": 1}
out = mutate(**source)
print(source, out, out is source)


# *args is always a tuple, even when the caller passed a list.
def kind_of(*args):
    return type(args).__name__, args


print(kind_of(*[1, 2]), kind_of())


# Forwarding: a wrapper passes everything through unchanged.
def target(a, b=0, *more, flag=False, **rest):
    return (a, b, more, flag, sorted(rest.items()))


def forward(*args, **kwargs):
    return target(*args, **kwargs)


print(forward(1))
print(forward(1, 2, 3, 4, flag=True))
print(forward(b=5, a=6, zz=1, aa=2))

# A dict with a key that names a positional parameter.
print(forward(*[7], **{"b": 8}))

# Mixing positional unpack with named parameters that collide.
try:
    forward(1, 2, **{"b": 3})
except TypeError as e:
    print(type(e).__name__, e)

# Unpacking a string and a dict (iterating a dict gives keys).
print(kind_of(*"hey"), kind_of(*{"p": 1, "q": 2}))
