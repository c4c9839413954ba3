# A unit-conversion table built with builtins (zip, map, sorted, round, format); the last row feeds a str into abs() (uncaught TypeError).
units = ["mm", "cm", "m", "km"]
factors = [0.001, 0.01, 1, 1000]
to_metres = dict(zip(units, factors))
print(to_metres)


def convert(value, src, dst):
    return value * to_metres[src] / to_metres[dst]


readings = [(1500, "mm", "m"), (-2.5, "km", "m"), (42, "cm", "mm"), (0, "m", "km")]
for value, src, dst in readings:
    out = convert(value, src, dst)
    print(f"{value:>8} {src:>2} = {format(round(out, 3), ',')} {dst}")

distances = list(map(lambda r: abs(convert(*r)), readings))
print("absolute:", distances)
print("sorted:", sorted(zip(distances, (r[1] for r in readings)), reverse=True))
print("total m:", round(sum(convert(v, s, "m") for v, s, _ in readings), 6))
print("max by size:", max(readings, key=lambda r: abs(convert(r[0], r[1], "m"))))

# Input arriving as text must be converted first; this one is not.
raw_reading = ("-7", "m", "cm")
print("converting", raw_reading)
print(abs(raw_reading[0]) * to_metres[raw_reading[1]] / to_metres[raw_reading[2]])
