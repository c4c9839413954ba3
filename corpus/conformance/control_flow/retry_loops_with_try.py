# Control flow through try/except/else inside loops: retries, continue in except, break in else, loop else.
class Flaky:
    def __init__(self, failures):
        self.failures = list(failures)
        self.calls = 0

    def fetch(self):
        self.calls += 1
        if self.failures:
            err = self.failures.pop(0)
            raise err
        return f"payload#{self.calls}"


def fetch_with_retry(service, attempts=3):
    for attempt in range(1, attempts + 1):
        try:
            data = service.fetch()
        except TimeoutLike as e:
            print(f"  attempt {attempt}: timeout ({e}), retrying")
            continue
        except ValueError as e:
            print(f"  attempt {attempt}: bad data ({e}), giving up")
            break
        else:
            print(f"  attempt {attempt}: success")
            return data
        finally:
            print(f"  attempt {attempt}: cleanup")
    else:
        return "exhausted retries"
    return "aborted"


class TimeoutLike(Exception):
    pass


print(fetch_with_retry(Flaky([])))
print(fetch_with_retry(Flaky([TimeoutLike("t1"), TimeoutLike("t2")])))
print(fetch_with_retry(Flaky([TimeoutLike("t1"), ValueError("corrupt")])))
print(fetch_with_retry(Flaky([TimeoutLike("a"), TimeoutLike("b"), TimeoutLike("c")])))
print(fetch_with_retry(Flaky([]), attempts=0))

# Parse numbers, skipping bad ones with continue and stopping at a sentinel with break.
def parse_all(tokens):
    out = []
    skipped = 0
    for tok in tokens:
        if tok == "END":
            break
        try:
            value = int(tok)
        except ValueError:
            skipped += 1
            continue
        if value < 0:
            print(f"  negative {value} clipped")
            value = 0
        out.append(value)
    else:
        print("  no END marker")
    return out, skipped


print(parse_all(["1", "x", "-3", "4", "END", "5"]))
print(parse_all(["7", "", "08"]))
print(parse_all([]))

# A while loop that retries until a condition holds, with an exception escaping from a nested helper.
def divide_down(n, divisors):
    steps = []
    while divisors:
        d = divisors.pop()
        try:
            if n % d:
                raise ArithmeticError(f"{n} not divisible by {d}")
            n //= d
        except ZeroDivisionError:
            steps.append("skip zero")
            continue
        except ArithmeticError as e:
            steps.append(str(e))
            break
        steps.append(n)
    return steps


print(divide_down(360, [7, 3, 0, 2, 2]))
print(divide_down(360, [5, 0, 3, 2]))

# return inside except inside a loop skips the loop's else.
def first_int(values):
    for v in values:
        try:
            return int(v)
        except (TypeError, ValueError) as e:
            print(f"  {v!r}: {type(e).__name__}")
    else:
        return None


print(first_int([None, "a", "12", "13"]), first_int([[], "z"]))
