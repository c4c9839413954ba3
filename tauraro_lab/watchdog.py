"""A VM's runs under a wall-clock timeout that holds whatever the VM does (`tauraro corpus`).

A step budget ends a program that loops in its own code, but not a VM stuck in host code (a
handler looping inside Python, or in a C call, counts no step), and CPython cannot stop a
thread from outside. So the VM runs in a child process, started once and given programs one at
a time over a pipe (the imports are paid once, not per program); a program that is not done
within the timeout has its child killed (SIGKILL: a stuck VM cannot be asked), and the next
program gets a fresh child. The child is forked, so it starts at once with what the parent
has imported (and anything a test has patched into it); the parent runs no VM itself, so no
thread of its own is cut in two by the fork.
"""

import signal
from multiprocessing import get_context

from tauraro.outcome import Outcome

__all__ = ["WatchedRunner"]


class WatchedRunner:
    """A run function like a VM's (oracle.executors), each run in a child process that is killed
    after `timeout` seconds. Use it as a context manager, so the child ends with it."""

    def __init__(self, vm, opt, timeout):
        self.vm, self.opt, self.timeout = vm, opt, timeout
        self.context = get_context("fork")
        self.process = self.conn = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __call__(self, source, filename, max_steps=None):
        if self.process is None:
            self.start()
        self.conn.send((source, filename, max_steps))
        if self.conn.poll(self.timeout):
            try:
                return self.conn.recv()
            except EOFError:          # the child died: a crash of the VM's process
                code = self.process.exitcode
                self.close()
                return Outcome("crash", stderr=f"the VM's process died (exit status {code})\n")
        self.close()
        return Outcome("exhausted", stderr=f"timed out after {self.timeout:g} s (the VM's "
                                           f"process was killed)\n")

    def start(self):
        self.conn, child = self.context.Pipe()
        self.process = self.context.Process(target=serve, args=(child, self.vm, self.opt),
                                            daemon=True)
        self.process.start()
        child.close()

    def close(self):
        if self.process is not None:
            self.process.kill()
            self.process.join()
            self.conn.close()
        self.process = self.conn = None


def serve(conn, vm, opt):
    """The child: run each (source, filename, max_steps) it is sent on the VM, send back the
    Outcome. SIGINT is the parent's to handle (it kills the child)."""
    from oracle import executors
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    run = executors.runner(vm, opt)
    while True:
        try:
            source, filename, max_steps = conn.recv()
        except EOFError:
            return
        conn.send(run(source, filename, max_steps=max_steps))
