# Mutual recursion: a recursive-descent expression parser and a minimax game-tree evaluator.


def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(text) and text[j].isdigit():
                j += 1
            tokens.append(int(text[i:j]))
            i = j
        elif ch in "+-*/()":
            tokens.append(ch)
            i += 1
        else:
            raise ValueError("unexpected character %r at %d" % (ch, i))
    return tokens


# expr   := term (('+' | '-') term)*
# term   := factor (('*' | '/') factor)*
# factor := NUMBER | '-' factor | '(' expr ')'
def parse_expr(tokens, pos):
    value, pos = parse_term(tokens, pos)
    while pos < len(tokens) and tokens[pos] in ("+", "-"):
        op = tokens[pos]
        right, pos = parse_term(tokens, pos + 1)
        value = value + right if op == "+" else value - right
    return value, pos


def parse_term(tokens, pos):
    value, pos = parse_factor(tokens, pos)
    while pos < len(tokens) and tokens[pos] in ("*", "/"):
        op = tokens[pos]
        right, pos = parse_factor(tokens, pos + 1)
        if op == "*":
            value = value * right
        else:
            value = value // right
    return value, pos


def parse_factor(tokens, pos):
    if pos >= len(tokens):
        raise ValueError("unexpected end of input")
    tok = tokens[pos]
    if tok == "-":
        value, pos = parse_factor(tokens, pos + 1)
        return -value, pos
    if tok == "(":
        value, pos = parse_expr(tokens, pos + 1)
        if pos >= len(tokens) or tokens[pos] != ")":
            raise ValueError("expected ')' at token %d" % pos)
        return value, pos + 1
    if isinstance(tok, int):
        return tok, pos + 1
    raise ValueError("unexpected token %r at %d" % (tok, pos))


def calculate(text):
    tokens = tokenize(text)
    value, pos = parse_expr(tokens, 0)
    if pos != len(tokens):
        raise ValueError("trailing tokens from %d" % pos)
    return value


for source in ["1 + 2 * 3", "(1 + 2) * 3", "-(4 - 10) / 4", "2 * -3 - -4", "7 / -2",
               "((((5))))", "8 / (3 - 3)", "1 +", "(2 * 3", "4 $ 4", "1 2", ")"]:
    try:
        print("%-16s = %s" % (source, calculate(source)))
    except (ValueError, ZeroDivisionError) as e:
        print("%-16s ! %s: %s" % (source, type(e).__name__, e))

deep = "(" * 60 + "1" + ")" * 60
print("deeply nested:", calculate(deep), calculate("-" * 100 + "3"))


# Minimax over a nested-list game tree: max_value and min_value call each other.
visited = []


def max_value(node):
    if isinstance(node, int):
        visited.append(node)
        return node
    return max(min_value(child) for child in node)


def min_value(node):
    if isinstance(node, int):
        visited.append(node)
        return node
    return min(max_value(child) for child in node)


tree = [[3, 12, 8], [2, 4, 6], [14, 5, 2]]
print("minimax:", max_value(tree), "leaves:", visited)
visited.clear()
print("as min player:", min_value(tree), "deeper:", max_value([[[1, -1], [0]], [[-5], [7, 2]]]))


# Mutual recursion on strings: balanced bracket checker with two kinds of brackets.
def balanced(s, i=0, closer=None):
    while i < len(s):
        ch = s[i]
        if ch in "([":
            i = open_group(s, i)
            if i < 0:
                return -1 if closer is not None else False
        elif ch in ")]":
            if ch != closer:
                return -1 if closer is not None else False
            return i + 1
        else:
            i += 1
    return -1 if closer is not None else True


def open_group(s, i):
    return balanced(s, i + 1, ")" if s[i] == "(" else "]")


for s in ["", "()", "([])", "([)]", "((", "a(b[c]d)e", "])", "[[[]]]()"]:
    print(repr(s), balanced(s))
