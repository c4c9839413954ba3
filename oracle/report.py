"""A verdict as a readable block, for `tauraro check` and the findings of `tauraro fuzz`.

    p.py: disagree: 2 of 22 legs differ from cpython
      same as cpython: ref, fast[default], fast[none], ...
      fast[stress], fast[-fuse]:
        stdout line 4:
          cpython: '3 xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...'
          these:   '4 xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...'
        outcome: cpython ok; these error ValueError: bad

Legs with the same outcome are one group. Lines fit in WIDTH characters (but for the program's
path and a leg name longer than that): output lines are shown from a little before their first
differing character, and cut.
"""

import textwrap

from tauraro.outcome import first_differing_line

WIDTH = 100
#: How far before the first differing character an excerpt of a long line starts.
LEAD = 20


def describe(verdict, title, width=WIDTH):
    """The block about `verdict` (an oracle.differential.Verdict), headed by `title` (the
    program's path, or "finding"), as text without a final newline. Only the first line,
    which names the program, and a leg name longer than a line exceed `width`."""
    reference = verdict.outcomes.get(verdict.reference)
    if reference is None:          # no outcomes to show (a flaky finding): the reason only
        return "\n".join(wrap(f"{title}: {verdict.status}: {verdict.reason}", width))
    others = [name for name in verdict.outcomes if name != verdict.reference]
    spent = [name for name in others if verdict.outcomes[name].kind == "exhausted"]
    agreeing = [name for name in others if name not in verdict.culprits and name not in spent]
    if verdict.status == "disagree":
        lines = [f"{title}: disagree: {len(verdict.culprits)} of {len(others)} legs differ "
                 f"from {verdict.reference}"]
    else:
        lines = wrap(f"{title}: {verdict.status}: {verdict.reason or 'no difference'}", width)
    if agreeing and reference.kind != "exhausted":   # else nothing was compared with it
        lines += _names(f"  same as {verdict.reference}: ", agreeing, width)
    if spent and verdict.status == "disagree":
        lines += _names("  step budget spent: ", spent, width)
    for group in _groups(verdict.culprits, verdict.outcomes):
        lines += _names("  ", group, width, ":")
        lines += _difference(reference, verdict.outcomes[group[0]], verdict.reference, width)
    return "\n".join(lines)


def _names(prefix, names, width, end=""):
    """`prefix` and the leg names, comma-separated, wrapped between names; a name is never
    cut (an --impl leg is named by its whole command, however long)."""
    lines, line, empty = [], prefix, True
    for i, name in enumerate(names):
        word = name + ("," if i < len(names) - 1 else end)
        if not empty and len(line) + len(word) > width:
            lines.append(line.rstrip())
            line, empty = "      ", True
        line, empty = line + word + " ", False
    lines.append(line.rstrip())
    return lines


def _groups(names, outcomes):
    """`names` grouped by identical outcome, in first-seen order."""
    groups = {}
    for name in names:
        o = outcomes[name]
        groups.setdefault((o.kind, o.stdout, o.exc_type, o.exc_message,
                           o.stderr if o.kind in ("crash", "rejected") else ""), []).append(name)
    return list(groups.values())


def _difference(expected, actual, reference, width):
    """The lines saying how `actual` differs from `expected`: a crash or rejection by its
    first stderr line; otherwise the first differing stdout line and the differing ending."""
    indent = "    "
    if actual.kind in ("crash", "rejected"):
        first = (actual.stderr.strip().splitlines() or ["no message"])[0]
        return [_cut(f"{indent}{actual.kind}: {first}", width)]
    lines = []
    if actual.stdout != expected.stdout:
        lines += _stdout_lines(expected.stdout, actual.stdout, reference, width)
    if (expected.kind, expected.error_line) != (actual.kind, actual.error_line):
        lines.append(_cut(f"{indent}outcome: {reference} {_ending(expected)}; these "
                          f"{_ending(actual)}", width))
    return lines


def _stdout_lines(expected, actual, reference, width):
    where = first_differing_line(expected, actual)
    if where is None:
        return ["    stdout differs only in line endings or a final newline"]
    number, want, got = where
    names = (f"{reference}:", "these:")
    pad = max(map(len, names)) + 1
    room = width - len("      ") - pad
    column = _first_difference(want or "", got or "")
    start = column - LEAD if column > room - LEAD else 0
    label = f"    stdout line {number}" + (f", from column {start + 1}:" if start else ":")
    return [label] + [f"      {name:{pad}}{_excerpt(text, start, room)}"
                      for name, text in zip(names, (want, got))]


def _first_difference(a, b):
    """The index of the first character where `a` and `b` differ."""
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return i
    return min(len(a), len(b))


def _excerpt(text, start, room):
    if text is None:
        return "(end of output)"
    shown = repr(text[start:start + room])     # cut first: a long line is never repr'd whole
    shown = ("..." if start else "") + shown
    return shown if len(shown) <= room else shown[:room - 3] + "..."


def _ending(outcome):
    if outcome.kind == "error":
        return f"error {outcome.error_line}"
    if outcome.kind == "exhausted":
        return "step budget spent"
    return outcome.kind


def _cut(line, width):
    return line if len(line) <= width else line[:width - 3] + "..."


def wrap(text, width=WIDTH, indent="    "):
    """`text` wrapped at spaces to `width`, continuation lines indented by `indent`; words
    longer than a line are cut rather than broken."""
    return textwrap.wrap(text, width, subsequent_indent=indent, break_long_words=True,
                         break_on_hyphens=False) or [text]
