# Slicing with steps for load, store and delete; slice objects and indices(); extended-slice size mismatch errors.
data = list(range(10))
print(data[2:8:2], data[::-1], data[8:2:-2], data[-3:], data[:-3], data[::4])
print(data[100:], data[-100:2], data[5:5], data[7:3], data[-1:-4:-1], data[:-11:-3])

# Strings and tuples slice the same way and give their own type back.
word = "stressed"
print(word[::-1], word[1::2], word[-2:-6:-1], repr(word[10:]))
coords = (0, 1, 2, 3, 4, 5)
print(coords[1::2], coords[::-3], coords[:0])

# Slice objects can be built, stored, inspected and reused.
evens = slice(None, None, 2)
tail = slice(-2, None)
print(data[evens], word[evens], coords[tail])
print(evens.start, evens.stop, evens.step, tail)
print(slice(5), slice(1, 5), slice(1, 5, None) == slice(1, 5))
print(slice(None, None, -1).indices(5), slice(-3, 100).indices(10), slice(2, -2, 3).indices(10))
print(slice(10, -10, -4).indices(6))
try:
    data[::0]
except ValueError as e:
    print(type(e).__name__, e)

# Simple slice assignment may change the length.
grid = list(range(8))
grid[2:4] = ["a", "b", "c", "d"]
print(grid)
grid[1:7] = []
print(grid)
grid[1:1] = "xyz"          # insertion, any iterable
print(grid)
grid[:] = (9, 8)
print(grid)
grid[5:] = [0]             # start past the end appends
print(grid)
grid[-100:0] = [-1]
print(grid)

# Extended slice assignment needs exactly matching sizes.
board = list(range(10))
board[::2] = ["e"] * 5
print(board)
board[::-3] = "WXYZ"
print(board)
try:
    board[::2] = [0, 0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    board[1::3] = []
except ValueError as e:
    print(type(e).__name__, e)
board[3:4:1] = [1, 2, 3]   # a step of 1 is a simple slice again
print(board, len(board))
board[::1] = [0]
print(board)
try:
    board[::2] = 5
except TypeError as e:
    print(type(e).__name__, e)

# Delete with steps, including negative ones.
nums = list(range(12))
del nums[::3]
print(nums)
del nums[::-2]
print(nums)
del nums[1:3]
print(nums)
del nums[10:20]            # out of range slice: nothing happens
print(nums)
del nums[:]
print(nums)

# Strings and tuples refuse slice assignment and deletion.
for target in ("abc", (1, 2, 3)):
    try:
        target[0:1] = "z"
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        del target[::2]
    except TypeError as e:
        print(type(e).__name__, e)

# Slices always copy for lists: mutating the copy leaves the original alone.
orig = [[1], [2], [3]]
cut = orig[:]
cut.append([4])
cut[0].append("shared")
print(orig, cut, cut is orig)
