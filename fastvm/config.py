"""fastvm.Config: the switches of fastvm's optimizations, one per module of fastvm/opt/.

Every switch can be turned off on its own and fastvm must still run every program exactly as
CPython does (the corpus and the oracle run with each configuration). On the command line:
`--opt=SPEC` where SPEC is `all`, `none`, `stress`, or a comma list of `+NAME`/`-NAME`
applied to the default.

The fields are derived from fastvm.opt.OPTIMIZATIONS: each optimization declares its switch,
its default and the stage that reads it: COMPILE (the lowerer's instruction choices and the
passes) or RUN (the machine, the linker and the handlers). The lowering of a program depends
on the COMPILE switches only (`Config.lowering()`), so configurations that differ in RUN
switches share one lowering. A switch whose requirements are off is refused (ValueError);
`only`, `without` and parse_spec keep requirements whole.
"""

from dataclasses import field, fields, make_dataclass, replace

from .opt import BY_SWITCH, COMPILE, OPTIMIZATIONS, RUN

__all__ = ["Config", "parse_spec", "SWITCHES", "COMPILE_SWITCHES"]


def _switch(stage, default=True, doc=""):
    return field(default=default, metadata={"stage": stage, "doc": doc})


class _ConfigMethods:
    @classmethod
    def default(cls):
        return cls()

    @classmethod
    def all_off(cls):
        return cls(**{name: False for name in SWITCHES})

    @classmethod
    def stress(cls):
        return replace(cls(), stress_mode=True)

    @classmethod
    def only(cls, switch):
        """Every switch off but `switch` and what it requires."""
        return cls(**{name: name in requirements(switch) for name in SWITCHES})

    @classmethod
    def without(cls, switch):
        """The default with `switch` off, and every switch that requires it."""
        return replace(cls(), **{name: False for name in SWITCHES
                                 if switch in requirements(name)})

    def __post_init__(self):
        for name in SWITCHES:
            missing = [need for need in BY_SWITCH[name].requires if not getattr(self, need)]
            if getattr(self, name) and missing:
                raise ValueError(f"switch {name} requires {', '.join(missing)}")

    def lowering(self):
        """What of this configuration the lowering depends on: its COMPILE switches."""
        return tuple(getattr(self, name) for name in COMPILE_SWITCHES)

    def describe(self):
        on = [name for name in SWITCHES if getattr(self, name)]
        return ",".join(on) if on else "none"


Config = make_dataclass(
    "Config",
    [(o.switch, bool, _switch(o.stage, o.default, o.summary)) for o in OPTIMIZATIONS]
    + [("stress_mode", bool, _switch(RUN, False, "make rare paths common (for testing): "
                                     "specialize at first execution, deopt often"))],
    bases=(_ConfigMethods,), frozen=True)
Config.__module__, Config.__qualname__ = __name__, "Config"
Config.__doc__ = "The switches of one fastvm run (fastvm.opt; docs/optimizations.md)."

SWITCHES = tuple(o.switch for o in OPTIMIZATIONS)
COMPILE_SWITCHES = tuple(f.name for f in fields(Config) if f.metadata["stage"] == COMPILE)


def requirements(switch):
    """`switch` and every switch it requires, however indirectly."""
    found, pending = [], [switch]
    while pending:
        name = pending.pop()
        if name not in found:
            found.append(name)
            pending.extend(BY_SWITCH[name].requires)
    return found


def parse_spec(spec):
    """Config from `all`, `none`, `stress` or `+name,-name,...` (applied to the default): `+X`
    turns on X and what it requires, `-X` turns off X and what requires it."""
    spec = (spec or "").strip()
    if spec in ("", "all"):
        return Config.default()
    if spec == "none":
        return Config.all_off()
    if spec == "stress":
        return Config.stress()
    on = {name: getattr(Config.default(), name) for name in SWITCHES}
    for item in spec.split(","):
        item = item.strip()
        if len(item) < 2 or item[0] not in "+-" or item[1:] not in SWITCHES:
            raise ValueError(f"bad optimization switch {item!r}: use +NAME or -NAME with NAME "
                             f"one of {', '.join(SWITCHES)} (or all, none, stress)")
        name = item[1:]
        if item[0] == "+":
            on.update({need: True for need in requirements(name)})
        else:
            on.update({other: False for other in SWITCHES if name in requirements(other)})
    return Config(**on)
