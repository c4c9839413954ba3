# User exception classes: subclassing Exception, ValueError, KeyError and LookupError with custom __init__/__str__.
class AppError(Exception):
    """Base for this application's errors."""


class ValidationError(AppError, ValueError):
    def __init__(self, field, value, reason="invalid"):
        super().__init__(field, value)
        self.field = field
        self.value = value
        self.reason = reason

    def __str__(self):
        return f"{self.field}={self.value!r}: {self.reason}"


class MissingSetting(KeyError):
    def __init__(self, name):
        super().__init__(name)
        self.name = name

    def __str__(self):
        return f"setting {self.name!r} is required"


class OutOfStock(LookupError):
    def __init__(self, item, wanted, have):
        self.item, self.wanted, self.have = item, wanted, have
        # args deliberately not passed to the base


class Quiet(AppError):
    def __init__(self):
        pass


def validate(age):
    if not isinstance(age, int):
        raise ValidationError("age", age, "must be an int")
    if age < 0:
        raise ValidationError("age", age)
    return age


for value in [30, -1, "old"]:
    try:
        print("valid", validate(value))
    except ValueError as e:               # caught through the builtin base
        print(type(e).__name__, "|", e, "|", e.args, "|", repr(e.reason))

print([c.__name__ for c in ValidationError.__mro__])
print(issubclass(ValidationError, AppError), issubclass(MissingSetting, LookupError))

settings = {"host": "localhost"}
for key in ["host", "port"]:
    try:
        if key not in settings:
            raise MissingSetting(key)
        print(key, "=", settings[key])
    except KeyError as e:
        print(type(e).__name__, "|", e, "|", e.args, "|", e.name)

try:
    raise OutOfStock("bolts", 10, 3)
except LookupError as e:
    print(type(e).__name__, repr(str(e)), e.args, e.item, e.wanted - e.have)

try:
    raise Quiet()
except AppError as e:
    print(type(e).__name__, repr(str(e)), e.args, isinstance(e, Exception))


# Exception classes can carry methods and class attributes.
class HttpError(AppError):
    code = 500

    def __init__(self, message, code=None):
        super().__init__(message)
        if code is not None:
            self.code = code

    def is_client_error(self):
        return 400 <= self.code < 500


class NotFound(HttpError):
    code = 404


for exc in [HttpError("server"), NotFound("no page"), HttpError("teapot", 418)]:
    try:
        raise exc
    except HttpError as e:
        print(type(e).__name__, e, e.code, e.is_client_error())
