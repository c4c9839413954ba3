# Regression found by the oracle (tauraro fuzz --features builtins, 2026-11-30): fastvm raised
# IndexError for getattr(obj, "") on host values (it read name[0] of the empty name).
for obj in ("abc", 5, [1], None):
    try:
        print(getattr(obj, ""))
    except AttributeError as e:
        print(type(e).__name__, e)
print(hasattr("x", ""), getattr(3, "", "default"))
