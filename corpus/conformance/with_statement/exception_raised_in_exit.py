# Exceptions raised inside __exit__: they replace the body's exception, chain to it, and finally escape uncaught.
class Connection:
    def __init__(self, name, fail_on_close=False):
        self.name = name
        self.fail_on_close = fail_on_close
        self.sent = []

    def __enter__(self):
        print(f"open {self.name}")
        return self

    def send(self, msg):
        if msg == "":
            raise ValueError("empty message")
        self.sent.append(msg)

    def __exit__(self, exc_type, exc, tb):
        status = "ok" if exc_type is None else exc_type.__name__
        print(f"close {self.name} ({status}), sent {len(self.sent)}")
        if self.fail_on_close:
            raise ConnectionLost(f"{self.name}: connection lost while closing")
        return False


class ConnectionLost(Exception):
    pass


def deliver(name, messages, fail_on_close=False):
    with Connection(name, fail_on_close) as conn:
        for m in messages:
            conn.send(m)
    return conn.sent


# Clean body, clean close.
print(deliver("alpha", ["hi", "there"]))

# Body error, clean close: the body error propagates.
try:
    deliver("beta", ["x", ""])
except ValueError as e:
    print("caught", type(e).__name__, e, "| context:", e.__context__)

# Clean body, failing close: the __exit__ error propagates with no context.
try:
    deliver("gamma", ["y"], fail_on_close=True)
except ConnectionLost as e:
    print("caught", type(e).__name__, e, "| context:", repr(e.__context__))

# Body error and failing close: the __exit__ error wins, chained to the body error.
try:
    deliver("delta", [""], fail_on_close=True)
except ConnectionLost as e:
    print("caught", type(e).__name__, e, "| context:", repr(e.__context__))
except ValueError as e:
    print("not reached", e)


# __exit__ with the wrong signature fails when the with block ends.
class BadExit:
    def __enter__(self):
        return "entered"

    def __exit__(self):
        return True


try:
    with BadExit() as b:
        print("body ran with", b)
except TypeError as e:
    print(type(e).__name__, e)


# Objects missing the protocol are rejected before the body runs.
class NoExit:
    def __enter__(self):
        print("NoExit.__enter__ should not run")


for obj in (NoExit(), 42):
    try:
        with obj:
            print("never")
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


def nightly(batches):
    results = []
    for i, batch in enumerate(batches):
        results.append(deliver(f"batch{i}", batch, fail_on_close=(i == 2)))
        print("delivered", results[-1])
    return results


nightly([["a"], ["b", "c"], ["d"], ["e"]])
