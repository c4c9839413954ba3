# partition/rpartition and the character-class predicates (isdigit/isdecimal/isnumeric/isalpha/...).

for s, sep in [("key=value=x", "="), ("no separator", "="), ("=start", "="), ("end=", "="),
               ("", "x"), ("a::b::c", "::")]:
    print(repr(s), s.partition(sep), s.rpartition(sep))

try:
    "abc".partition("")
except ValueError as e:
    print("ValueError:", e)

# Parsing "user@host:port" style addresses
for addr in ["alice@example.org:8080", "bob@localhost", "example.net:22", "plain"]:
    user, at, rest = addr.rpartition("@")
    host, colon, port = rest.partition(":")
    print(f"{addr:24} user={user or '-':6} host={host:12} port={int(port) if port else None}")

samples = ["123", "12.5", "-1", "", " ", "abc", "abc123", "ABC", "²", "½", "٣", "Ⅻ", "é",
           "hello world", "\t\n", "_name", "2fast", "class", "Ωmega", "a b"]
print(f"{'s':>14} dig dec num alp aln spc idn prt asc")
for s in samples:
    flags = [s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(),
             s.isspace(), s.isidentifier(), s.isprintable(), s.isascii()]
    print(f"{s!r:>14}", " ".join(" T " if f else " . " for f in flags))

# int() accepts Unicode decimal digits but not superscripts or fractions
for s in ["٣", "１２", "²", "½"]:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)

# Token classification using the predicates
def classify(tok):
    if tok.isdigit():
        return "int"
    if tok.replace(".", "", 1).isdigit():
        return "float"
    if tok.isidentifier():
        return "name"
    if tok.isspace():
        return "space"
    return "symbol"

tokens = "x1 = 42 + 3.5 * y_2 - 1.2.3 ; _ ( )".split(" ")
print([(t, classify(t)) for t in tokens])
