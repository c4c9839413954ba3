# getattr/setattr/hasattr/delattr with defaults, dynamic attribute names, vars() of instances, and their errors.
class Profile:
    kind = "user"

    def __init__(self, name):
        self.name = name
        self.tags = []

    def greet(self):
        return f"hi {self.name}"

    @property
    def upper_name(self):
        return self.name.upper()

    @property
    def broken(self):
        raise AttributeError("broken is not available")


p = Profile("ada")
print(getattr(p, "name"), getattr(p, "kind"), getattr(p, "missing", "fallback"), getattr(p, "missing", None))
print(getattr(p, "greet")(), getattr(Profile, "kind"), getattr(p, "upper_name"))
print(hasattr(p, "name"), hasattr(p, "greet"), hasattr(p, "nope"), hasattr(Profile, "name"), hasattr(p, "broken"))
print(getattr(p, "broken", "default used because property raised AttributeError"))
try:
    getattr(p, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(p, 42)
except TypeError as e:
    print(type(e).__name__, e)

# setattr with computed names, including names that are not identifiers.
for field, value in [("email", "ada@example.org"), ("age", 36), ("kind", "admin")]:
    setattr(p, field, value)
setattr(p, "odd name", 1)
print(vars(p))
print(p.kind, Profile.kind, getattr(p, "odd name"))

# vars() returns the live instance dict.
state = vars(p)
state["late"] = True
print(p.late, "late" in vars(p), vars(p) is state)
print(vars(Profile("x")), "kind" in vars(p), vars(p) == vars(Profile("ada")))

# delattr removes instance attributes; class attributes show through again.
delattr(p, "kind")
print(p.kind)
try:
    delattr(p, "kind")
except AttributeError as e:
    print(type(e).__name__, e)
delattr(p, "odd name")
print(hasattr(p, "odd name"), list(vars(p)))

# Builtin values: getattr works for methods, but setattr fails.
print(getattr("abc", "upper")(), getattr([3, 1, 2], "index")(2), hasattr(5, "real"), getattr(5, "bogus", "no"))
for thunk in [lambda: setattr("abc", "x", 1), lambda: setattr(5, "real", 2), lambda: delattr([], "append")]:
    try:
        thunk()
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)


# __getattr__ is only consulted for missing attributes; hasattr and getattr default both use it.
class Lazy:
    def __init__(self):
        self.real = "real value"

    def __getattr__(self, name):
        if name.startswith("computed_"):
            return name[len("computed_"):] * 2
        raise AttributeError(f"no attribute {name!r} here")


z = Lazy()
print(z.real, z.computed_ab, getattr(z, "computed_x"), hasattr(z, "other"), getattr(z, "other", "dflt"))
print(vars(z))
try:
    z.other
except AttributeError as e:
    print(type(e).__name__, e)

# A config loader driven by getattr with defaults.
class Defaults:
    retries = 3
    timeout = 10.0


def load(overrides):
    cfg = Defaults()
    for key, value in overrides.items():
        if not hasattr(cfg, key):
            print(f"  unknown setting {key!r} ignored")
            continue
        setattr(cfg, key, type(getattr(cfg, key))(value))
    return {k: getattr(cfg, k) for k in ("retries", "timeout")}, vars(cfg)


print(load({"retries": "5", "colour": "red"}))
print(load({}))
