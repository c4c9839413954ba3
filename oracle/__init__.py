"""oracle: every executor and the differential oracle over them.

The executors by name (executors), another implementation run by command (external), the corpus
of programs with CPython's recorded outcomes (corpus); the legs of a check and fastvm's
configuration matrix (legs), verdicts (differential), the program generator (generate, forms),
fuzzing (fuzz), shrinking (reduce), regressions, reports, opcode and line coverage.
"""
