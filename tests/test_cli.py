"""The tauraro command and python -m refvm, run as a user would: in a fresh process."""

from conftest import ROOT, run_cli


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text)
    return path


def test_run_prints_output_and_exits_zero(tmp_path):
    result = run_cli("run", write(tmp_path, "ok.py", "print('hello', 6 * 7)"))
    assert (result.returncode, result.stdout, result.stderr) == (0, "hello 42\n", "")


def test_uncaught_exception_exits_one_with_a_traceback(tmp_path):
    result = run_cli("run", write(tmp_path, "err.py", "print('a')\nraise ValueError('no')\n"))
    assert result.returncode == 1 and result.stdout == "a\n"
    assert result.stderr.startswith("Traceback (most recent call last):")
    assert result.stderr.splitlines()[-1] == "ValueError: no"


def test_syntax_error_and_unsupported_exit_two_without_host_traceback(tmp_path):
    bad = write(tmp_path, "bad.py", "x = (\n")
    result = run_cli("run", bad)
    assert result.returncode == 2
    assert result.stderr == f"{bad}:1:5: SyntaxError: '(' was never closed\n"
    unsupported = write(tmp_path, "u.py", "async def f():\n    pass\n")
    result = run_cli("run", unsupported)
    assert result.returncode == 2
    assert result.stderr == f"{unsupported}:1:1: unsupported: async functions\n"


def test_step_budget_exits_three(tmp_path):
    result = run_cli("run", "--max-steps", "100", write(tmp_path, "loop.py", "while 1:\n    pass\n"))
    assert result.returncode == 3
    assert "step budget of 100 steps spent" in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_file_is_a_clear_error(tmp_path):
    result = run_cli("run", tmp_path / "nope.py")
    assert result.returncode == 2 and "cannot read" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_option_is_a_usage_error(tmp_path):
    result = run_cli("run", "--max-steps", "-5", write(tmp_path, "ok.py", "pass"))
    assert result.returncode == 2 and "must be a positive integer" in result.stderr


def test_check_parses_only(tmp_path):
    good, bad = write(tmp_path, "g.py", "print(1)"), write(tmp_path, "b.py", "import os")
    result = run_cli("check", "--parse-only", good, bad)
    assert result.returncode == 2
    assert f"{good}: ok" in result.stdout
    assert f"{bad}:1:1: unsupported: import of module 'os'" in result.stderr


def test_corpus_command_reports_pass_and_fail(tmp_path):
    result = run_cli("corpus", ROOT / "corpus" / "conformance" / "closures")
    assert result.returncode == 0, result.stdout
    assert "PASS" in result.stdout and " 0 failed" in result.stdout
    wrong = write(tmp_path, "wrong.py", "print(1)\nprint(2)\n")
    (tmp_path / "wrong.out").write_text("1\n3\n")
    result = run_cli("corpus", wrong)
    assert result.returncode == 1
    assert "FAIL" in result.stdout and "stdout line 2: expected '3', got '2'" in result.stdout


def test_python_m_refvm_traces(tmp_path):
    import subprocess
    import sys
    program = write(tmp_path, "t.py", "x = 3\nprint(x + 1)\n")
    result = subprocess.run([sys.executable, "-m", "refvm", str(program), "--trace"],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0 and result.stdout == "4\n"
    assert "x + 1 => 4" in result.stderr


def test_dis_stats_trace_and_opt(tmp_path):
    program = write(tmp_path, "p.py", "def f(x):\n    return x + 1\nprint(f(1))\n")
    dis = run_cli("dis", program)
    assert dis.returncode == 0 and "code f (function)" in dis.stdout and "ADD_K" in dis.stdout
    plain = run_cli("dis", "--opt", "none", program)
    assert "ADD_K" not in plain.stdout and "ADD " in plain.stdout
    stats = run_cli("stats", program)
    assert stats.returncode == 0 and "instructions executed:" in stats.stdout
    assert "ADD_K" in stats.stdout
    trace = run_cli("run", "--trace", program)
    assert trace.stdout == "2\n" and "ADD_K" in trace.stderr
    ref_trace = run_cli("run", "--vm", "ref", "--trace", program)
    assert ref_trace.stdout == "2\n" and "x + 1 => 2" in ref_trace.stderr
    assert run_cli("run", "--opt", "none", program).stdout == "2\n"
    bad = run_cli("run", "--opt", "+nonsense", program)
    assert bad.returncode == 2 and "bad optimization switch" in bad.stderr
    wrong_vm = run_cli("run", "--vm", "ref", "--opt", "none", program)
    assert wrong_vm.returncode == 2 and "--opt applies to the fast VM" in wrong_vm.stderr


def test_corpus_and_expect_name_a_path_that_does_not_exist_or_holds_no_program(tmp_path):
    for command in ("corpus", "expect"):
        result = run_cli(command, tmp_path / "nosuch")
        assert (result.returncode, result.stdout) == (2, ""), result.stdout
        assert result.stderr == f"tauraro: no such file or directory: {tmp_path / 'nosuch'}\n"
        (tmp_path / "empty").mkdir(exist_ok=True)
        result = run_cli(command, tmp_path / "empty")
        assert (result.returncode, result.stdout) == (2, "")
        assert result.stderr == f"tauraro: no programs (*.py files) in {tmp_path / 'empty'}\n"


def _commands():
    import argparse
    from tauraro_lab.cli import build_parser
    parser = build_parser()
    (sub,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return parser, sub


def test_every_option_says_what_it_does_and_its_default():
    import argparse
    parser, sub = _commands()
    assert sub.help and all(choice.help for choice in sub._choices_actions)
    missing = []
    for name, command in sub.choices.items():
        for action in command._actions:
            if isinstance(action, argparse._HelpAction):
                continue
            where = f"tauraro {name} {'/'.join(action.option_strings) or action.dest}"
            if not action.help:
                missing.append(f"{where}: no help")
            elif action.default not in (None, False) and "%(default)" not in action.help:
                missing.append(f"{where}: help does not show its default {action.default!r}")
        command.format_help()          # every %(...) in a help text expands
    assert not missing, "\n".join(missing)


def test_each_commands_exit_statuses_are_in_its_help_and_the_readme():
    from tauraro_lab.cli import EXIT_STATUSES
    parser, sub = _commands()
    assert set(EXIT_STATUSES) == set(sub.choices)
    readme = (ROOT / "README.md").read_text()
    for name, command in sub.choices.items():
        squeezed = "".join(command.format_help().split())   # argparse wraps at hyphens too
        assert squeezed.endswith("".join(f"exit status: {EXIT_STATUSES[name]}".split())), name
        assert f"| `tauraro {name}` | {EXIT_STATUSES[name]} |" in readme, name


def test_stats_says_it_hides_the_output_and_prints_only_the_error_of_a_rejected_program(tmp_path):
    assert "output is not shown" in " ".join(run_cli("stats", "--help").stdout.split())
    bad = write(tmp_path, "bad.py", "print(1)\nx = (\n")
    result = run_cli("stats", bad)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == f"{bad}:2:5: SyntaxError: '(' was never closed\n"
    unsupported = write(tmp_path, "u.py", "import os\n")
    result = run_cli("stats", unsupported)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == f"{unsupported}:1:1: unsupported: import of module 'os'\n"


def test_the_suites_wall_clock_comparison_reports_but_never_fails(monkeypatch, capsys):
    import shlex
    from tauraro_lab import bench
    from tauraro_lab.cli import main
    (line,) = [line for line in (ROOT / "scripts" / "test.sh").read_text().splitlines()
               if "tauraro bench" in line]
    argv = shlex.split(line)[1:]        # the command scripts/test.sh runs, less the program
    times = {"fast-tiny": 1.0, "ref-tiny": 1.5}  # a noisy run: refvm only 1.5x slower

    monkeypatch.setattr(bench, "run_leg", lambda label, *rest, **kw: label)
    monkeypatch.setattr(bench, "means", lambda label: {"chaos": times[label]})
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "note: fastvm is only 1.50x faster than refvm on chaos" in out
    assert "reported only" in out
    without = [arg for arg in argv if arg != "--report-only"]
    assert "--min-speedup" in without and main(without) == 1   # the user's own check fails
    assert "FAIL: fastvm is only 1.50x faster" in capsys.readouterr().out


def test_setup_upgrades_pip_only_when_it_makes_the_venv(tmp_path):
    import shutil
    import subprocess
    (tmp_path / "scripts").mkdir()
    shutil.copy(ROOT / "scripts" / "setup.sh", tmp_path / "scripts" / "setup.sh")
    log = tmp_path / "calls.log"
    fake = tmp_path / "python3.11"      # says it is 3.11, logs its arguments, makes a "venv"
    fake.write_text('#!/usr/bin/env bash\necho "$@" >> "$LOG"\n'
                    'if [ "$1 $2" = "-m venv" ]; then\n'
                    '    mkdir -p "$3/bin"; cp "$0" "$3/bin/python"\nfi\n')
    fake.chmod(0o755)

    def setup():
        log.write_text("")
        subprocess.run(["bash", "scripts/setup.sh", "test"], cwd=tmp_path, check=True,
                       env={"PATH": "/usr/bin:/bin", "PYTHON": str(fake), "LOG": str(log)})
        return [line for line in log.read_text().splitlines() if "pip install" in line]
    first, again = setup(), setup()
    assert any("--upgrade pip" in line for line in first) and len(first) == 2
    assert len(again) == 1 and "--upgrade pip" not in again[0] and again[0].endswith("-e .[test]")


def test_fastvm_trace_shows_source_lines_beside_pcs_and_short_values(tmp_path):
    program = write(tmp_path, "t.py", "class Point:\n    pass\n\n\ndef f(n):\n    return n * 2\n"
                                      "p = Point()\nword = 'a' * 100\nprint(f(21))\n")
    result = run_cli("run", "--trace", program)
    assert result.returncode == 0 and result.stdout == "42\n"
    lines = result.stderr.splitlines()
    assert lines[0] == "<module> L1 | class Point:"
    assert lines[1].startswith("  pc 1 ")
    assert "f L6 | return n * 2" in lines
    mul = lines.index("f L6 | return n * 2") + 1
    assert lines[mul].split() == ["pc", "1", "MUL_K", "R1,", "R0,", "2"]
    assert lines[mul + 1].strip() == "R1 = 42"
    assert "<module> L9 | print(f(21))" in lines       # back in the caller after the call
    assert any(line.strip().endswith("= <Point object>") for line in lines)
    assert any(line.strip().endswith("= <function f>") for line in lines)
    (long,) = [line for line in lines if "= 'aaaa" in line]
    assert long.split(" = ")[1] == "'" + "a" * 56 + "..."       # 60 characters


def test_trace_values_are_short_bounded_and_never_the_programs_own_repr(monkeypatch):
    import fastvm
    from fastvm import trace
    from fastvm.trace import Tracer, short
    assert short([1, "x", (2.5, None), (3,), {1: {2}}, set(), frozenset()]) == \
        "[1, 'x', (2.5, None), (3,), {1: {2}}, set(), frozenset()]"
    cycle = [1]
    cycle.append(cycle)
    assert short(cycle) == "[1, [...]]" and short({}) == "{}"
    assert short(7 ** 1000) == "<int of 2808 bits>"
    rendered, render = [], trace._render
    monkeypatch.setattr(trace, "_render", lambda *args: (rendered.append(1), render(*args))[1])
    huge = short(list(range(10**6)))
    assert len(rendered) < 100                    # bounded: a million items are not rendered
    monkeypatch.undo()
    assert len(huge) == 60 and huge.endswith("...")
    import io
    stream = io.StringIO()
    source = ("class Loud:\n    def __repr__(self):\n        print('repr ran')\n"
              "        return 'L'\nx = [Loud()]\nprint('done')\n")
    assert fastvm.run(source, tracer=Tracer(stream, source)).stdout == "done\n"
    assert "= [<Loud object>]" in stream.getvalue()
    assert "<module> L5 | x = [Loud()]" in stream.getvalue()
