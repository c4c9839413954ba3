# super() with and without arguments, in methods, classmethods and __init__, skipping levels explicitly.
class Animal:
    kind = "animal"

    def __init__(self, name):
        self.name = name
        print("Animal.__init__", name)

    def speak(self):
        return "..."

    def intro(self):
        return f"{self.name} the {self.kind} says {self.speak()}"

    @classmethod
    def create(cls, name):
        print("Animal.create for", cls.__name__)
        return cls(name)


class Dog(Animal):
    kind = "dog"

    def __init__(self, name, tricks=()):
        super().__init__(name)
        self.tricks = list(tricks)
        print("Dog.__init__", self.tricks)

    def speak(self):
        return "woof " + super().speak()

    @classmethod
    def create(cls, name):
        print("Dog.create for", cls.__name__)
        return super().create(name.title())


class Puppy(Dog):
    kind = "puppy"

    def speak(self):
        # skip Dog.speak and go straight to Animal's
        return "yip " + super(Dog, self).speak()

    def intro(self):
        base = super(Puppy, self).intro()
        return base + " (tiny)"


a = Animal("generic")
print(a.intro())
d = Dog("rex", ["sit", "roll"])
print(d.intro())
p = Puppy.create("bit")
print(p.intro(), p.tricks)

# super() in a helper nested function needs explicit arguments.
class Cat(Animal):
    def speak(self):
        return "meow"

    def both(self):
        def helper(obj):
            return super(Cat, obj).speak()
        return [self.speak(), helper(self)]


print(Cat("tom").both())

# super() object attribute lookup failing.
class Plain:
    def missing(self):
        return super().nothing_here()


try:
    Plain().missing()
except AttributeError as e:
    print(type(e).__name__, e)

# super(type, obj) where obj is not an instance of type.
try:
    super(Dog, Cat("x")).speak()
except TypeError as e:
    print(type(e).__name__, e)
