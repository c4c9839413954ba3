"""One differential check: run a program on every leg and judge the outcomes against CPython.

Verdicts:
- ``agree``: every leg's outcome is CPython's (stdout, kind, uncaught exception type and
  message);
- ``disagree``: a finding. Some leg differs from CPython, or crashed (an internal error is
  always a finding, even when every VM crashes alike), or rejected a program CPython ran;
- ``inconclusive``: some leg spent its step budget (or memory ran out around it), or a leg
  and CPython differ only as one of them ran out of memory (an uncaught MemoryError: each leg
  has the same limit, oracle.legs.MAX_MEMORY, but the VMs' overhead differs), so nothing
  can be said (never a pass); when that leg is CPython, no leg is compared with it.
"""

from dataclasses import dataclass, field

from tauraro.outcome import Outcome, failure_reason


@dataclass
class Verdict:
    source: str
    status: str                          # "agree", "disagree" or "inconclusive"
    reason: str = ""                     # one line: which leg differs and how
    culprits: tuple = ()                 # names of the legs that differ from CPython
    outcomes: dict = field(default_factory=dict)
    reference: str = "cpython"           # the leg the others are judged against

    @property
    def is_finding(self):
        return self.status == "disagree"


def judge(source, outcomes, reference="cpython"):
    """The Verdict on `outcomes` (leg name -> Outcome), against the `reference` leg."""
    expected = outcomes[reference]
    exhausted = [name for name, o in outcomes.items() if o.kind == "exhausted"]
    culprits, reasons, out_of_memory = [], [], []
    for name, outcome in outcomes.items():
        if name == reference:
            continue
        if outcome.kind in ("crash", "rejected"):
            last = (outcome.stderr.strip().splitlines() or [outcome.kind])[0]
            culprits.append(name)
            reasons.append(f"{name} {outcome.kind}: {last}")
        elif "exhausted" not in (outcome.kind, expected.kind) and \
                not outcome.same_behaviour(expected):
            if "MemoryError" in (outcome.exc_type, expected.exc_type):
                out_of_memory.append(name)   # where memory runs out is no part of a meaning
                continue
            culprits.append(name)
            reasons.append(f"{name}: {failure_reason(expected, outcome)}")
    if culprits:
        return Verdict(source, "disagree", "; ".join(reasons), tuple(culprits), outcomes,
                       reference)
    if exhausted:
        return Verdict(source, "inconclusive", f"step budget spent on {', '.join(exhausted)}",
                       (), outcomes, reference)
    if out_of_memory:
        return Verdict(source, "inconclusive", f"memory limit reached on "
                       f"{', '.join(out_of_memory)} or {reference}", (), outcomes, reference)
    return Verdict(source, "agree", "", (), outcomes, reference)


def check(source, legs, on_leg=None, max_steps=None):
    """Run `source` on every leg (a list of oracle.legs.Leg) and judge the outcomes;
    on_leg(name) is told before each leg runs. With max_steps (a check while shrinking), the
    VM legs run on that budget and the first leg that spends its budget ends the check as
    inconclusive: the other legs would each spend theirs too."""
    outcomes = {}
    for leg in legs:
        if on_leg is not None:
            on_leg(leg.name)
        outcomes[leg.name] = run_leg(leg, source, max_steps)
        if max_steps is not None and outcomes[leg.name].kind == "exhausted":
            return Verdict(source, "inconclusive", f"step budget spent on {leg.name}", (),
                           outcomes)
    return judge(source, outcomes)


def run_leg(leg, source, max_steps=None):
    """The leg's Outcome. Memory running out around the leg (capturing its output, say) is
    the program's appetite, as a spent step budget is: `exhausted`. Any other failure of the
    harness is a crash, so it is reported."""
    try:
        if max_steps is not None and leg.budgeted:
            return leg.run(source, max_steps=max_steps)
        return leg.run(source)
    except MemoryError:
        return Outcome("exhausted", stderr="memory ran out around the leg\n")
    except Exception as e:
        return Outcome("crash", stderr=f"harness error around the leg: "
                                       f"{type(e).__name__}: {e}\n")
