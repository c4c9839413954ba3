"""A statement-level reducer that finishes what hypothesis's shrinker starts.

Hypothesis shrinks the generator's choices, so its result is a program the generator could
make; it can stop in a local minimum where whole statements no longer matter. This pass
(delta debugging over the AST, after C-Reduce and Zeller's ddmin) then tries, from the last
statement to the first, to delete each statement, or to replace a compound statement by one of
its blocks, keeping a change whenever the program still disagrees in the same way. Every
candidate is unparsed from a valid AST and must still be in the language.
"""

import ast

from tauraro.parse import ProgramError, parse

#: An upper bound on candidate programs tried, so a reduction always ends quickly.
MAX_ATTEMPTS = 400


def reduce(source, still_fails, max_attempts=MAX_ATTEMPTS):
    """The smallest program found from `source` for which still_fails(program) holds."""
    attempts = 0
    changed = True
    while changed and attempts < max_attempts:
        changed = False
        tree = ast.parse(source)
        for candidate in candidates(tree):
            attempts += 1
            if attempts > max_attempts:
                break
            text = ast.unparse(candidate) + "\n"
            if text != source and in_language(text) and still_fails(text):
                source, changed = text, True
                break
    return source


def candidates(tree):
    """Smaller variants of `tree`: statements late in the program first, then fewer
    arguments in calls and fewer elements in tuple and list displays."""
    slots = list(statement_slots(tree))
    for owner, field, index in reversed(slots):
        statement = getattr(owner, field)[index]
        for block in [[], *blocks_of(statement)]:
            candidate = replaced(tree, owner, field, index, block)
            if candidate is not None:
                yield candidate
    for owner, field, index in reversed(list(element_slots(tree))):
        candidate = replaced(tree, owner, field, index, [])
        if candidate is not None:
            yield candidate


def element_slots(tree):
    """(node, field, index) of each call argument and each tuple or list element."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and len(node.args) > 1:
            yield from ((node, "args", i) for i in range(len(node.args)))
        elif isinstance(node, (ast.Tuple, ast.List)) and isinstance(node.ctx, ast.Load) \
                and len(node.elts) > 1:
            yield from ((node, "elts", i) for i in range(len(node.elts)))


def statement_slots(node):
    """(owner, field, index) of every statement, outermost first."""
    for field in ("body", "orelse", "finalbody"):
        body = getattr(node, field, None)
        if isinstance(body, list):
            for index, child in enumerate(body):
                if isinstance(child, ast.stmt):
                    yield node, field, index
                    yield from statement_slots(child)
    for handler in getattr(node, "handlers", ()):
        yield from statement_slots(handler)


def blocks_of(statement):
    """The statement lists a compound statement could be replaced by."""
    blocks = []
    for field in ("body", "orelse", "finalbody"):
        block = getattr(statement, field, None)
        if isinstance(block, list) and block and not isinstance(statement, (ast.FunctionDef,
                                                                            ast.ClassDef)):
            blocks.append(block)
    for handler in getattr(statement, "handlers", ()):
        blocks.append(handler.body)
    return blocks


def replaced(tree, owner, field, index, statements):
    """A copy of `tree` with owner.field[index] (a statement, argument or element) replaced by
    the items `statements` (None if that is not a valid program)."""
    body = getattr(owner, field)
    original = body[:]
    new_body = body[:index] + list(statements) + body[index + 1:]
    if not new_body and field in ("body", "finalbody") and not isinstance(owner, ast.Module):
        new_body = [ast.Pass()]
    setattr(owner, field, new_body)
    try:
        return ast.parse(ast.unparse(tree))
    except SyntaxError:
        return None
    finally:
        setattr(owner, field, original)


def in_language(source):
    try:
        parse(source, "<reduced>")
        return True
    except (ProgramError, SyntaxError, RecursionError):
        return False
