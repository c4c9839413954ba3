# Parse log lines with split/partition/strip and build a report; the final line mixes str and int: uncaught TypeError.

LOG = """
2024-01-03 10:15:02 INFO  server started port=8080
2024-01-03 10:15:07 WARN  disk usage high pct=91
2024-01-03 10:16:00 ERROR request failed code=500 path=/api/items
2024-01-03 10:16:30 INFO  request ok code=200 path=/api/items
2024-01-03 10:17:45 ERROR request failed code=503 path=/health
   
2024-01-03 10:18:00 INFO  shutting down
"""

entries = []
for raw in LOG.strip().splitlines():
    line = raw.strip()
    if not line:
        continue
    date, time, level, rest = line.split(None, 3)
    fields = {}
    words = []
    for token in rest.split():
        key, eq, value = token.partition("=")
        if eq:
            fields[key] = value
        else:
            words.append(token)
    entries.append((time, level, " ".join(words), fields))

for time, level, message, fields in entries:
    print(f"{time} [{level:<5}] {message:<16} {fields}")

by_level = {}
for _, level, _, _ in entries:
    by_level[level] = by_level.get(level, 0) + 1
print("counts:", by_level)

errors = [e for e in entries if e[1] == "ERROR"]
paths = [e[3].get("path", "?") for e in errors]
print("error paths:", ", ".join(paths))
codes = [e[3]["code"] for e in entries if "code" in e[3]]
print("codes:", codes, "max:", max(codes), "as ints:", sorted(int(c) for c in codes))
print("first/last:", entries[0][0], "->", entries[-1][0])
summary = "errors=" + str(len(errors)) + " warnings=" + str(by_level["WARN"])
print(summary.upper(), summary.title(), summary.replace("=", ": "))
print("total lines: " + len(entries))
