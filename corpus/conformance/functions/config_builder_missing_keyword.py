# Keyword-only configuration builder; ends with an uncaught missing keyword-only argument error.


def build(kind, *layers, name, debug=False, **extra):
    parts = [kind, name]
    parts.extend(str(layer) for layer in layers)
    if debug:
        parts.append("debug")
    for key in sorted(extra):
        parts.append("%s=%s" % (key, extra[key]))
    return "/".join(parts)


def from_spec(spec):
    positional = spec.get("layers", ())
    options = {k: v for k, v in spec.items() if k != "layers"}
    return build(*positional, **options)


specs = [
    {"layers": ("net", 1, 2), "name": "alpha"},
    {"layers": ("db",), "name": "beta", "debug": True},
    {"layers": ("cache", 64), "name": "gamma", "ttl": 30, "evict": "lru"},
    {"kind": "queue", "name": "delta"},
]
for spec in specs:
    print(build.__name__, "->", from_spec(spec))

# Recoverable errors first: each is caught and reported.
bad_specs = [
    {"layers": (), "name": "x"},
    {"layers": ("net",), "name": "y", "kind": "dup"},
    {"layers": ("net", 1), "debug": True},
]
for spec in bad_specs:
    try:
        from_spec(spec)
    except TypeError as e:
        print("rejected:", e)

print("defaults:", build.__defaults__, build.__kwdefaults__)
print("building the final service without a name")
build("final", 1, 2, 3, debug=True)
