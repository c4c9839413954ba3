"""SIGINT during a program's run: delivered to the VM, which raises KeyboardInterrupt inside
the program, as CPython does.

The host runs signal handlers on its main thread only, while the program runs on the executor
thread (tauraro.hosting) and the main thread waits for it. `Interrupts.catching_sigint()`
(main thread) installs a handler that passes each SIGINT to the VM that `connect`ed itself;
one that comes before the VM is connected is kept and passed on when it connects. The VM
raises KeyboardInterrupt at the program's next instruction (fastvm: its next back edge, loop
step or call; refvm: its next statement). Several SIGINTs before the program reaches that
point make one KeyboardInterrupt, as CPython's one "signal pending" flag does.
"""

import contextlib
import signal
import threading

__all__ = ["Interrupts"]


class Interrupts:
    def __init__(self):
        # Reentrant: a second SIGINT can run the handler while the first is still in it.
        self._lock = threading.RLock()
        self._target = None
        self._pending = False

    def connect(self, target):
        """From now on SIGINT calls target() (None: keep them until a target connects)."""
        with self._lock:
            self._target = target
            if target is not None and self._pending:
                self._pending = False
                target()

    def deliver(self):
        with self._lock:
            if self._target is None:
                self._pending = True
            else:
                self._target()

    @contextlib.contextmanager
    def catching_sigint(self):
        """SIGINT goes to deliver() in the body (only the main thread receives signals:
        elsewhere this changes nothing)."""
        if threading.current_thread() is not threading.main_thread():
            yield self
            return
        previous = signal.signal(signal.SIGINT, lambda signum, frame: self.deliver())
        try:
            yield self
        finally:
            signal.signal(signal.SIGINT, previous)


@contextlib.contextmanager
def delivered_to(interrupts, target):
    """Within: SIGINT caught by `interrupts` (if any) goes to `target()`, a VM's interrupt."""
    if interrupts is None:
        yield
        return
    interrupts.connect(target)
    try:
        yield
    finally:
        interrupts.connect(None)
