"""Interrupting a running program: KeyboardInterrupt at its next safe point, free until then.

A request (`Interrupter.request`, called on the thread that received SIGINT, see
tauraro.interrupts) replaces the closure of every safe point of every code object linked in
this run with a trap. The safe points are link.COUNTED: back edges, loop steps and calls,
where CPython 3.11 checks its eval breaker, and where the compiler already expects an
exception (a call raises whatever its callee raises; a JUMP is covered by the exception
table of the block it is in). The dispatch loop reads `ops[pc]` afresh for every instruction,
so the next safe point the program reaches runs a trap: it puts every replaced closure back,
then raises KeyboardInterrupt as that instruction would raise an exception, so `except` and
`finally` see it where they would see any other. Until a request nothing is checked, so an
uninterrupted run pays nothing (no flag test on any path).

Invariants: one lock orders requests, linking and the trap's restore. A code object linked
while a request is pending is trapped as it is linked, so a loop in a function first called
after the SIGINT is interrupted too. Every trap of a request is removed by the first one that
runs, so one request raises one KeyboardInterrupt; a request while one is pending adds
nothing (CPython, too, keeps one flag). An instruction installed while a trap is pending
at its pc (link.install) stays behind the trap and is what the trap puts back.
"""

import threading

from .link import COUNTED, swap, unlink


class Interrupter:
    def __init__(self, vm):
        self.vm = vm
        self.linked = []        # every code object linked in this run
        self.replaced = None    # (ops, pc, original closure) while a request is pending
        self.lock = threading.RLock()

    def register(self, code):
        """Called by link() once code.ops is in place."""
        with self.lock:
            self.linked.append(code)
            if self.replaced is not None:
                self._trap(code)  # pragma: no cover: SIGINT only

    def unlink(self):
        """Drop the linked closures of every code object linked in this run (Machine.release)."""
        with self.lock:
            for code in self.linked:
                unlink(code)
            self.linked.clear()

    def installing(self, code, pc, op):
        """The closure to put at pc for link.install: `op`, or the trap while one is pending
        there (then `op` is what the trap puts back)."""
        if self.replaced is None:
            return op
        with self.lock:  # pragma: no cover: SIGINT only
            for i, (trapped, at, _) in enumerate(self.replaced or ()):
                if trapped is code and at == pc:
                    self.replaced[i] = (code, pc, op)
                    return self._trap_op
            return op

    def request(self):  # pragma: no cover: SIGINT only
        with self.lock:
            if self.replaced is None:
                self.replaced = []
                for code in self.linked:
                    self._trap(code)

    def _trap(self, code):  # pragma: no cover: SIGINT only
        for pc, instr in enumerate(code.instructions):
            if pc and instr.op in COUNTED:
                self.replaced.append((code, pc, swap(code, pc, self._trap_op)))

    def _trap_op(self, R):  # pragma: no cover: SIGINT only
        with self.lock:
            for code, pc, original in self.replaced:
                if code.ops is not None:
                    swap(code, pc, original)
            self.replaced = None
        raise self.vm.error("KeyboardInterrupt")
