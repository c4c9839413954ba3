"""What one Tauraro frame costs the host, call path by call path (tauraro/hosting.py).

    python perf/host_costs.py                      # host recursion counts per frame, both VMs
    python perf/host_costs.py --stack              # and C stack per frame (slower: subprocesses)
    python perf/host_costs.py --vm ref --path lt_sorted_max

Each path is a program recursing forever through one kind of call; `reached[0]` counts its
levels. CPython counts each Python frame and each recursive C call towards its recursion limit;
the count at a Tauraro call is read from the message of `sys.setrecursionlimit(1)` (refused
below the current depth, which it names), taken at every Tauraro call through a recursion
limit that is an int recording where it is compared. Counts per frame: the slope between a
quarter of the limit and the limit. C stack per frame: the smallest executor stack (found by
bisection, in child processes) with which the run reaches the limit, divided by the limit.
"""

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from oracle.executors import VMS  # noqa: E402
from tauraro import hosting  # noqa: E402

HEAD = "reached = [0]\n"
TAIL = "\ntry:\n    go()\nexcept RecursionError:\n    print('RecursionError', reached[0] > 10)\n"
PATHS = {}
PATHS["plain"] = """
def f(n):
    reached[0] = n
    return f(n + 1)
def go(): f(1)
"""
PATHS["method"] = """
class A:
    def m(self, n):
        reached[0] = n
        return self.m(n + 1)
def go(): A().m(1)
"""
PATHS["getattr"] = """
class A:
    def __getattr__(self, name):
        reached[0] += 1
        return self.missing
def go(): A().x
"""
PATHS["getattr_builtin"] = """
class A:
    def __getattr__(self, name):
        reached[0] += 1
        return getattr(self, name)
def go(): A().x
"""
PATHS["hasattr"] = """
class A:
    def __getattr__(self, name):
        reached[0] += 1
        return hasattr(self, name)
def go(): A().x
"""
PATHS["property"] = """
class A:
    @property
    def p(self):
        reached[0] += 1
        return self.p
def go(): A().p
"""
PATHS["add"] = """
class A:
    def __add__(self, other):
        reached[0] += 1
        return self + other
def go(): A() + 1
"""
PATHS["radd"] = """
class A:
    def __radd__(self, other):
        reached[0] += 1
        return 1 + self
def go(): 1 + A()
"""
PATHS["iadd"] = """
class A:
    def __iadd__(self, other):
        reached[0] += 1
        x = self
        x += 1
        return x
def go():
    x = A()
    x += 1
"""
PATHS["neg"] = """
class A:
    def __neg__(self):
        reached[0] += 1
        return -self
def go(): -A()
"""
PATHS["eq"] = """
class A:
    def __eq__(self, other):
        reached[0] += 1
        return self == other
def go(): A() == 1
"""
PATHS["lt_sorted"] = """
class A:
    def __lt__(self, other):
        reached[0] += 1
        return sorted([self, other])[0] is self
def go(): A() < A()
"""
PATHS["hash_dict"] = """
class A:
    def __hash__(self):
        reached[0] += 1
        return len({self: 1})
def go(): hash(A())
"""
PATHS["repr"] = """
class A:
    def __repr__(self):
        reached[0] += 1
        return repr(self)
def go(): repr(A())
"""
PATHS["str_print_fmt"] = """
class A:
    def __str__(self):
        reached[0] += 1
        return "%s" % (self,)
def go(): str(A())
"""
PATHS["fstring_format"] = """
class A:
    def __format__(self, spec):
        reached[0] += 1
        return f"{self:x}"
def go(): format(A(), "")
"""
PATHS["str_format_method"] = """
class A:
    def __format__(self, spec):
        reached[0] += 1
        return "{0:x}".format(self)
def go(): format(A(), "")
"""
PATHS["getitem"] = """
class A:
    def __getitem__(self, i):
        reached[0] += 1
        return self[i]
def go(): A()[0]
"""
PATHS["setitem"] = """
class A:
    def __setitem__(self, i, v):
        reached[0] += 1
        self[i] = v
def go(): A()[0] = 1
"""
PATHS["contains"] = """
class A:
    def __contains__(self, x):
        reached[0] += 1
        return x in self
def go(): 1 in A()
"""
PATHS["len"] = """
class A:
    def __len__(self):
        reached[0] += 1
        return len(self)
def go(): len(A())
"""
PATHS["bool"] = """
class A:
    def __bool__(self):
        reached[0] += 1
        if self:
            return True
        return False
def go(): bool(A())
"""
PATHS["call"] = """
class A:
    def __call__(self):
        reached[0] += 1
        return self()
def go(): A()()
"""
PATHS["init"] = """
class A:
    def __init__(self, n):
        reached[0] = n
        A(n + 1)
def go(): A(1)
"""
PATHS["iter_for"] = """
class A:
    def __iter__(self):
        reached[0] += 1
        for x in self:
            pass
        return iter([])
def go(): iter(A())
"""
PATHS["next"] = """
class A:
    def __iter__(self):
        return self
    def __next__(self):
        reached[0] += 1
        return next(self)
def go(): next(A())
"""
PATHS["with"] = """
class A:
    def __enter__(self):
        reached[0] += 1
        with self:
            pass
    def __exit__(self, *a):
        return False
def go():
    with A():
        pass
"""
PATHS["generator_yield_from"] = """
def g(n):
    reached[0] = n
    yield from g(n + 1)
def go(): next(g(1))
"""
PATHS["generator_next"] = """
def g(n):
    reached[0] = n
    yield next(g(n + 1))
def go(): next(g(1))
"""
PATHS["generator_for"] = """
def g(n):
    reached[0] = n
    for x in g(n + 1):
        yield x
def go(): list(g(1))
"""
PATHS["genexpr_sum"] = """
def f(n):
    reached[0] = n
    return sum(f(n + 1) for _ in range(1))
def go(): f(1)
"""
PATHS["listcomp"] = """
def f(n):
    reached[0] = n
    return [f(n + 1) for _ in range(1)]
def go(): f(1)
"""
PATHS["dictcomp"] = """
def f(n):
    reached[0] = n
    return {k: f(n + 1) for k in range(1)}
def go(): f(1)
"""
PATHS["keyword"] = """
def f(a=0, *, k=0):
    reached[0] = k
    return f(k=k + 1)
def go(): f(k=1)
"""
PATHS["star_args"] = """
def f(*args, **kwargs):
    reached[0] = kwargs["n"]
    return f(*args, **{"n": kwargs["n"] + 1})
def go(): f(1, 2, n=1)
"""
PATHS["decorator"] = """
def deco(fn):
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@deco
def f(n):
    reached[0] = n
    return f(n + 1)
def go(): f(1)
"""
PATHS["sorted_key"] = """
def f(n):
    reached[0] = n
    return sorted([n], key=lambda x: f(x + 1))
def go(): f(1)
"""
PATHS["max_key"] = """
def f(n):
    reached[0] = n
    return max([n], key=lambda x: f(x + 1))
def go(): f(1)
"""
PATHS["map"] = """
def f(n):
    reached[0] = n
    return list(map(f, [n + 1]))
def go(): f(1)
"""
PATHS["filter"] = """
def f(n):
    reached[0] = n
    return list(filter(f, [n + 1]))
def go(): f(1)
"""
PATHS["super"] = """
class A:
    def m(self, n):
        reached[0] = n
        return B().m(n + 1)
class B(A):
    def m(self, n):
        return super().m(n)
def go(): B().m(1)
"""
PATHS["classmethod"] = """
class A:
    @classmethod
    def m(cls, n):
        reached[0] = n
        return cls.m(n + 1)
def go(): A.m(1)
"""
PATHS["class_body"] = """
def f(n):
    reached[0] = n
    class X:
        v = f(n + 1)
    return X
def go(): f(1)
"""
PATHS["try_finally"] = """
def f(n):
    reached[0] = n
    try:
        with_cleanup = 1
        return f(n + 1)
    finally:
        reached[0] += 0
def go(): f(1)
"""
PATHS["except_reraise"] = """
def f(n):
    reached[0] = n
    try:
        return f(n + 1)
    except KeyError:
        raise
def go(): f(1)
"""
PATHS["closure"] = """
def f(n):
    reached[0] = n
    def inner():
        return f(n + 1)
    return inner()
def go(): f(1)
"""
PATHS["lambda"] = """
f = lambda n: reached.__setitem__(0, n) or f(n + 1)
def go(): f(1)
"""
PATHS["setattr_builtin_init_repr"] = """
class A:
    def __init__(self):
        reached[0] += 1
        setattr(self, "x", str(A()))
def go(): A()
"""
PATHS["str_join_map"] = """
class A:
    def __str__(self):
        reached[0] += 1
        return "".join(map(str, [self]))
def go(): str(A())
"""
PATHS["int_float_dunder"] = """
class A:
    def __abs__(self):
        reached[0] += 1
        return abs(self)
def go(): abs(A())
"""
PATHS["print_str"] = """
class A:
    def __str__(self):
        reached[0] += 1
        print(self)
        return ""
def go(): print(A())
"""
PATHS["lt_sorted_max"] = """
class A:
    def __lt__(self, other):
        reached[0] += 1
        return sorted([[self, other], [other, self]], key=max)[0][0] is self
def go(): A() < A()
"""
PATHS["gen_sorted_getattr"] = """
class A:
    def __getattr__(self, name):
        reached[0] += 1
        return next(g(self))
def g(a):
    yield sorted([1, 2], key=lambda x: a.missing)
def go(): A().x
"""


def nested(levels):
    """A call inside `levels` unary minuses: refvm walks each of them on the host."""
    return ("\ndef f(n):\n    reached[0] = n\n    return " + "-" * levels + "f(n + 1)\n"
            "def go(): f(1)\n")


PATHS["nested_20"], PATHS["nested_190"] = nested(20), nested(190)


def host_count():
    """The calling thread's recursion count, C calls included."""
    try:
        sys.setrecursionlimit(1)
    except RecursionError as e:
        return int(re.search(r"depth (\d+)", str(e)).group(1))
    raise AssertionError("a depth below 1")


class CountingLimit(int):
    """A recursion limit that records the host's count at each comparison with a VM's depth
    (both VMs compare `depth >= limit` or `depth > limit`, which calls these first)."""

    def __new__(cls, value):
        limit = super().__new__(cls, value)
        limit.counts = {}
        return limit

    def __le__(self, depth):
        self.counts.setdefault(depth, host_count())
        return int(self) <= depth

    def __lt__(self, depth):
        self.counts.setdefault(depth, host_count())
        return int(self) < depth


def counts_per_frame(vm, path, limit):
    """(host counts per Tauraro frame, the run's last stdout line)."""
    hosting.HOST_RECURSION_LIMIT = 10_000_000
    module = __import__(VMS[vm])
    counting = CountingLimit(limit)
    outcome = module.run(HEAD + PATHS[path] + TAIL, "p.py", recursion_limit=counting)
    counts = counting.counts
    depths = sorted(d for d in counts if limit // 4 <= d <= limit)
    if len(depths) < 2:
        raise SystemExit(f"{path} on {vm} did not recurse: {outcome}")
    slope = (counts[depths[-1]] - counts[depths[0]]) / (depths[-1] - depths[0])
    return slope, outcome.stdout.strip()


def reaches_limit(vm, path, limit, stack_bytes):
    """Whether a child process with this executor stack runs the path to the limit."""
    program = HEAD + PATHS[path] + TAIL
    child = (f"import sys; sys.path.insert(0, {str(ROOT)!r})\n"
             "from tauraro import hosting\n"
             "hosting.HOST_RECURSION_LIMIT = 10_000_000\n"
             f"hosting.STACK_BYTES = {stack_bytes}\n"
             f"import {VMS[vm]} as vm\n"
             f"print(vm.run({program!r}, 'p.py', recursion_limit={limit}).stdout)\n")
    proc = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True)
    return proc.returncode == 0 and "RecursionError True" in proc.stdout


def stack_per_frame(vm, path, limit):
    """Bytes of C stack per Tauraro frame: the smallest sufficient stack (to 64 KB) / limit."""
    low, high = 1, 4096           # in units of 64 KB: up to 256 MB
    if not reaches_limit(vm, path, limit, high * 65536):
        return None
    while low < high:
        middle = (low + high) // 2
        low, high = (low, middle) if reaches_limit(vm, path, limit, middle * 65536) \
            else (middle + 1, high)
    return low * 65536 / limit


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vm", choices=VMS, action="append")
    parser.add_argument("--path", choices=PATHS, action="append")
    parser.add_argument("--limit", type=int, default=2000)
    parser.add_argument("--stack", action="store_true", help="measure C stack too (slower)")
    args = parser.parse_args(argv)
    for path in args.path or PATHS:
        for vm in args.vm or VMS:
            slope, last_line = counts_per_frame(vm, path, args.limit)
            row = {"vm": vm, "path": path, "counts_per_frame": slope, "stdout": last_line}
            if args.stack:
                row["stack_bytes_per_frame"] = stack_per_frame(vm, path, args.limit)
            print(json.dumps(row), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
