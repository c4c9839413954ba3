def f():
    try:
        x = 1 // 0
    except KeyError as e:
        print(e)
f()
