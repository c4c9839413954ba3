# Splitting a budget across teams with //, % and augmented ops; the last team has no members: uncaught ZeroDivisionError.

teams = [("core", 5), ("web", 3), ("ops", 2), ("docs", 1)]
budget = 10007

share = budget // len(teams)
leftover = budget % len(teams)
print("share", share, "leftover", leftover)

allocation = {}
for i, (name, size) in enumerate(teams):
    amount = share + (1 if i < leftover else 0)
    allocation[name] = amount
print(allocation, sum(allocation.values()) == budget)

per_head = {}
for name, size in teams:
    per_head[name] = allocation[name] // size
    rest = allocation[name] % size
    print(f"{name:>5}: {allocation[name]:>5} over {size} -> {per_head[name]} each, {rest} spare")

ratios = sorted(per_head.items(), key=lambda kv: -kv[1])
print("most per head:", ratios[0], "least:", ratios[-1])

# Growing the pool with augmented assignment
pool = 1
for name, size in teams:
    pool *= size
    pool += 1
    pool <<= 1
print("pool", pool, pool & 0xFF, pool ^ 0xFF, pool >> 3)

teams.append(("interns", 0))
print("teams now", len(teams), [n for n, s in teams])
spare = budget
for name, size in teams[:-1]:
    spare %= size + 7
    print("checking", name, "spare", spare)
newest = teams[-1]
print("dividing among", newest[0])
spare %= newest[1]
