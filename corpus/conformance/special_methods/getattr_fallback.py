# __getattr__ is called only for attributes normal lookup cannot find; interplay with hasattr/getattr.
class Record:
    def __init__(self, **fields):
        self.fields = fields
        self.lookups = []

    def __getattr__(self, name):
        # Only reached for missing attributes; self.fields and self.lookups exist normally.
        self.lookups.append(name)
        if name.startswith("get_"):
            key = name[4:]
            return lambda default=None: self.fields.get(key, default)
        if name in self.fields:
            return self.fields[name]
        raise AttributeError(f"{type(self).__name__!r} has no field {name!r}")

    def describe(self):
        return "Record with " + ", ".join(sorted(self.fields))


r = Record(name="Ada", year=1815)
print(r.name, r.year, r.describe())
print(r.get_name(), r.get_missing("n/a"), r.get_year())
print(r.lookups)
r.name = "Lovelace"                       # instance attribute now shadows the field
print(r.name, r.fields["name"], r.lookups[-1])
print(hasattr(r, "year"), hasattr(r, "colour"), getattr(r, "colour", "default"))
try:
    r.colour
except AttributeError as e:
    print(type(e).__name__, e)
print(r.lookups)


class Defaults:
    species = "cat"

    def __init__(self):
        self.name = "tom"

    def __getattr__(self, name):
        return f"<default {name}>"


d = Defaults()
print(d.name, d.species, d.age, d.anything_else)
print(getattr(d, "zzz"), hasattr(d, "whatever"))
del d.name
print(d.name)
# Special method lookups do not go through __getattr__ on the instance.
try:
    len(d)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d + 1
except TypeError as e:
    print(type(e).__name__, e)


class Proxy:
    def __init__(self, target):
        self.target = target
        self.calls = 0

    def __getattr__(self, name):
        self.calls += 1
        return getattr(self.target, name)


class Engine:
    def __init__(self):
        self.rpm = 800

    def rev(self, amount):
        self.rpm += amount
        return self.rpm


p = Proxy(Engine())
print(p.rev(200), p.rev(-50), p.rpm, p.calls)
try:
    p.fuel
except AttributeError as e:
    print(type(e).__name__, e, p.calls)


# A property raising AttributeError triggers __getattr__ as the fallback.
class Lazy:
    @property
    def value(self):
        raise AttributeError("not computed yet")

    def __getattr__(self, name):
        return f"fallback for {name}"


print(Lazy().value)
