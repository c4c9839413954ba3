# Invalid format specs caught and printed: ValueError/TypeError messages from format(), f-strings, str.format.

cases = [
    (42, "q"),
    (42, ".2d"),
    (42, "=s"),
    (42, ",_"),
    (42, "_,"),
    (42, "z"),
    (3.5, "d"),
    (3.5, "x"),
    (3.5, "#,c"),
    (3.5, ".f"),
    ("s", "d"),
    ("s", "+"),
    ("s", " 5"),
    ("s", "#"),
    ("s", "="),
    ("s", "05"),
    ("s", ",s"),
    ("s", "_"),
    (42, "c<"),
    (42, "1" * 30),
    (True, "s"),
    (None, "d"),
    (42, "+c"),
    (42, ",c"),
    ([1], "x"),
]
for value, spec in cases:
    try:
        result = format(value, spec)
        print(f"format({value!r}, {spec!r}) = {result!r}")
    except (ValueError, TypeError, OverflowError) as e:
        print(f"format({value!r}, {spec!r}) -> {type(e).__name__}: {e}")

# The same checks reached through f-strings and str.format
width = "abc"
try:
    print(f"{42:{width}}")
except ValueError as e:
    print("ValueError:", e)
try:
    print("{:>{}}".format("x", "w"))
except ValueError as e:
    print("ValueError:", e)
try:
    print("{:.{}f}".format(1.5, -1))
except ValueError as e:
    print("ValueError:", e)

# Validating user-supplied specs before use
user_specs = ["8.2f", ">10", "bogus", "+,d", ".3e", "^^"]
valid = []
for spec in user_specs:
    try:
        sample = format(12345.678 if spec[-1:] != "d" else 12345, spec)
    except ValueError as e:
        print(f"reject {spec!r}: {e}")
    else:
        valid.append(spec)
        print(f"accept {spec!r}: {sample!r}")
print("valid specs:", valid)
