def area(w, h):
    return w * h + 2 * (w + h) - 1
