# % formatting with %(name)s mappings, tuple handling pitfalls, and the error messages for mismatches.

record = {"name": "Ada", "age": 36, "score": 97.456, "tags": ["x", "y"]}
print("%(name)s is %(age)d; score %(score).1f; tags=%(tags)r" % record)
print("%(name)-6s|%(age)05d|%(score)+10.2e|%(name)r" % record)
print("%(a)s %(a)s %(b)s" % {"a": 1, "b": 2, "unused": 3})
print("%(x)s %%" % {"x": "percent"}, "no fields" % {}, "%(k)s" % {"k": {"nested": 1}})

# A tuple argument must be wrapped to be printed as one value
point = (3, 4)
print("point: %s" % (point,), "point: %s, %s" % point, "list: %s" % [3, 4])
try:
    print("point: %s" % point)
except TypeError as e:
    print("TypeError:", e)

errors = [
    ("%d", ("x",)),
    ("%d %d", (1,)),
    ("%s", (1, 2)),
    ("%(name)s", ("Ada",)),
    ("%(missing)s", {"name": "Ada"}),
    ("%z", (1,)),
    ("%c", ("ab",)),
    ("%c", (-1,)),
    ("%x", (1.5,)),
    ("%f", ("1.5",)),
    ("%s %(a)s", {"a": 1}),
    ("%", ()),
    ("%*d", ("5", 1)),
]
for fmt, args in errors:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(f"{fmt!r:14} {type(e).__name__}: {e}")

# % on a non-str left operand
try:
    print(5 % "x")
except TypeError as e:
    print("TypeError:", e)

# Templates filled from a list of dicts
rows = [
    {"id": 1, "item": "bolt", "qty": 250, "price": 0.05},
    {"id": 22, "item": "nut", "qty": 1200, "price": 0.02},
    {"id": 333, "item": "washer", "qty": 75, "price": 0.015},
]
line = "#%(id)03d %(item)-8s qty=%(qty)6d @ %(price).3f = %(total)8.2f"
grand = 0
for row in rows:
    row["total"] = row["qty"] * row["price"]
    grand += row["total"]
    print(line % row)
print("grand total: %.2f (%d rows)" % (grand, len(rows)))
