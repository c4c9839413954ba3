"""str.format for fastvm: fields are resolved through the language's attribute and item
access (so a format string reaches no more than the program could), then formatted."""

import _string
import string

from tauraro import subset

from .objects import Unsupported

_PARSER = string.Formatter()


def str_format(vm, template, args, kwargs):
    if not isinstance(template, str):
        raise vm.error("TypeError", "descriptor 'format' for 'str' objects doesn't apply to a "
                                    f"'{vm.type_name(template)}' object")
    return _render(vm, template, args, kwargs, [0], 2)


def _render(vm, template, args, kwargs, counter, depth):
    if depth <= 0:
        raise vm.error("ValueError", "Max string recursion exceeded")
    out = []
    for literal, field, spec, conversion in _PARSER.parse(template):
        out.append(literal)
        if field is None:
            continue
        value = _lookup(vm, field, args, kwargs, counter)
        if conversion == "r":
            value = repr(value)
        elif conversion == "s":
            value = str(value)
        elif conversion == "a":
            value = ascii(value)
        elif conversion:
            raise vm.error("ValueError", f"Unknown conversion specifier {conversion}")
        spec = _render(vm, spec, args, kwargs, counter, depth - 1) if spec else ""
        out.append(format(value, spec))
    return "".join(out)


def _lookup(vm, field, args, kwargs, counter):
    first, rest = _string.formatter_field_name_split(field)
    if first == "":
        if counter[0] is None:
            raise vm.error("ValueError", "cannot switch from manual field specification to "
                                         "automatic field numbering")
        first, counter[0] = counter[0], counter[0] + 1
    elif isinstance(first, int):
        if counter[0]:
            raise vm.error("ValueError", "cannot switch from automatic field numbering to "
                                         "manual field specification")
        counter[0] = None
    if isinstance(first, int):
        if first >= len(args):
            raise vm.error("IndexError", f"Replacement index {first} out of range for "
                                         "positional args tuple")
        value = args[first]
    else:
        value = kwargs[first]
    for is_attribute, key in rest:
        if is_attribute:
            if subset.is_dunder(key) and key not in subset.DUNDER_ATTRIBUTES:
                raise Unsupported(f"format() of the attribute '{key}'")
            value = vm.getattr(value, key)
        else:
            value = value[key]
    return value
