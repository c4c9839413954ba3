# List mutation methods (append/extend/insert/pop/remove/index/count/copy/clear) on a playlist, with their errors.
playlist = ["intro", "verse", "chorus"]
playlist.append("verse")
playlist.extend(["bridge", "chorus"])
playlist.extend("ab")            # extend iterates a string char by char
print(playlist)

playlist.insert(0, "count-in")
playlist.insert(-1, "pre-b")     # inserts before the last element
playlist.insert(100, "outro")    # past the end appends
playlist.insert(-100, "silence") # before the start prepends
print(playlist)

print("count verse:", playlist.count("verse"), "count solo:", playlist.count("solo"))
print("index chorus:", playlist.index("chorus"))
print("index chorus after 4:", playlist.index("chorus", 4))
print("index verse in [3:5]:", playlist.index("verse", 3, 5))
try:
    playlist.index("chorus", 5, 7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    playlist.index("solo")
except ValueError as e:
    print(type(e).__name__, e)

removed = playlist.remove("verse")   # removes the first match only, returns None
print(removed, playlist)
try:
    playlist.remove("solo")
except ValueError as e:
    print(type(e).__name__, e)

print("pop():", playlist.pop())
print("pop(0):", playlist.pop(0))
print("pop(-2):", playlist.pop(-2))
print(playlist)
try:
    playlist.pop(42)
except IndexError as e:
    print(type(e).__name__, e)

backup = playlist.copy()
alias = playlist
playlist.clear()
print("after clear:", playlist, alias, len(backup))
try:
    playlist.pop()
except IndexError as e:
    print(type(e).__name__, e)

# append of a list nests it; extend splices it; += is extend in place.
a = [1, 2]
b = a
a.append([3, 4])
a += (5, 6)
print(a, b is a)
a = a + [7]
print(a, b, b is a)

# append of the list itself creates a recursive structure whose repr uses [...].
loop = [0]
loop.append(loop)
print(loop, loop[1][1][1][0])

# extend with itself doubles the list (it snapshots the source).
twice = [1, 2, 3]
twice.extend(twice)
print(twice)
try:
    twice.extend(5)
except TypeError as e:
    print(type(e).__name__, e)
