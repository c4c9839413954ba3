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


def function_str(module, qualname):
    """How CPython names a callable in call errors: `__main__.f()`, `print()`,
    `list.append()` (builtins and host methods carry no module)."""
    return f"{qualname}()" if module in (None, "builtins") else f"{module}.{qualname}()"


#: CPython's argument rules for the builtins each VM writes itself (the rest are the host's
#: own): name -> (fewest positional, most positional or None, keywords accepted, style).
#: Style "exactly" is CPython's one-argument form, the others its clinic-checked form.
OWN_BUILTIN_ARGUMENTS = {
    "print": (0, None, ("sep", "end", "file", "flush"), ""),
    "isinstance": (2, 2, (), ""), "issubclass": (2, 2, (), ""),
    "iter": (1, 2, (), ""), "next": (1, 2, (), ""),
    "getattr": (2, 3, (), ""), "hasattr": (2, 2, (), ""), "setattr": (3, 3, (), ""),
    "delattr": (2, 2, (), ""), "vars": (0, 1, (), ""), "callable": (1, 1, (), "exactly"),
}


def builtin_arguments_error(name, given, keywords):
    """CPython's TypeError text when builtin `name` gets `given` positional arguments and the
    keyword names `keywords`, or None when the call is well-formed."""
    fewest, most, accepted, style = OWN_BUILTIN_ARGUMENTS[name]
    for keyword in keywords:
        if not accepted:
            return f"{name}() takes no keyword arguments"
        if keyword not in accepted:
            return f"'{keyword}' is an invalid keyword argument for {name}()"
    if fewest <= given and (most is None or given <= most):
        return None
    if style == "exactly":
        return f"{name}() takes exactly one argument ({given} given)"
    if fewest == most:
        bound, count = "", fewest
    elif given < fewest:
        bound, count = "at least ", fewest
    else:
        bound, count = "at most ", most
    return f"{name} expected {bound}{count} argument{'' if count == 1 else 's'}, got {given}"
