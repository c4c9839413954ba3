"""pyperf benchmark script: the corpus/bench programs on one executor.

    python perf/bench_vm.py --vm fast --size real -o results/fast-real.json
    python perf/bench_vm.py --vm cpython --size real -o results/cpython-real.json
    python -m pyperf compare_to results/cpython-real.json results/fast-real.json

--vm is an executor that runs in this process (oracle.executors): cpython (the program run
natively by this Python), fast or ref; --opt passes fastvm's optimization switches; --size
picks the benchmark size; --bench limits the benchmarks. pyperf runs each benchmark in worker
processes; the custom options reach them through add_cmdline_args. Each measured run compiles
and runs the whole program, output discarded.
"""

import contextlib
import io
import sys
import time
from pathlib import Path

import pyperf

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from oracle import corpus, executors  # noqa: E402  (after the path is set)


def add_cmdline_args(cmd, args):
    cmd.extend(("--vm", args.vm, "--size", args.size))
    if args.opt:
        cmd.extend(("--opt", args.opt))
    if args.bench:
        cmd.extend(("--bench", args.bench))


def runner_for(vm, opt):
    if not executors.EXECUTORS[vm].is_vm:     # cpython
        def run_native(source, name):
            with contextlib.redirect_stdout(io.StringIO()):
                exec(compile(source, name, "exec"), {"__name__": "__main__"})
        return run_native
    run = executors.runner(vm, opt)

    def run_vm(source, name):
        outcome = run(source, name)
        if outcome.kind != "ok":
            raise RuntimeError(f"{name} did not run cleanly on {vm}: {outcome.stderr}")
    return run_vm


def bench_program(loops, run, source, name):
    started = time.perf_counter()
    for _ in range(loops):
        run(source, name)
    return time.perf_counter() - started


def main():
    runner = pyperf.Runner(add_cmdline_args=add_cmdline_args)
    parser = runner.argparser
    parser.add_argument("--vm", choices=sorted(executors.IN_PROCESS), default=executors.DEFAULT_VM)
    parser.add_argument("--opt", default=None, help="fastvm optimization switches")
    parser.add_argument("--size", choices=["tiny", "real"], default="real")
    parser.add_argument("--bench", default="", help="comma-separated benchmark names")
    args = runner.parse_args()
    wanted = {name for name in args.bench.split(",") if name}
    runner.metadata["tauraro_vm"] = args.vm
    runner.metadata["tauraro_size"] = args.size
    if args.opt:
        runner.metadata["tauraro_opt"] = args.opt
    run = runner_for(args.vm, args.opt)
    for program in corpus.discover([corpus.ROOT / "bench"], sizes=(args.size,)):
        name = program.path.stem
        if wanted and name not in wanted:
            continue
        runner.bench_time_func(name, bench_program, run, program.source(), name)


if __name__ == "__main__":
    main()
