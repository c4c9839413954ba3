def guarded(f):
    try:
        return f()
    except (KeyError, IndexError) as e:
        return repr(e)
    finally:
        print("done")
