# Several context managers in one with statement: enter left to right, exit right to left, failures midway.
events = []


class Step:
    def __init__(self, name, fail_enter=False, fail_exit=False, suppress=False):
        self.name = name
        self.fail_enter = fail_enter
        self.fail_exit = fail_exit
        self.suppress = suppress

    def __enter__(self):
        events.append(f"enter {self.name}")
        if self.fail_enter:
            raise RuntimeError(f"cannot enter {self.name}")
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        events.append(f"exit {self.name} ({type(exc).__name__ if exc else 'clean'})")
        if self.fail_exit:
            raise ValueError(f"exit of {self.name} failed")
        return self.suppress


def scenario(title, body):
    events.clear()
    try:
        body()
        outcome = "completed"
    except Exception as e:
        outcome = f"{type(e).__name__}: {e}"
    print(title)
    print("   ", " | ".join(events))
    print("    ->", outcome)


def plain():
    with Step("a") as a, Step("b") as b, Step("c") as c:
        events.append(f"body {a}{b}{c}")


def body_raises():
    with Step("a"), Step("b"), Step("c"):
        events.append("body")
        raise KeyError("oops")


def second_enter_fails():
    with Step("a"), Step("b", fail_enter=True), Step("c"):
        events.append("body never runs")


def middle_suppresses():
    with Step("a"), Step("b", suppress=True), Step("c"):
        raise IndexError("caught by b")
    events.append("after with")


def inner_exit_fails():
    with Step("a"), Step("b", fail_exit=True), Step("c"):
        events.append("body")


def exit_fails_during_exception():
    with Step("a"), Step("b", fail_exit=True):
        raise TypeError("original")


def nested_equivalent():
    with Step("a") as a:
        with Step("b") as b:
            events.append(f"body {a}{b}")


scenario("plain", plain)
scenario("body raises", body_raises)
scenario("second enter fails", second_enter_fails)
scenario("middle suppresses", middle_suppresses)
scenario("inner exit fails", inner_exit_fails)
scenario("exit fails during exception", exit_fails_during_exception)
scenario("nested equivalent", nested_equivalent)

# Targets are bound in order; a later manager expression can use an earlier target.
class Counter:
    def __init__(self, start):
        self.value = start

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("exit counter", self.value)


with Counter(1) as first, Counter(first.value + 10) as second:
    first.value += 100
    print(first.value, second.value)
