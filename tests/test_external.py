"""External implementations as a leg (oracle.external), `tauraro corpus --impl` and its JUnit
report. CPython itself, run as a command, stands in for another implementation."""

import shlex
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import ROOT

from oracle import corpus
from oracle.external import parse_command, process_outcome, run_external
from tauraro_lab.cli import main
from tauraro_lab.junit import Case, write_report

PYTHON = shlex.quote(sys.executable)
CPYTHON = f"{PYTHON} -I {{file}}"
NUMBERS = ROOT / "corpus" / "conformance" / "numbers"


def test_parse_command_needs_the_file_placeholder():
    assert parse_command("pypy3 -X 'a b' {file}") == ["pypy3", "-X", "a b", "{file}"]
    with pytest.raises(ValueError, match=r"put \{file\} in it"):
        parse_command("pypy3 -I")
    with pytest.raises(ValueError, match="cannot split"):
        parse_command("pypy3 'unclosed {file}")


def test_normal_end_is_ok():
    outcome = run_external(CPYTHON, "print('hi', 6 * 7)\n")
    assert (outcome.kind, outcome.stdout) == ("ok", "hi 42\n")


def test_stdin_is_empty_and_hash_seed_fixed():
    source = "import os, sys\nprint(repr(sys.stdin.read()), os.environ['PYTHONHASHSEED'])\n"
    assert run_external(CPYTHON, source).stdout == "'' 0\n"


def test_temporary_folder_is_removed_and_named_after_the_program():
    outcome = run_external(CPYTHON, "print(__file__)\n", "some/dir/prog.py")
    path = Path(outcome.stdout.strip())
    assert path.name == "prog.py" and not path.parent.exists()


def test_traceback_is_an_uncaught_exception():
    outcome = run_external(CPYTHON, "print(1)\nraise KeyError('no: such')\n")
    assert (outcome.kind, outcome.stdout) == ("error", "1\n")
    assert (outcome.exc_type, outcome.exc_message) == ("KeyError", "'no: such'")
    bare = run_external(CPYTHON, "class Stop(Exception):\n    pass\nraise Stop\n")
    assert (bare.kind, bare.error_line) == ("error", "Stop")


def test_exit_without_traceback_is_a_crash():
    outcome = run_external(CPYTHON, "import sys\nprint('out')\nsys.exit(3)\n")
    assert (outcome.kind, outcome.stdout) == ("crash", "out\n")
    assert outcome.stderr.startswith(f"`{CPYTHON}` exited with status 3 without a Python traceback")


def test_signal_and_missing_command_are_crashes():
    killed = run_external(CPYTHON, "import os, signal\nos.kill(os.getpid(), signal.SIGKILL)\n")
    assert killed.kind == "crash" and "was killed by SIGKILL" in killed.stderr
    missing = run_external("/nonexistent/tauraro-no-such-vm {file}", "print(1)\n")
    assert missing.kind == "crash" and "cannot run" in missing.stderr


def test_timeout_is_a_crash():
    outcome = run_external(CPYTHON, "while True:\n    pass\n", timeout=1)
    assert (outcome.kind, outcome.stderr) == ("crash", "timed out after 1 s\n")


def test_a_traceback_needs_its_header_and_an_exception_line():
    header = "Traceback (most recent call last):\n"
    assert process_outcome(1, "", header + "  File 'x'\nValueError: v\n", "c").kind == "error"
    assert process_outcome(1, "", header + "  File 'x'\nno exception here!\n", "c").kind == "crash"
    assert process_outcome(1, "", "ValueError: v\n", "c").kind == "crash"


def test_the_printers_did_you_mean_is_not_part_of_the_message():
    source = "def f():\n    pass\nclass A:\n    value = 1\ntry:\n    print(fx)\n" \
             "except NameError as e:\n    print(e)\nprint(A().valu)\n"
    outcome = run_external(CPYTHON, source)
    assert outcome.stdout == "name 'fx' is not defined\n"
    assert outcome.error_line == "AttributeError: 'A' object has no attribute 'valu'"
    assert "Did you mean: 'value'?" in outcome.stderr
    header = "Traceback (most recent call last):\n"
    pypy = process_outcome(1, "", header + "NameError: name 'sho' is not defined. "
                                           "Did you mean: pow?\n", "pypy3")
    assert pypy.error_line == "NameError: name 'sho' is not defined"
    own = process_outcome(1, "", header + "ValueError: Did you mean: x?\n", "c")
    assert own.error_line == "ValueError: Did you mean: x?"


def junit_counts(path):
    suite = ET.parse(path).getroot()
    return {key: int(suite.get(key)) for key in ("tests", "failures", "errors", "skipped")}


def test_cpython_as_an_implementation_passes_its_own_corpus(tmp_path, capsys):
    report = tmp_path / "report.xml"
    assert main(["corpus", "--impl", CPYTHON, "--junit", str(report), str(NUMBERS)]) == 0
    total = len(corpus.discover([NUMBERS]))
    assert f"{CPYTHON}: {total} passed, 0 failed, 0 missing" in capsys.readouterr().out
    assert junit_counts(report) == {"tests": total, "failures": 0, "errors": 0, "skipped": 0}
    cases = ET.parse(report).getroot().findall("testcase")
    assert {case.get("classname") for case in cases} == {"corpus.numbers"}


def test_a_wrong_implementation_fails_and_the_report_says_why(tmp_path, capsys):
    report = tmp_path / "report.xml"
    assert main(["corpus", "--impl", f"{PYTHON} -c pass {{file}}", "--junit", str(report),
                 str(NUMBERS)]) == 1
    total = len(corpus.discover([NUMBERS]))
    assert f"0 passed, {total} failed" in capsys.readouterr().out
    assert junit_counts(report) == {"tests": total, "failures": total, "errors": 0, "skipped": 0}
    failure = ET.parse(report).getroot().find("testcase/failure")
    assert failure.get("message").startswith("stdout line 1: expected ")


def test_crashes_and_missing_expectations_are_reported_and_the_run_goes_on(tmp_path, capsys):
    for name, source, expected in [("a_crash", "import os\nos._exit(3)\n", "x\n"),
                                   ("b_ok", "print(1)\n", "1\n"), ("c_new", "print(2)\n", None)]:
        (tmp_path / f"{name}.py").write_text(source)
        if expected is not None:
            (tmp_path / f"{name}.out").write_text(expected)
    report = tmp_path / "report.xml"
    assert main(["corpus", "--impl", CPYTHON, "--junit", str(report), str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "crash: `" in out and "exited with status 3" in out
    assert "PASS" in out and "MISSING" in out
    assert junit_counts(report) == {"tests": 3, "failures": 1, "errors": 0, "skipped": 1}
    skipped = ET.parse(report).getroot().find("testcase/skipped")
    assert skipped.get("message") == "no expected output"


def test_impl_and_a_vm_are_mutually_exclusive(capsys):
    assert main(["corpus", "--impl", CPYTHON, "--vm", "fast", str(NUMBERS)]) == 2
    assert "give --impl or --vm/--opt, not both" in capsys.readouterr().err
    assert main(["corpus", "--impl", "pypy3", str(NUMBERS)]) == 2
    assert "put {file} in it" in capsys.readouterr().err


def test_report_is_valid_xml_whatever_the_leg_printed(tmp_path):
    report = tmp_path / "report.xml"
    case = Case(NUMBERS / "x.py", "x.py", 0.5, "crash: \x00bad\x1b[0m", "\x07\ud800 tail\n")
    write_report(report, [case], 0.5, "leg \x01")
    failure = ET.parse(report).getroot().find("testcase/failure")
    assert failure.get("message") == "crash: \ufffdbad\ufffd[0m"
    assert failure.text == "\ufffd\ufffd tail"


@pytest.mark.parametrize("command", ["corpus", "check", "fuzz"])
def test_a_command_that_cannot_start_stops_the_run_once(command, tmp_path, capsys):
    program = tmp_path / "p.py"
    program.write_text("print(1)\n")
    plain = tmp_path / "plain"
    plain.write_text("#!/bin/sh\n")          # there, but not executable
    files = [str(program)] if command != "fuzz" else []
    for template, why in [("tauraro-no-such-command {file}",
                           "cannot run 'tauraro-no-such-command': not found on PATH"),
                          (f"{tmp_path}/nope {{file}}",
                           f"cannot run '{tmp_path}/nope': No such file or directory"),
                          (f"{plain} {{file}}", f"cannot run '{plain}': Permission denied"),
                          (f"{PYTHON} -I", "put {file} in it")]:
        assert main([command, "--impl", template, *files]) == 2, template
        out, err = capsys.readouterr()
        assert err.count(why) == 1 and "Traceback" not in err, err
        assert out == ""


def test_a_runner_checks_its_command_before_any_program():
    from oracle.external import check_command, runner
    assert check_command(f"{PYTHON} -I {{file}}")[0] == sys.executable
    assert check_command("{file} --flag") == ["{file}", "--flag"]   # the program runs itself
    with pytest.raises(ValueError, match="cannot run 'tauraro-no-such-command'"):
        runner("tauraro-no-such-command {file}")
