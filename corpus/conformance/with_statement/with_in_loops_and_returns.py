# Nested with statements and with inside loops: break, continue and return all run __exit__ in order.
log = []


class Scope:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        log.append(f"+{self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        log.append(f"-{self.name}" + (f"!{exc_type.__name__}" if exc_type else ""))
        return False


def flush(title):
    print(f"{title}: {' '.join(log)}")
    log.clear()


for i in range(5):
    with Scope(f"it{i}"):
        if i == 1:
            continue
        if i == 3:
            break
        log.append(f"work{i}")
flush("for loop")


def find(items, target):
    with Scope("outer"):
        for idx, item in enumerate(items):
            with Scope(f"item{idx}"):
                if item == target:
                    return idx
    return -1


print("find ->", find(["a", "b", "c"], "b"))
flush("return from nested")
print("find ->", find([], "x"))
flush("empty")


class Appender(Scope):
    def __init__(self, items):
        super().__init__("ret")
        self.items = items

    def __exit__(self, exc_type, exc, tb):
        self.items.append("appended by exit")
        return super().__exit__(exc_type, exc, tb)


def return_value_timing():
    items = []
    with Appender(items):
        return len(items), items     # evaluated before __exit__ runs


print(return_value_timing())
flush("return timing")

n = 0
while True:
    with Scope(f"w{n}") as s:
        n += 1
        if n < 3:
            log.append("again")
            continue
        log.append(f"done with {s.name}")
        break
flush("while loop")


# Nested loops: break only leaves the inner loop, exiting only the inner with.
with Scope("A"):
    for r in range(2):
        with Scope(f"row{r}"):
            for c in range(3):
                with Scope(f"c{r}{c}"):
                    if c == 1:
                        break
flush("nested loops")


# An exception escaping a loop body passes through every open with.
def crash():
    with Scope("top"):
        for k in range(3):
            with Scope(f"k{k}"):
                if k == 2:
                    raise IndexError("k too big")


try:
    crash()
except IndexError as e:
    log.append(f"caught {e}")
flush("exception")


# A generator-free way to reuse a manager: the same instance entered several times.
shared = Scope("shared")
for _ in range(2):
    with shared as again:
        log.append(str(again is shared))
flush("reuse")
