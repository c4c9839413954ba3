"""tauraro_lab: the `tauraro` command and its tools (`python -m tauraro_lab` is the same command).

The rule: a module is here when it is a tool a person or CI runs over the language, the VMs and
the oracle, rather than part of the language (tauraro) or of judging executors (oracle). It may
import tauraro, refvm, fastvm and oracle; none of them imports it, nor does it import perf
(tests/test_layers.py holds the table). By that rule:

- cli: the command, `tauraro run/dis/stats/corpus/expect` and the parser of every command;
- oracle_cli: `tauraro check` and `tauraro fuzz`, the oracle on the command line;
- watchdog: `tauraro corpus`'s VM in a child process, so its timeout holds;
- junit: `tauraro corpus --junit`'s report;
- bench: `tauraro bench` (pyperf timings, running perf/bench_vm.py) and `tauraro counts`
  (instruction counts against perf/baseline.json).

The executor list, the external runner and the corpus live in the oracle (oracle.executors,
oracle.external, oracle.corpus), which runs programs on them and saves regressions with
CPython's expected output: this package imports the oracle, so the oracle cannot import it.
"""
