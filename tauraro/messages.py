"""CPython's texts for errors every executor must reproduce word for word.

Pure functions of plain data: part of the language's definition, shared by the VMs so that
the wording lives in one place (the VMs still decide on their own *when* an error happens).
"""


def too_many_positional(qualname, count, defaults, given, kwonly_given):
    """f() takes 2 positional arguments but 3 were given (and its variants)."""
    if defaults:
        expected, plural = f"from {count - defaults} to {count}", "s"
    else:
        expected, plural = str(count), "" if count == 1 else "s"
    suffix = ""
    if kwonly_given:
        suffix = (f" positional argument{'' if given == 1 else 's'} (and {kwonly_given} "
                  f"keyword-only argument{'' if kwonly_given == 1 else 's'})")
    verb = "was" if given == 1 and not kwonly_given else "were"
    return (f"{qualname}() takes {expected} positional argument{plural} but "
            f"{given}{suffix} {verb} given")


def missing_arguments(qualname, missing, kind):
    """f() missing 2 required positional arguments: 'a' and 'b' (kind: positional or
    keyword-only)."""
    quoted = [f"'{name}'" for name in missing]
    if len(quoted) == 1:
        names = quoted[0]
    elif len(quoted) == 2:
        names = f"{quoted[0]} and {quoted[1]}"
    else:
        names = ", ".join(quoted[:-1]) + f", and {quoted[-1]}"
    plural = "" if len(missing) == 1 else "s"
    return f"{qualname}() missing {len(missing)} required {kind} argument{plural}: {names}"
