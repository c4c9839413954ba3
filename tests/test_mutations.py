"""The oracle's power against the planted bugs of tests/mutations.py.

- each planted bug makes its witness program disagree with CPython on the bug's own leg (and
  the witness agrees without it), so no planted bug is a no-op;
- the oracle finds planted bugs within a bounded fuzz run and shrinks each finding to at most
  10 nonblank lines (LONGER_SHRINKS: a few that reduce.py leaves longer). Hunting costs seconds per bug, so the default run hunts a rotating
  subset (ROTATION bugs, another subset each day; PLANTED_DAY=N picks day N's); under
  HYPOTHESIS_PROFILE=fuzz or PLANTED_DAY=all it hunts every one the generator reaches. The
  bugs it does not reach yet (UNREACHED) are measured by perf/planted_bugs.py, not hunted here.
"""

import datetime
import os

import pytest

from mutations import LONGER_SHRINKS, PLANTED, UNREACHED, hunt_planted, nonblank_lines
from oracle import differential, legs

#: Planted bugs hunted in one default run (at most about what the first six cost there).
ROTATION = 3
#: Examples a hunt may check before it counts as not found.
EXAMPLES = 1500
ALL = os.environ.get("HYPOTHESIS_PROFILE") == "fuzz" or os.environ.get("PLANTED_DAY") == "all"


def todays_bugs(day=None):
    """The reached bugs the default run hunts: slice `day` of ROTATION bugs, round the table."""
    reached = [name for name in PLANTED if name not in UNREACHED]
    if day is None:
        day = int(os.environ.get("PLANTED_DAY") or datetime.date.today().toordinal())
    first = day * ROTATION % len(reached)
    return (reached + reached)[first:first + ROTATION]


def test_the_rotation_covers_every_reached_bug_and_no_unreached_one():
    days = len(PLANTED)
    seen = {name for day in range(days) for name in todays_bugs(day)}
    assert seen == set(PLANTED) - set(UNREACHED)
    assert set(UNREACHED) | set(LONGER_SHRINKS) <= set(PLANTED)
    assert not set(UNREACHED) & set(LONGER_SHRINKS)


@pytest.mark.parametrize("name", sorted(PLANTED))
def test_each_planted_bug_disagrees_on_its_witness(name, monkeypatch):
    bug = PLANTED[name]
    chosen = [legs.refvm_leg(), legs.fastvm_leg("default"), legs.cpython_leg()]
    clean = differential.check(bug.witness, chosen)
    assert clean.status == "agree", clean.reason
    bug.plant(monkeypatch)
    verdict = differential.check(bug.witness, chosen)
    assert verdict.is_finding and bug.culprit in verdict.culprits, verdict.reason


HUNTED = sorted(set(PLANTED) - set(UNREACHED)) if ALL else todays_bugs()


@pytest.mark.parametrize("name", HUNTED)
def test_the_oracle_finds_and_shrinks_a_planted_bug(name):
    bug = PLANTED[name]
    result = hunt_planted(bug, seed=0, examples=EXAMPLES)
    assert result.found, f"{name} went unnoticed in {result.checked} programs"
    limit = LONGER_SHRINKS.get(name, 10)
    assert len(nonblank_lines(result.finding.source)) <= limit, result.finding.source
