"""THE opcode table of fastvm: one row per instruction.

Each row: name, operand format, meaning (Lua's register notation; it is the handler's
docstring and what `dis` prints), group (its section of docs/opcodes.md), flags, and details
where they differ from the defaults:
  writes  the registers the instruction writes (default: "A" when the format starts with A,
          else none): a space-separated list of "A", "A+1", "A..A+2", "A..A+N-1",
          "A..unpack" (UNPACK_EX's before + 1 + after registers from A), "-1" (the frame's
          result register), "-2" (the pc a generator resumes at)
  needs   the Config switches the lowering emits it under (fastvm/opt/: the optimization
          that introduced it; an instruction no switch needs is the generic instruction set)
  family  for a specialized form: the generic instruction it specializes (CPython's
          `family(LOAD_ATTR, ...)`): same operands, same writes, same flags; a failed guard
          goes back to it (the deopt map)
  cache   for a specialized form: the names of its inline-cache fields
Opcode numbers, the handler registry's completeness (fastvm.interp.registry), the linker's
wrappers, the deopt map (DEOPT), the disassembler and docs/opcodes.md are derived from this
table; tests fail when a row lacks a handler or a meaning, or a handler writes a register
its row does not name.

Operand formats: each letter is one operand.
  A, B, C  register numbers          K  a constant (any value, kept in the instruction)
  N        a count                   J  a jump target (an absolute instruction index)
Notation: R[X] register X; K the constant operand; G globals; pc the instruction index.
Flags: "jump" (may transfer control to J), "call" (runs program code), "exit" (leaves the
frame), "raises" (exists to raise), "step" (spends a step of the budget and is a safe point
for an interrupt: back edges, loop steps and calls; fastvm.interp.link.COUNTED),
"reraises" (raises again an exception the frame has already recorded, so the traceback
keeps pointing where it first passed, as CPython's RERAISE; fastvm.interp.loop.RERAISING).
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class OpInfo:
    number: int
    name: str
    operands: str
    meaning: str
    group: str
    flags: frozenset
    writes: tuple = ()            # register expressions (see the module docstring)
    needs: frozenset = frozenset()
    family: str | None = None     # the generic form, for a specialized form
    cache: tuple = ()             # inline-cache field names, for a specialized form

    def registers_written(self, args, nregs):
        """The register numbers an instruction with operands `args` writes, in a frame of
        `nregs` registers (the result and resume registers are the last two)."""
        values = dict(zip(self.operands, args))
        found = []
        for spec in self.writes:
            found += _WRITES[spec](values, nregs)
        return found


#: The register expressions of the `writes` detail.
_WRITES = {
    "A": lambda v, n: [v["A"]],
    "A+1": lambda v, n: [v["A"] + 1],
    "A..A+2": lambda v, n: [v["A"], v["A"] + 1, v["A"] + 2],
    "A..A+N-1": lambda v, n: list(range(v["A"], v["A"] + v["N"])),
    "A..unpack": lambda v, n: list(range(v["A"], v["A"] + v["N"] // 256 + 1 + v["N"] % 256)),
    "-1": lambda v, n: [n - 1],
    "-2": lambda v, n: [n - 2],
}


_ROWS = [
    # name, operands, meaning, group, flags
    ("NOP", "", "nothing (instruction 0 of every code object, never run: pc 0 means halt)",
     "misc", "never-runs"),
    ("MOVE", "AB", "R[A] := R[B]", "move", ""),
    ("LOADK", "AK", "R[A] := K", "move", ""),
    ("LOAD_GLOBAL", "AK", "R[A] := G[K], else builtins[K], else NameError", "global", ""),
    ("STORE_GLOBAL", "KA", "G[K] := R[A]", "global", ""),
    ("DELETE_GLOBAL", "K", "del G[K] (NameError if unbound)", "global", ""),
    ("CHECK_BOUND", "AK", "if R[A] is unbound then UnboundLocalError for name K", "local", "",
     {"writes": ""}),
    ("DELETE_LOCAL", "AK", "R[A] := unbound (UnboundLocalError for name K if already so)",
     "local", ""),
    ("LOAD_NAME", "AK", "R[A] := R[0][K] (the class namespace), else G[K], else builtins[K]",
     "name", ""),
    ("STORE_NAME", "KA", "R[0][K] := R[A] (the class namespace)", "name", ""),
    ("DELETE_NAME", "K", "del R[0][K] (NameError if unbound)", "name", ""),
    ("LOAD_CLASSDEREF", "ABK", "R[A] := R[0][K] if bound there, else R[B].contents", "name",
     ""),
    ("LOAD_DEREF", "ABK", "R[A] := R[B].contents (NameError for name K if empty)", "cell", ""),
    ("STORE_DEREF", "AB", "R[A].contents := R[B]", "cell", "", {"writes": ""}),
    ("DELETE_DEREF", "AK", "R[A].contents := empty (NameError for name K if already so)",
     "cell", "", {"writes": ""}),

    # binary operators: register/register and register/constant forms
    *[(f"{name}{suffix}", "ABC" if not suffix else "ABK",
       f"R[A] := R[B] {symbol} {'R[C]' if not suffix else 'K'}", "binary", "",
       {"needs": "const_operands" if suffix else ""})
      for name, symbol in (("ADD", "+"), ("SUB", "-"), ("MUL", "*"), ("TRUEDIV", "/"),
                           ("FLOORDIV", "//"), ("MOD", "%"), ("POW", "**"), ("LSHIFT", "<<"),
                           ("RSHIFT", ">>"), ("BITAND", "&"), ("BITOR", "|"), ("BITXOR", "^"),
                           ("MATMUL", "@"))
      for suffix in ("", "_K")],
    *[(f"INPLACE_{name}", "ABC", f"R[A] := R[B] {symbol}= R[C] (in place if R[B] supports it)",
       "inplace", "")
      for name, symbol in (("ADD", "+"), ("SUB", "-"), ("MUL", "*"), ("TRUEDIV", "/"),
                           ("FLOORDIV", "//"), ("MOD", "%"), ("POW", "**"), ("LSHIFT", "<<"),
                           ("RSHIFT", ">>"), ("BITAND", "&"), ("BITOR", "|"), ("BITXOR", "^"),
                           ("MATMUL", "@"))],
    ("NEG", "AB", "R[A] := -R[B]", "unary", ""),
    ("POS", "AB", "R[A] := +R[B]", "unary", ""),
    ("INVERT", "AB", "R[A] := ~R[B]", "unary", ""),
    ("NOT", "AB", "R[A] := not R[B]", "unary", ""),

    # comparisons producing a value
    *[(f"{name}{suffix}", "ABC" if not suffix else "ABK",
       f"R[A] := R[B] {symbol} {'R[C]' if not suffix else 'K'}", "compare", "",
       {"needs": "const_operands" if suffix else ""})
      for name, symbol in (("LT", "<"), ("LE", "<="), ("GT", ">"), ("GE", ">="), ("EQ", "=="),
                           ("NE", "!="), ("IS", "is"), ("IS_NOT", "is not"), ("IN", "in"),
                           ("NOT_IN", "not in"))
      for suffix in ("", "_K")],
    # compare-and-jump (Lua's LT/LE/EQ with k): the test and the branch in one instruction
    *[(f"JUMP_IF_NOT_{name}{suffix}", "BCJ" if not suffix else "BKJ",
       f"if not (R[B] {symbol} {'R[C]' if not suffix else 'K'}) then pc := J", "compare_jump",
       "jump", {"needs": "compare_jump const_operands" if suffix else "compare_jump"})
      for name, symbol in (("LT", "<"), ("LE", "<="), ("GT", ">"), ("GE", ">="), ("EQ", "=="),
                           ("NE", "!="), ("IS", "is"), ("IS_NOT", "is not"), ("IN", "in"),
                           ("NOT_IN", "not in"))
      for suffix in ("", "_K")],

    ("JUMP", "J", "pc := J", "jump", "jump step"),
    ("JUMP_IF_TRUE", "AJ", "if R[A] then pc := J", "jump", "jump", {"writes": ""}),
    ("JUMP_IF_FALSE", "AJ", "if not R[A] then pc := J", "jump", "jump", {"writes": ""}),

    ("BUILD_LIST", "ABN", "R[A] := [R[B], ..., R[B+N-1]]", "build", ""),
    ("BUILD_TUPLE", "ABN", "R[A] := (R[B], ..., R[B+N-1])", "build", ""),
    ("BUILD_SET", "ABN", "R[A] := {R[B], ..., R[B+N-1]}", "build", ""),
    ("BUILD_DICT", "ABN", "R[A] := {R[B]: R[B+1], ..., R[B+2N-2]: R[B+2N-1]}", "build", ""),
    ("BUILD_SLICE", "AB", "R[A] := slice(R[B], R[B+1], R[B+2])", "build", ""),
    ("BUILD_STRING", "ABN", "R[A] := R[B] + ... + R[B+N-1] (strings)", "build", ""),
    ("LIST_APPEND", "AB", "R[A].append(R[B])", "build", "", {"writes": ""}),
    ("LIST_EXTEND", "AB", "R[A].extend(iter(R[B]))", "build", "", {"writes": ""}),
    ("SET_ADD", "AB", "R[A].add(R[B])", "build", "", {"writes": ""}),
    ("SET_UPDATE", "AB", "R[A] |= set(iter(R[B]))", "build", "", {"writes": ""}),
    ("DICT_SET", "ABC", "R[A][R[B]] := R[C] (building a dict)", "build", "", {"writes": ""}),
    ("DICT_UPDATE", "AB", "R[A].update(R[B]) (R[B] must be a mapping)", "build", "",
     {"writes": ""}),
    ("DICT_MERGE", "ABC", "R[A] gains the items of R[B], the **mapping of a call to R[C] "
                          "(keys must be new strings)", "build", "call", {"writes": ""}),
    ("LIST_TO_TUPLE", "AB", "R[A] := tuple(R[B])", "build", ""),
    ("FORMAT", "ABC", "R[A] := format(R[B], R[C])", "format", ""),
    ("FORMAT_SIMPLE", "AB", "R[A] := format(R[B], '')", "format", ""),
    ("CONVERT", "ABN", "R[A] := str/repr/ascii(R[B]) for N = 's'/'r'/'a'", "format", ""),

    ("GETITEM", "ABC", "R[A] := R[B][R[C]]", "subscript", ""),
    ("GETITEM_K", "ABK", "R[A] := R[B][K]", "subscript", "", {"needs": "const_operands"}),
    ("SETITEM", "ABC", "R[A][R[B]] := R[C]", "subscript", "", {"writes": ""}),
    ("DELITEM", "AB", "del R[A][R[B]]", "subscript", "", {"writes": ""}),

    ("GETATTR", "ABK", "R[A] := R[B].K", "attribute", ""),
    ("SETATTR", "AKB", "R[A].K := R[B]", "attribute", "", {"writes": ""}),
    ("DELATTR", "AK", "del R[A].K", "attribute", "", {"writes": ""}),
    ("LOAD_METHOD", "ABK", "R[A], R[A+1] := the function R[B].K and R[B] when it is a method "
                           "found on the class, else R[B].K and no receiver", "attribute", "",
     {"writes": "A A+1", "needs": "method_call"}),

    ("CALL", "ABN", "R[A] := R[B](R[B+1], ..., R[B+N])", "call", "call step"),
    ("CALL_METHOD", "ABN", "R[A] := R[B](R[B+1], R[B+2], ..., R[B+N+1]), without R[B+1] when "
                           "LOAD_METHOD found no receiver", "call", "call step",
     {"needs": "method_call"}),
    ("CALL_KW", "ABK", "R[A] := R[B](*R[B+1 .. B+n-k], **{K[i]: R[...]}) with the keyword "
                       "names K and n the total", "call", "call step"),
    ("CALL_EX", "AB", "R[A] := R[B](*R[B+1], **R[B+2]) (R[B+1] any iterable)", "call",
     "call step"),

    ("GET_ITER", "AB", "R[A] := iter(R[B])", "iterate", ""),
    ("FOR_ITER", "ABJ", "R[A] := next(R[B]); when R[B] is exhausted, pc := J", "iterate",
     "jump step"),
    ("FOR_RANGE_PREP", "ABNJ", "if R[B] is the builtin range and R[B+1..B+N] are ints then "
                               "R[A], R[A+1], R[A+2] := start - step, stop, step else pc := J",
     "iterate", "jump", {"writes": "A..A+2", "needs": "range_loop"}),
    ("FOR_RANGE", "AJ", "R[A] += R[A+2]; if R[A] is before R[A+1] then pc := J", "iterate",
     "jump step", {"needs": "range_loop"}),
    ("UNPACK", "ABN", "R[A], ..., R[A+N-1] := R[B] (exactly N items)", "unpack", "",
     {"writes": "A..A+N-1"}),
    ("UNPACK_EX", "ABN", "R[A..] := R[B] with N = before*256 + after items around a list",
     "unpack", "", {"writes": "A..unpack"}),

    ("MAKE_FUNCTION", "AKB", "R[A] := function(code K, defaults tuple R[B], kw defaults "
                             "R[B+1], cells R[B+2])", "function", ""),
    ("BUILD_CLASS", "ABN", "R[A] := class R[B] with namespace R[B+1] filled by calling R[B+2], "
                           "bases R[B+3..B+2+N]", "class", "call"),
    ("WITH_ENTER", "AB", "R[A] := R[B].__exit__ bound; R[A+1] := R[B].__enter__()", "with",
     "call", {"writes": "A A+1"}),
    ("WITH_EXIT", "A", "R[A](None, None, None)", "with", "call", {"writes": ""}),
    ("WITH_EXIT_EXC", "ABJ", "if R[A](type(R[B]), R[B], traceback) is true then pc := J",
     "with", "call jump reraises", {"writes": ""}),
    ("YIELD", "A", "suspend the generator, producing R[A]; when resumed, the sent value is in "
                   "R[-3]", "generator", "exit", {"writes": "-1 -2"}),
    ("GET_YIELD_FROM_ITER", "AB", "R[A] := iter(R[B]) (a generator is its own iterator)",
     "generator", ""),
    ("SEND", "ABCJ", "R[A] := R[B].send(R[C]) (next when None); when R[B] is finished, R[A] := "
                     "its return value and pc := J", "generator", "call jump"),
    ("RETURN", "A", "return R[A]", "return", "exit", {"writes": "-1"}),
    ("RETURN_NONE", "", "return None", "return", "exit", {"writes": "-1"}),

    ("RAISE", "A", "raise R[A]", "exception", "raises", {"writes": ""}),
    ("RAISE_FROM", "AB", "raise R[A] from R[B]", "exception", "raises", {"writes": ""}),
    ("RERAISE", "A", "raise R[A] again, keeping its traceback", "exception",
     "raises reraises", {"writes": ""}),
    ("RAISE_ASSERT", "A", "raise AssertionError(*R[A..]) (A < 0: no message)", "exception",
     "raises", {"writes": ""}),
    ("PUSH_EXC", "A", "R[A] is being handled: bare raise and __context__ see it", "exception",
     "", {"writes": ""}),
    ("POP_EXC", "", "the innermost exception being handled is done", "exception", ""),
    ("JUMP_IF_NOT_EXC_MATCH", "ABJ", "if R[A] is not an instance of the class(es) R[B] then "
                                     "pc := J", "exception", "jump", {"writes": ""}),

    ("IMPORT", "AK", "R[A] := the allow-listed module K", "module", ""),
]

OPCODES = {}
for _number, (_name, _operands, _meaning, _group, _flags, *_details) in enumerate(_ROWS):
    _detail = _details[0] if _details else {}
    _writes = _detail.get("writes", "A" if _operands.startswith("A") else "")
    OPCODES[_name] = OpInfo(_number, _name, _operands, _meaning, _group,
                            frozenset(_flags.split()), tuple(_writes.split()),
                            frozenset(_detail.get("needs", "").split()),
                            _detail.get("family"), tuple(_detail.get("cache", "").split()))
BY_NUMBER = [OPCODES[name] for name, *_ in _ROWS]
#: The deopt map: each specialized form -> the generic instruction it goes back to.
DEOPT = {name: info.family for name, info in OPCODES.items() if info.family is not None}
#: Each specialization family: generic instruction -> its specialized forms, in table order.
FAMILIES = {generic: tuple(name for name, target in DEOPT.items() if target == generic)
            for generic in dict.fromkeys(DEOPT.values())}


def flagged(flag):
    """The names of the opcodes whose row has `flag`."""
    return frozenset(name for name, info in OPCODES.items() if flag in info.flags)

#: Binary operator node names, symbols and opcode stems, shared by the compiler and handlers.
BINARY = {"Add": ("+", "ADD"), "Sub": ("-", "SUB"), "Mult": ("*", "MUL"),
          "Div": ("/", "TRUEDIV"), "FloorDiv": ("//", "FLOORDIV"), "Mod": ("%", "MOD"),
          "Pow": ("**", "POW"), "LShift": ("<<", "LSHIFT"), "RShift": (">>", "RSHIFT"),
          "BitAnd": ("&", "BITAND"), "BitOr": ("|", "BITOR"), "BitXor": ("^", "BITXOR"),
          "MatMult": ("@", "MATMUL")}
COMPARE = {"Lt": ("<", "LT"), "LtE": ("<=", "LE"), "Gt": (">", "GT"), "GtE": (">=", "GE"),
           "Eq": ("==", "EQ"), "NotEq": ("!=", "NE"), "Is": ("is", "IS"),
           "IsNot": ("is not", "IS_NOT"), "In": ("in", "IN"), "NotIn": ("not in", "NOT_IN")}
