def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
f()
