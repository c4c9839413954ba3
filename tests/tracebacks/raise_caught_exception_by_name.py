def f(n):
    try:
        if n:
            raise KeyError(n)
    except KeyError as e:
        print("caught", e)
        raise e
f(1)
