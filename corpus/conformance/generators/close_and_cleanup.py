# Generator close(): try/finally cleanup, GeneratorExit handling, and closing in various states.


def reader(name, lines):
    print("  open", name)
    try:
        for line in lines:
            yield line.strip()
    finally:
        print("  close", name)


r = reader("log.txt", [" a ", "b\n", "c"])
print(next(r), next(r))
r.close()
print("after close:", next(r, "exhausted"))
r.close()
print("second close is a no-op")

# Closing a generator that never started does not run its body at all.
unstarted = reader("never.txt", ["x"])
unstarted.close()
print("unstarted closed:", list(unstarted))

# A finished generator's finally has already run; close does nothing more.
done = reader("short.txt", ["only"])
print(list(done))
done.close()


# Catching GeneratorExit inside the generator to log it, then re-raising.
def watched():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  GeneratorExit received")
        raise
    finally:
        print("  watched finally")


w = watched()
print(next(w))
w.close()


# Returning on GeneratorExit is also fine; close() swallows it.
def polite():
    try:
        yield "working"
    except GeneratorExit:
        print("  polite: cleaning up and returning")
        return


p = polite()
next(p)
p.close()
print("polite closed, next gives", next(p, "nothing"))


# Yielding again after GeneratorExit is an error.
def stubborn():
    while True:
        try:
            yield "still here"
        except GeneratorExit:
            print("  stubborn refuses to stop")


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)
# It is still suspended; an exception it does not catch finally ends it.
try:
    s.throw(KeyError("forced"))
except KeyError as e:
    print("stubborn ended by", type(e).__name__, e)
print("stubborn after that:", next(s, "finished"))


# Raising a different exception during close propagates it.
def noisy_cleanup():
    try:
        yield 1
    finally:
        raise ValueError("cleanup failed")


n = noisy_cleanup()
next(n)
try:
    n.close()
except ValueError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)


# Breaking out of a for loop does not close the generator by itself; close() does.
def numbered():
    try:
        for i in range(10):
            yield i
    finally:
        print("  numbered cleanup")


gen = numbered()
for i in gen:
    if i == 2:
        break
print("loop broken at", i)
print("resume:", next(gen))
gen.close()
print("closed explicitly")


# Nested generators: closing the outer closes the inner delegate too.
def outer():
    try:
        yield from reader("inner.txt", ["p", "q", "r"])
    finally:
        print("  outer finally")


o = outer()
print(next(o))
o.close()
print("end")
