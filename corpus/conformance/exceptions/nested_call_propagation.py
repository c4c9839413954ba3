# Exceptions raised deep in nested calls unwind through finally blocks to a handler at the top; ends uncaught.
class ValidationError(Exception):
    def __init__(self, field, message):
        super().__init__(f"field {field!r} {message}")
        self.field = field


depth_log = []


def check_age(record):
    depth_log.append("check_age")
    age = record.get("age")
    if age is None:
        raise ValidationError("age", "is missing")
    if age < 0:
        raise ValidationError("age", "must be >= 0")
    return age


def check_record(record):
    depth_log.append("check_record")
    try:
        return {"name": record["name"].strip(), "age": check_age(record)}
    finally:
        depth_log.append("check_record cleanup")


def load_all(records):
    depth_log.append("load_all")
    loaded = []
    for i, rec in enumerate(records):
        loaded.append(check_record(rec))
        depth_log.append(f"loaded {i}")
    return loaded


def import_batch(records):
    depth_log.clear()
    try:
        return load_all(records)
    except ValidationError as e:
        return f"rejected: {e} (field={e.field})"
    except KeyError as e:
        return f"rejected: missing key {e}"
    except AttributeError as e:
        return f"rejected: {e}"


batches = [
    [{"name": " ann ", "age": 30}, {"name": "bob", "age": 0}],
    [{"name": "cy", "age": 5}, {"name": "dee", "age": -1}, {"name": "never", "age": 1}],
    [{"age": 3}],
    [{"name": 7, "age": 3}],
    [{"name": "eve"}],
]
for batch in batches:
    print(import_batch(batch))
    print("  ", depth_log)


# Recursion unwinding: each level adds a note on the way out.
def descend(n, notes):
    try:
        if n == 0:
            raise ValueError("bottom reached")
        descend(n - 1, notes)
    finally:
        notes.append(n)


notes = []
try:
    descend(4, notes)
except ValueError as e:
    print(e, notes)


# A handler in the middle that catches only other types lets the exception pass.
def middle():
    try:
        check_age({"age": -5})
    except (KeyError, TypeError):
        print("middle handled it (wrong)")
    print("middle after try (not reached)")


def top():
    try:
        middle()
    except ValidationError as e:
        print("top caught:", e)
        return "recovered"


print(top())


def sync(records):
    result = load_all(records)
    print("synced", len(result))


print("final sync")
sync([{"name": "ok", "age": 1}, {"name": "bad", "age": -30}])
