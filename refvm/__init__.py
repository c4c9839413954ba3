"""refvm: the reference interpreter of Tauraro, a plain tree walker written for clarity.

    >>> import refvm
    >>> refvm.run("print(6 * 7)").stdout
    '42\\n'
"""

from .run import run, run_file

__all__ = ["run", "run_file"]
