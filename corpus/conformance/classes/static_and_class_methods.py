# @staticmethod and @classmethod: alternative constructors, calls through subclasses and instances.
class Date:
    days_in_month = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    created = 0

    def __init__(self, y, m, d):
        if not Date.valid(y, m, d):
            raise ValueError(f"invalid date {y}-{m}-{d}")
        self.y, self.m, self.d = y, m, d
        type(self).created += 1

    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    @staticmethod
    def valid(y, m, d):
        if not 1 <= m <= 12:
            return False
        limit = Date.days_in_month[m - 1] + (1 if m == 2 and Date.is_leap(y) else 0)
        return 1 <= d <= limit

    @classmethod
    def from_string(cls, text):
        parts = [int(p) for p in text.split("-")]
        return cls(*parts)

    @classmethod
    def epoch(cls):
        return cls(1970, 1, 1)


class IsoDate(Date):
    def __repr__(self):
        return f"{self.y:04d}-{self.m:02d}-{self.d:02d}"


print(Date.from_string("2024-2-29"))
print(IsoDate.from_string("2000-02-29"))
print(IsoDate.epoch(), type(IsoDate.epoch()).__name__)
d = Date(2023, 5, 17)
print(d.from_string("1999-12-31"), d.is_leap(1900), Date.is_leap(2000), d.is_leap(-4))
print(Date.created, IsoDate.created, "created" in vars(IsoDate))

for text in ["2023-02-29", "2023-13-01", "2023-04-31", "2023-04-30"]:
    try:
        print(IsoDate.from_string(text))
    except ValueError as e:
        print(type(e).__name__, e)

# Static and class methods stored in variables and called later.
check = Date.is_leap
make = IsoDate.from_string
print(check(2100), make("0001-01-01"))
print(callable(check), callable(make))


# Staticmethod takes no implicit argument, even when called on an instance.
class Tool:
    @staticmethod
    def count(*args):
        return len(args)

    @classmethod
    def which(cls, *args):
        return cls.__name__, len(args)


class Hammer(Tool):
    pass


h = Hammer()
print(h.count(), h.count(1, 2), Tool.count("a"))
print(h.which(), Tool.which(1), Hammer.which(1, 2, 3))
try:
    Date.valid(2020, 1)
except TypeError as e:
    print(type(e).__name__, e)
