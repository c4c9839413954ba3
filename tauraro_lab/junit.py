"""JUnit XML reports of `tauraro corpus` runs, for CI test reporters.

One <testsuite name="tauraro-corpus"> holding one <testcase> per program: its classname is
`corpus.<folder>` (a conformance area, `bench` or `regressions`), its name the program as the
table lists it. A failing program has a <failure> whose message is the reason it failed and whose
text is the tail of the leg's stderr; a program without expected output has a <skipped>.
"""

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Case", "write_report"]

STDERR_TAIL_LINES = 30
#: Characters XML 1.0 cannot hold, even escaped (control characters, lone surrogates, U+FFFE/F).
NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


@dataclass(frozen=True)
class Case:
    """One program's result: `failure` says why it failed (None: passed), `stderr` is what the leg
    printed on stderr, `skipped` why it was not run (None: it ran)."""
    path: Path
    name: str
    seconds: float = 0.0
    failure: str | None = None
    stderr: str = ""
    skipped: str | None = None


def write_report(file, cases, seconds, leg):
    """Write the report of `cases`, run on `leg` in `seconds` in all, to `file` (UTF-8)."""
    suite = ET.Element("testsuite", {
        "name": "tauraro-corpus", "tests": str(len(cases)),
        "failures": str(sum(case.failure is not None for case in cases)), "errors": "0",
        "skipped": str(sum(case.skipped is not None for case in cases)),
        "time": f"{seconds:.3f}"})
    properties = ET.SubElement(suite, "properties")
    ET.SubElement(properties, "property", name="leg", value=_xml_text(leg))
    for case in cases:
        suite.append(_testcase(case))
    tree = ET.ElementTree(suite)
    ET.indent(tree)
    with open(file, "wb") as f:
        tree.write(f, encoding="utf-8", xml_declaration=True)
        f.write(b"\n")


def _testcase(case):
    element = ET.Element("testcase", classname=f"corpus.{case.path.parent.name}",
                         name=_xml_text(case.name), time=f"{case.seconds:.3f}")
    if case.failure is not None:
        failure = ET.SubElement(element, "failure", message=_xml_text(case.failure))
        failure.text = _xml_text("\n".join(case.stderr.splitlines()[-STDERR_TAIL_LINES:]))
    if case.skipped is not None:
        ET.SubElement(element, "skipped", message=case.skipped)
    return element


def _xml_text(text):
    """`text` without the characters XML cannot carry (ElementTree escapes the rest)."""
    return NOT_XML.sub("\ufffd", text)
