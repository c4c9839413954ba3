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
nothing (CPython, too, keeps one flag). Only link.py (linking, and an instruction that
puts itself aside after its first run, Stats.reached_only) and this module write code.ops.
"""

import threading

from .link import COUNTED


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
                code.ops = None
            self.linked.clear()

    def request(self):  # pragma: no cover: SIGINT only
        with self.lock:
            if self.replaced is None:
                self.replaced = []
                for code in self.linked:
                    self._trap(code)

    def _trap(self, code):  # pragma: no cover: SIGINT only
        ops = code.ops
        for pc, instr in enumerate(code.instructions):
            if pc and instr.op in COUNTED:
                self.replaced.append((ops, pc, ops[pc]))
                ops[pc] = self._trap_op

    def _trap_op(self, R):  # pragma: no cover: SIGINT only
        with self.lock:
            for ops, pc, original in self.replaced:
                ops[pc] = original
            self.replaced = None
        raise self.vm.error("KeyboardInterrupt")
