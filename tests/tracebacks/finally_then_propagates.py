def f():
    try:
        return {}["k"]
    finally:
        print("cleanup")
f()
