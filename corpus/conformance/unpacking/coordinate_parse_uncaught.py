# Parsing coordinate records with tuple unpacking; a malformed record ends in an uncaught ValueError.
raw = [
    "berlin 52.52 13.40",
    "lima -12.05 -77.04",
    "quito -0.18 -78.47",
    "nowhere 1.0",
]


def parse(line):
    name, lat, lon = line.split()
    return name, float(lat), float(lon)


def hemisphere(lat, lon):
    ns = "N" if lat >= 0 else "S"
    ew = "E" if lon >= 0 else "W"
    return ns + ew


parsed = []
for line in raw[:-1]:
    name, lat, lon = parse(line)
    parsed.append((name, lat, lon))
    print(f"{name:8} {lat:7.2f} {lon:7.2f} {hemisphere(lat, lon)}")

(north_name, *_), *southern = sorted(parsed, key=lambda rec: -rec[1])
print("northernmost:", north_name, "others:", [rec[0] for rec in southern])

try:
    name, lat, lon, alt = parse(raw[0]) + (0,)
    print("with altitude:", name, alt)
except ValueError as e:
    print("unexpected", e)

for line in raw:
    name, lat, lon = parse(line)
    print("reparsed", name)
