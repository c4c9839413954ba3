# Simple, parameterised and stacked decorators: order of application and of execution.

events = []


def trace(label):
    print("decorator factory called:", label)

    def decorate(func):
        print("applying", label, "to", func.__name__)

        def wrapper(*args, **kwargs):
            events.append("enter " + label)
            result = func(*args, **kwargs)
            events.append("exit " + label)
            return "%s(%s)" % (label, result)
        wrapper.__name__ = label + "_" + func.__name__
        return wrapper
    return decorate


def shout(func):
    print("applying shout to", func.__name__)

    def wrapper(*args):
        return str(func(*args)).upper() + "!"
    return wrapper


print("defining compute")


@trace("outer")
@trace("inner")
def compute(x, y=1):
    events.append("body")
    return x + y


print("defined as", compute.__name__)
print(compute(2))
print(events)
events.clear()
print(compute(x=5, y=-5))
print(events)


# Decorator syntax is sugar for reassignment, bottom-up.
def greet(name):
    return "hi " + name


manual = trace("A")(shout(greet))


@trace("A")
@shout
def greet2(name):
    return "hi " + name


events.clear()
print(manual("bo"), greet2("bo"))
print(events)


# A decorator can return the original function after registering a side effect.
seen = []


def note(func):
    seen.append(func.__name__)
    return func


@note
@note
def plain():
    return "plain result"


print(seen, plain(), plain.__name__)


# A decorator can replace a function with something that is not a function.
def to_constant(func):
    return func()


@to_constant
def answer():
    return 6 * 7


print(answer, type(answer).__name__)
