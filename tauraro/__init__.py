"""Tauraro: a language with Python's syntax and CPython's meaning, and its tools."""

from .outcome import EXIT_STATUS, Outcome
from .parse import ProgramError, parse

__all__ = ["EXIT_STATUS", "Outcome", "ProgramError", "parse"]
