# Classes changed at run time: methods added, replaced and deleted, seen by existing instances; ends in an uncaught AttributeError.
class Robot:
    def __init__(self, name):
        self.name = name

    def greet(self):
        return f"{self.name}: hello"


r1 = Robot("R1")
r2 = Robot("R2")
print(r1.greet())

# Add a method after instances exist.
def wave(self, times=1):
    return f"{self.name} waves" + " again" * (times - 1)

Robot.wave = wave
print(r1.wave(), "|", r2.wave(3))

# Replace a method: existing bound methods keep the old function.
old_greet = r1.greet
Robot.greet = lambda self: f"{self.name}: GREETINGS"
print(old_greet(), "|", r1.greet(), "|", r2.greet())

# Add a plain class attribute; instances see it until they shadow it.
Robot.version = 2
r2.version = 3
print(r1.version, r2.version, Robot.version)

# A function stored on the instance is not bound: no self is passed.
r1.greet = lambda: "instance-level greet"
print(r1.greet(), "|", r2.greet())
del r1.greet
print(r1.greet())

# setattr/getattr/delattr with computed names.
for i, verb in enumerate(["beep", "boop"]):
    setattr(Robot, verb, lambda self, v=verb, n=i: f"{self.name} {v} #{n}")
print(r1.beep(), r2.boop(), hasattr(r1, "beep"))
delattr(Robot, "beep")
print(hasattr(r1, "beep"), hasattr(r1, "boop"))

# Instance attribute added from outside and removed.
r2.battery = 87
print(sorted(vars(r2).items()))
del r2.battery, r2.version
print(sorted(vars(r2).items()), r2.version)

# Subclass picks up later changes to its base.
class Droid(Robot):
    pass

d = Droid("D9")
Robot.status = lambda self: f"{self.name} ok ({type(self).__name__})"
print(d.status(), d.wave(2))

# Delete the method from the class: every instance loses it.
del Robot.wave
print(hasattr(d, "wave"), hasattr(r2, "wave"), "wave" in vars(Robot))


def run_routine(robot, steps):
    out = []
    for step in steps:
        out.append(getattr(robot, step)())
        print("done", step)
    return out


def schedule(robot):
    return run_routine(robot, ["greet", "status", "wave"])


schedule(d)
