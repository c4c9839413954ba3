# str.split/rsplit/splitlines/join: separators, maxsplit, whitespace runs, empty pieces and errors.

samples = ["a,b,,c", ",a,", "", "   ", "  lead and  trail  ", "one", "x\ty\nz  w"]
for s in samples:
    print(repr(s), s.split(), s.split(","), s.split(" "))

line = "k1=v1;k2=v2;k3=v=3;"
print(line.split(";"), line.split(";", 1), line.split(";", 0), line.split(";", -1))
print(line.rsplit(";", 1), line.rsplit("=", 2), line.rsplit(maxsplit=1), line.rsplit("=", maxsplit=1))
print("  a  b  c  ".rsplit(None, 1), "  a  b  c  ".split(None, 1), "a  b".split(" ", 1))
print("aaa".split("a"), "aaa".split("aa"), "abcabc".split("bc"), "mississippi".split("ss"))

try:
    "a b".split("")
except ValueError as e:
    print("ValueError:", e)

text = "first\nsecond\r\nthird\rfourth\n\nlast\n"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "\n".splitlines(), "no newline".splitlines(), text.split("\n"))

# Parse a tiny INI-like document
doc = """
[server]
host = example.org
port=8080

[client]
retries =3
name = a = b
"""
config = {}
section = None
for raw in doc.splitlines():
    line = raw.strip()
    if not line:
        continue
    if line.startswith("[") and line.endswith("]"):
        section = line[1:-1]
        config[section] = {}
        continue
    key, value = [part.strip() for part in line.split("=", 1)]
    config[section][key] = value
print(config)

# join
words = ["alpha", "beta", "gamma"]
print("-".join(words), "".join(words), ", ".join([]), "|".join("abc"), " ".join(["solo"]))
print("\n".join(w.upper() for w in words))
print("->".join(map(str, range(5))), "".join(reversed("stressed")))
print(",".join(sorted({"b": 1, "a": 2})))
try:
    print(", ".join(["a", 1, "b"]))
except TypeError as e:
    print("TypeError:", e)
try:
    print("".join([["a"]]))
except TypeError as e:
    print("TypeError:", e)

# split and join round trip
csv = "10, 20,30 ,  40"
nums = [int(p) for p in csv.split(",")]
print(nums, "+".join(str(n) for n in nums), "=", sum(nums))
