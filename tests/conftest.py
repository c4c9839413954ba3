"""Shared test setup: hypothesis profiles and helpers.

Profiles: `dev` (default, quick), `ci` (derandomized, bounded; loaded when CI=true), `fuzz`
(long runs: HYPOTHESIS_PROFILE=fuzz).
"""

import os
import sys
from pathlib import Path

from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent

settings.register_profile("dev", max_examples=60, deadline=None)
settings.register_profile("ci", max_examples=150, deadline=None, derandomize=True,
                          database=None, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("fuzz", max_examples=20_000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE")
                      or ("ci" if os.environ.get("CI") == "true" else "dev"))


def _limit_memory(limit=8 * 2**30):
    """A runaway program (a generator or VM bug) fails with MemoryError in this process instead
    of exhausting the machine."""
    import resource
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if soft == resource.RLIM_INFINITY or soft > limit:
        resource.setrlimit(resource.RLIMIT_AS, (min(limit, hard) if hard != resource.RLIM_INFINITY
                                                else limit, hard))


_limit_memory()


def _raise_the_host_recursion_limit():
    """Raise the recursion limit as the first VM run would (tauraro/hosting.py), before
    hypothesis records it: hypothesis puts back the limit it found when its test ends, and
    warns when a test raised it."""
    from tauraro.hosting import host_for_vms
    with host_for_vms():
        pass


_raise_the_host_recursion_limit()


def run_cli(*args, stdin=""):
    """Run the tauraro command in a fresh process; returns the CompletedProcess."""
    import subprocess
    return subprocess.run([sys.executable, "-m", "tauraro_lab", *map(str, args)], input=stdin,
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
