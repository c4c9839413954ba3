"""fastvm.Config: the switches of fastvm's optimizations.

Every switch can be turned off on its own and fastvm must still run every program exactly as
CPython does (the corpus and, later, the oracle run with each configuration). On the command
line: `--opt=SPEC` where SPEC is `all`, `none`, `stress`, or a comma list of `+NAME`/`-NAME`
applied to the default.

The switches so far are the compiler's static instruction choices (Lua 5.4 style): they pick
cheaper instructions from operand kinds known at compile time. Adaptive optimizations (caches,
quickening) add their switches here as they land.

Each switch names the stage that reads it: COMPILE (the lowerer's instruction choices) or RUN
(the machine and the linker). The lowering of a program depends on the COMPILE switches only
(`Config.lowering()`), so configurations that differ in RUN switches share one lowering.
"""

from dataclasses import dataclass, field, fields, replace

__all__ = ["Config", "parse_spec", "SWITCHES", "COMPILE_SWITCHES"]

COMPILE, RUN = "compile", "run"


def _switch(stage, default=True):
    return field(default=default, metadata={"stage": stage})


@dataclass(frozen=True)
class Config:
    #: `x + 1`, `a[0]`, `n < 10`: constant operands inside the instruction (ADD_K, GETITEM_K, LT_K)
    const_operands: bool = _switch(COMPILE)
    #: `if a < b:` as one compare-and-jump instruction (JUMP_IF_NOT_LT) instead of LT + JUMP
    compare_jump: bool = _switch(COMPILE)
    #: `for i in range(...)`: a counted loop (FOR_RANGE_PREP/FOR_RANGE) when range is the builtin
    range_loop: bool = _switch(COMPILE)
    #: `obj.m(...)`: LOAD_METHOD/CALL_METHOD call the function with obj, making no bound method
    method_call: bool = _switch(COMPILE)
    #: make rare paths common (for testing): specialize at first execution, deopt often. The
    #: static switches above have no rare paths; adaptive optimizations read this as they land.
    stress_mode: bool = _switch(RUN, default=False)

    @classmethod
    def default(cls):
        return cls()

    @classmethod
    def all_off(cls):
        return cls(**{name: False for name in SWITCHES})

    @classmethod
    def stress(cls):
        return replace(cls(), stress_mode=True)

    def lowering(self):
        """What of this configuration the lowering depends on: its COMPILE switches."""
        return tuple(getattr(self, name) for name in COMPILE_SWITCHES)

    def describe(self):
        on = [name for name in SWITCHES if getattr(self, name)]
        return ",".join(on) if on else "none"


SWITCHES = tuple(f.name for f in fields(Config) if f.name != "stress_mode")
COMPILE_SWITCHES = tuple(f.name for f in fields(Config) if f.metadata["stage"] == COMPILE)


def parse_spec(spec):
    """Config from `all`, `none`, `stress` or `+name,-name,...` (applied to the default)."""
    spec = (spec or "").strip()
    if spec in ("", "all"):
        return Config.default()
    if spec == "none":
        return Config.all_off()
    if spec == "stress":
        return Config.stress()
    changes = {}
    for item in spec.split(","):
        item = item.strip()
        if len(item) < 2 or item[0] not in "+-" or item[1:] not in SWITCHES:
            raise ValueError(f"bad optimization switch {item!r}: use +NAME or -NAME with NAME "
                             f"one of {', '.join(SWITCHES)} (or all, none, stress)")
        changes[item[1:]] = item[0] == "+"
    return replace(Config.default(), **changes)
