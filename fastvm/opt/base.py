"""What an optimization module of fastvm/opt/ declares: `OPTIMIZATION = Optimization(...)`.

Its module docstring says the technique, the invariant it keeps, what invalidates it and its
prior art; its handlers are registered with fastvm.interp.registry.handler when the module is
imported; the instructions it introduces are the opcode table's rows that need its switch.
"""

from dataclasses import dataclass, field
from typing import Callable

#: The stage that reads a switch: the compiler (lowering and passes) or the run (linker,
#: handlers). A lowering depends on the COMPILE switches only (Config.lowering()).
COMPILE, RUN = "compile", "run"


@dataclass(frozen=True)
class Optimization:
    #: its fastvm.Config field
    switch: str
    stage: str
    #: one line: what the switch does (Config's documentation and `--opt` help)
    summary: str
    default: bool = True
    #: switches that must be on for this one to be on (PyPy's `requires`): turning this one
    #: on turns them on; turning one of them off turns this one off
    requires: tuple = ()
    #: its statistics events, "<switch>.<event>" -> meaning
    events: dict = field(default_factory=dict)
    #: the events counted where they happen, in every statistics mode (coverage points of
    #: the oracle): paths an instruction seldom takes, so counting them costs nothing on
    #: the common path. The others are counted by `observe`, with full statistics only.
    rare: frozenset = frozenset()
    #: functions(code) run, in this order, on every code object after lowering
    passes: tuple = ()
    #: (code, pc) -> classify, for an instruction at pc that needs this switch:
    #: classify(R, next pc) names the observed event its run was (None: none), after it ran;
    #: the linker counts it, with full statistics only. observe may answer None (not observed)
    observe: Callable | None = None
    #: what Config.stress_mode makes this optimization do (its rare paths made common), or
    #: "" when it has none: the oracle runs a stress leg only if some optimization has one
    stress: str = ""
    #: the module's docstring (filled in by fastvm.opt)
    doc: str = ""

    def __post_init__(self):
        for event in self.events:
            if not event.startswith(self.switch + "."):
                raise ValueError(f"event {event!r} of {self.switch} must start with "
                                 f"'{self.switch}.'")
        if self.passes and self.stage != COMPILE:
            raise ValueError(f"{self.switch} has passes, so its stage must be COMPILE")
        if not self.rare <= set(self.events):
            raise ValueError(f"rare events of {self.switch} that it does not declare")
