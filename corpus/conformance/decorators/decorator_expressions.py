# Decorators written as arbitrary callable expressions: attributes, calls, subscripts, instances.


class Registry:
    def __init__(self, name):
        self.name = name
        self.handlers = {}

    def register(self, func):
        self.handlers[func.__name__] = func
        print("%s: registered %s" % (self.name, func.__name__))
        return func

    def route(self, path, method="GET"):
        def deco(func):
            self.handlers[(method, path)] = func
            return func
        return deco

    def dispatch(self, key, *args):
        if key not in self.handlers:
            return "%s: no handler for %r" % (self.name, key)
        return self.handlers[key](*args)


commands = Registry("commands")
web = Registry("web")


@commands.register
def start(n):
    return "starting %d" % n


@commands.register
def stop():
    return "stopping"


@web.route("/")
def index():
    return "home page"


@web.route("/items", method="POST")
def create_item(name):
    return "created " + name


print(commands.dispatch("start", 3), "|", commands.dispatch("stop"), "|", commands.dispatch("go"))
print(web.dispatch(("GET", "/")), "|", web.dispatch(("POST", "/items"), "pen"))
print(web.dispatch(("GET", "/items")))


# A factory call as a decorator: @make(3) repeats the function's result.
def make(times):
    def deco(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return deco


@make(3)
def ping(tag):
    return "ping-" + tag


@make(0)
def never():
    return "unused"


print(ping("a"), never())


# A decorator chosen from a dict by subscript (any expression is allowed).
def upper(func):
    return lambda *a: func(*a).upper()


def reverse(func):
    return lambda *a: func(*a)[::-1]


transforms = {"up": upper, "rev": reverse}


@transforms["rev"]
@transforms["up"]
def word(w):
    return w + "!"


print(word("hey"))


# An instance with __call__ used as a decorator; it keeps state across decorations.
class Tagger:
    def __init__(self, prefix):
        self.prefix = prefix
        self.count = 0

    def __call__(self, func):
        self.count += 1
        label = "%s%d" % (self.prefix, self.count)

        def wrapper(*args):
            return label + ":" + str(func(*args))
        return wrapper


tag = Tagger("#")


@tag
def one():
    return 1


@tag
def two(x):
    return x * 2


print(one(), two(21), tag.count)


# A conditional expression picking the decorator at definition time.
DEBUG = False


def loud(func):
    return lambda *a: "LOUD " + func(*a)


def quiet(func):
    return func


@(loud if DEBUG else quiet)
def message(text):
    return text


DEBUG = True


@(loud if DEBUG else quiet)
def message2(text):
    return text


print(message("m1"), "|", message2("m2"))
