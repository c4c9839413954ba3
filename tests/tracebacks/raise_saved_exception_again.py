try:
    1 / 0
except ZeroDivisionError as e:
    err = e
print("later")
raise err
