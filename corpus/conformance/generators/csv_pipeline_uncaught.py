# A record-parsing generator pipeline; ends with an uncaught error raised inside a nested generator.

RAW = """name,qty,price
widget,4,2.50
gadget,0,10.00
# comment line
gizmo,3,7.25

doohickey,two,1.00
sprocket,1,0.75"""


def lines(text):
    for number, line in enumerate(text.split("\n"), 1):
        yield number, line


def meaningful(numbered):
    for number, line in numbered:
        if line.strip() and not line.startswith("#"):
            yield number, line


def records(numbered):
    header = None
    for number, line in numbered:
        fields = line.split(",")
        if header is None:
            header = fields
            continue
        if len(fields) != len(header):
            raise ValueError("line %d: expected %d fields" % (number, len(header)))
        yield number, dict(zip(header, fields))


def typed(recs):
    for number, rec in recs:
        qty = rec["qty"]
        if not qty.isdigit():
            raise ValueError("line %d: bad quantity %r" % (number, qty))
        yield rec["name"], int(qty), float(rec["price"])


def totals(items):
    running = 0.0
    for name, qty, price in items:
        running += qty * price
        yield name, qty * price, running


# The first part of the file is fine.
for name, cost, running in totals(typed(records(meaningful(lines(RAW))))):
    print("%-10s %6.2f  running %7.2f" % (name, cost, running))
    if name == "gizmo":
        break

# A short file with a wrong field count: caught.
try:
    for row in typed(records(meaningful(lines("name,qty,price\nbolt,5,0.10\nnut,1")))):
        print(row)
except ValueError as e:
    print("caught:", e)

print("processing the whole file")
print(list(totals(typed(records(meaningful(lines(RAW)))))))
