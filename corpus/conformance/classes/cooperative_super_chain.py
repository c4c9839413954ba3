# Cooperative multiple inheritance: super() chains through the MRO, passing keyword arguments along.
log = []


class Root:
    def __init__(self, **kwargs):
        log.append(("Root", sorted(kwargs)))
        if kwargs:
            print("Root leftover:", sorted(kwargs.items()))

    def save(self, depth=0):
        return ["Root@" + str(depth)]


class Named(Root):
    def __init__(self, name="?", **kwargs):
        log.append(("Named", name))
        self.name = name
        super().__init__(**kwargs)

    def save(self, depth=0):
        return ["Named@" + str(depth)] + super().save(depth + 1)


class Sized(Root):
    def __init__(self, size=0, **kwargs):
        log.append(("Sized", size))
        self.size = size
        super().__init__(**kwargs)

    def save(self, depth=0):
        return ["Sized@" + str(depth)] + super().save(depth + 1)


class Colored(Root):
    def __init__(self, color="none", **kwargs):
        log.append(("Colored", color))
        self.color = color
        super().__init__(**kwargs)

    def save(self, depth=0):
        return ["Colored@" + str(depth)] + super().save(depth + 1)


class Widget(Named, Sized, Colored):
    def __init__(self, **kwargs):
        log.append(("Widget", len(kwargs)))
        super().__init__(**kwargs)

    def save(self, depth=0):
        return ["Widget@" + str(depth)] + super().save(depth + 1)


w = Widget(name="knob", size=3, color="red")
print([c.__name__ for c in Widget.__mro__])
print(log)
print(w.name, w.size, w.color)
print(w.save())

log.clear()
w2 = Widget(size=-1, extra=1, more="x")
print(log)
print(w2.name, w2.size, w2.color)

# The super chain in Sized goes to Colored when the instance is a Widget, but to Root for a plain Sized.
log.clear()
s = Sized(size=9)
print(log, s.save())


# A mixin that does not call super() breaks the chain for everything after it.
class Stubborn(Root):
    def save(self, depth=0):
        return ["Stubborn@" + str(depth)]


class Gadget(Named, Stubborn, Colored):
    pass


print([c.__name__ for c in Gadget.__mro__])
print(Gadget().save())
print(Gadget(color="blue").color)
