# Nested replacement fields inside format specs: width/precision/fill/align/type from variables.

values = [3.14159265, -2.5, 1234.5678, 0.0005, 100]
for width in (8, 12):
    for prec in (0, 2, 4):
        cells = [f"{v:{width}.{prec}f}" for v in values]
        print(f"w={width:<2} p={prec}:", "|".join(cells))

# fill and align from variables
for fill, align in [("*", "<"), ("-", ">"), ("=", "^"), ("0", "=")]:
    print(f"[{-42:{fill}{align}10}] [{'txt' if align != '=' else 7:{fill}{align}9}]")

# type from a variable
for kind in ("d", "x", "X", "o", "b", "e", "%", "g"):
    num = 255 if kind in "dxXob" else 0.255
    print(f"{kind}: {num:{kind}} {num:>{12}{kind}}")

# str.format and format() with nested fields
print("{:{}.{}f}".format(3.14159, 10, 3), "{0:{1}{2}}".format("hi", ">", 6))
print("{val:{fill}^{w}}".format(val="mid", fill="~", w=11))
print("{0:{w}d}|{1:<{w}}|".format(7, "x", w=4))
spec = ">8.2%"
print(format(0.4567, spec), format(12, "0" + str(6) + "d"))

# A column-aligned report where widths come from the data
inventory = {"widget": (12, 2.5), "gadget-pro": (3, 125.0), "nut": (4000, 0.015)}
name_w = max(len(k) for k in inventory)
qty_w = max(len(str(q)) for q, _ in inventory.values())
for name, (qty, unit) in sorted(inventory.items()):
    total = qty * unit
    print(f"{name:<{name_w}} | {qty:>{qty_w}} x {unit:>8.3f} = {total:>{name_w}.2f}")

# Precision for strings truncates
for p in (1, 3, 10):
    print(f"[{'abcdef':.{p}}] [{'abcdef':>{p + 2}.{p}}]")

# Nesting more than one level is an error
try:
    print("{:{:{}}}".format(1, 2, 3))
except ValueError as e:
    print("ValueError:", e)
