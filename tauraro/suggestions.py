"""CPython's "Did you mean" guess for a NameError, as its traceback printer makes it.

CPython 3.11 (Python/suggestions.c) appends `. Did you mean: 'x'?` to the last line of the
traceback of a NameError the interpreter raised for a missing name. The guess is the nearest
name by an edit distance in which changing a letter's case costs 1 and any other edit 2, among
the failing frame's local variable names, then (if none is near enough) its globals, then the
builtins; a candidate counts only if its distance is at most (len(name) + len(candidate) + 3) *
2 // 6, and the first of equally near ones wins. It is part of the report, not of the message:
str(exception) never has it. Both VMs give the names; this module is the language's rule.
"""

import builtins

MOVE_COST = 2
CASE_COST = 1
#: Beyond these sizes CPython makes no guess.
MAX_CANDIDATES = 750
MAX_NAME_LENGTH = 40
#: A script's module globals before its own names, in CPython's order.
MODULE_DUNDERS = ("__name__", "__doc__", "__package__", "__loader__", "__spec__",
                  "__builtins__", "__file__", "__cached__")


def builtin_names():
    """The builtins CPython searches: its builtins module's names, in its order."""
    return list(builtins.__dict__)


def module_names(program_globals):
    """A script's globals as CPython would list them: its dunders, then the program's names."""
    return [*MODULE_DUNDERS, *(n for n in program_globals if n not in MODULE_DUNDERS)]


def name_error_guess(name, local_names, program_globals):
    """The name CPython's report would suggest for a missing `name`, or None, given the
    failing frame's local names and the program's global names."""
    for candidates in (local_names, module_names(program_globals), builtin_names()):
        guess = nearest(name, candidates)
        if guess is not None:
            return guess
    return None


def nearest(name, candidates):
    """The nearest candidate to `name` within CPython's bound, or None."""
    candidates = list(candidates)
    if len(candidates) >= MAX_CANDIDATES or len(name.encode()) > MAX_NAME_LENGTH:
        return None
    best, best_distance = None, None
    for candidate in candidates:
        size = len(candidate.encode())
        if candidate == name or size > MAX_NAME_LENGTH:
            continue
        bound = (len(name.encode()) + size + 3) * MOVE_COST // 6
        if best_distance is not None:
            bound = min(bound, best_distance - 1)
        distance = edit_distance(name.encode(), candidate.encode())
        if distance <= bound:
            best, best_distance = candidate, distance
    return best


def edit_distance(a, b):
    """Levenshtein distance over bytes with CPython's costs (case flip 1, other edits 2)."""
    previous = [i * MOVE_COST for i in range(len(a) + 1)]
    for j, byte in enumerate(b, 1):
        current = [j * MOVE_COST]
        for i, other in enumerate(a, 1):
            current.append(min(previous[i] + MOVE_COST, current[i - 1] + MOVE_COST,
                               previous[i - 1] + substitution_cost(other, byte)))
        previous = current
    return previous[-1]


def substitution_cost(a, b):
    if a == b:
        return 0
    if chr(a).lower() == chr(b).lower() and chr(a).isascii() and chr(a).isalpha():
        return CASE_COST
    return MOVE_COST


def reported_message(message, names_nearby):
    """The message as CPython's report prints it: with the guess when the exception carries
    `names_nearby` (name, the frame's local names, the program's global names) and some name
    is near enough."""
    if names_nearby is None:
        return message
    guess = name_error_guess(*names_nearby)
    return message if guess is None else f"{message}. Did you mean: '{guess}'?"
