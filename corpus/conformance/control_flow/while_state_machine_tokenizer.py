# A while-loop state machine tokenizer: index arithmetic, continue/break, nested whiles and if/elif dispatch.
def tokenize(src):
    tokens = []
    i = 0
    n = len(src)
    while i < n:
        ch = src[i]
        if ch == " ":
            i += 1
            continue
        elif ch.isdigit() or (ch == "-" and i + 1 < n and src[i + 1].isdigit() and
                              (not tokens or tokens[-1][0] == "op")):
            start = i
            i += 1
            seen_dot = False
            while i < n and (src[i].isdigit() or (src[i] == "." and not seen_dot)):
                if src[i] == ".":
                    seen_dot = True
                i += 1
            text = src[start:i]
            tokens.append(("num", float(text) if seen_dot else int(text)))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < n and (src[i].isalnum() or src[i] == "_"):
                i += 1
            tokens.append(("name", src[start:i]))
        elif ch in "+-*/()":
            tokens.append(("op", ch))
            i += 1
        elif ch == "#":
            break                        # comment: ignore the rest
        else:
            raise ValueError(f"unexpected {ch!r} at column {i}")
    return tokens


for src in ["12 + x_1*3", "-4 - -2.5", "(a-1)  # trailing", "", "   ", "3.14.15", "7 $ 2"]:
    try:
        print(repr(src), "->", tokenize(src))
    except ValueError as e:
        print(repr(src), "->", type(e).__name__, e)


# A vending machine driven by events; states are plain strings.
def vend(events, price=3):
    state = "idle"
    credit = 0
    out = []
    queue = list(events)
    while queue:
        ev = queue.pop(0)
        if state == "idle":
            if ev == "coin":
                credit += 1
                state = "paying"
            elif ev == "refund":
                out.append("nothing to refund")
            else:
                out.append(f"ignored {ev}")
        elif state == "paying":
            if ev == "coin":
                credit += 1
                if credit >= price:
                    state = "ready"
            elif ev == "refund":
                out.append(f"refund {credit}")
                credit = 0
                state = "idle"
            else:
                out.append(f"need {price - credit} more")
        elif state == "ready":
            if ev == "push":
                out.append("dispense")
                credit -= price
                state = "ready" if credit >= price else "paying" if credit else "idle"
            elif ev == "off":
                out.append("shutdown with pending sale")
                break
            elif ev == "coin":
                credit += 1
                out.append(f"credit now {credit}")
            else:
                queue.append("push")     # auto-dispense later
                out.append(f"queued push after {ev}")
    else:
        out.append(f"done in {state} credit={credit}")
    return out


print(vend(["push", "coin", "push", "coin", "coin", "push"]))
print(vend(["coin", "coin", "coin", "coin", "refund"]))
print(vend(["refund", "coin", "coin", "coin", "coin", "coin", "coin", "push", "push"]))
print(vend(["coin", "coin", "coin", "off", "push"]))
print(vend([]))
