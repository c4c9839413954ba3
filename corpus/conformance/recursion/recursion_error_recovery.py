# Unbounded recursion raises RecursionError; the program catches it and carries on normally.


def forever(n):
    return forever(n + 1) + 1


try:
    forever(0)
except RecursionError:
    print("caught RecursionError from forever()")

print("program continues:", sum(range(10)))


# RecursionError is a RuntimeError, so a broader handler also catches it.
def ping(n):
    return pong(n + 1)


def pong(n):
    return ping(n + 1)


try:
    ping(0)
except RuntimeError as e:
    print("caught as RuntimeError:", type(e).__name__, isinstance(e, RecursionError))


# A missing base case: factorial with a bad argument recurses forever.
def factorial(n):
    if n == 0:
        return 1
    return n * factorial(n - 1)


for arg in [5, 0, -1, 10]:
    try:
        print("factorial(%d) = %d" % (arg, factorial(arg)))
    except RecursionError:
        print("factorial(%d) never reaches its base case" % arg)

# finally blocks run while the RecursionError unwinds the stack.
cleanups = [0]


def descend():
    try:
        descend()
    finally:
        cleanups[0] += 1


try:
    descend()
except RecursionError:
    print("descend unwound, cleanups ran:", cleanups[0] > 100)


# The error can be caught partway down and turned into something else.
def guarded(level):
    if level == 50:
        try:
            return forever(0)
        except RecursionError:
            return "recovered at level 50"
    return guarded(level + 1)


print(guarded(0))


# Recursion still works fully after all those errors.
def depth_sum(n):
    return 0 if n == 0 else n + depth_sum(n - 1)


print("depth_sum(800) =", depth_sum(800))


# An exception raised at the bottom of a deep but finite recursion is an ordinary one.
def find(node, target):
    if node is None:
        raise KeyError(target)
    if node[0] == target:
        return node
    return find(node[1], target)


chain = None
for i in range(500):
    chain = (i, chain)
print(find(chain, 3)[0])
try:
    find(chain, 999)
except KeyError as e:
    print(type(e).__name__, e)


# Catching a RecursionError and re-raising a clearer error, chained.
def evaluate(expr):
    try:
        return evaluate(expr)
    except RecursionError as e:
        raise ValueError("expression too deeply nested") from e


try:
    evaluate("x")
except ValueError as e:
    print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__)
except RecursionError:
    print("RecursionError escaped instead")
print("done")
