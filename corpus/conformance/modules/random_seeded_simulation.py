# The random module after random.seed: the same numbers as CPython, in the same order.
import random
from random import randint as roll

random.seed(2024)
print("floats", [round(random.random(), 12) for _ in range(3)])
print("dice", [roll(1, 6) for _ in range(10)])
print("range", [random.randrange(0, 100, 5) for _ in range(5)])
deck = [rank + suit for suit in "SH" for rank in "A23456789"]
random.shuffle(deck)
print("deck", deck[:6])
print("choice", random.choice(deck), random.choices("abc", weights=[5, 1, 1], k=6))
print("sample", random.sample(range(50), 5))
print("uniform", round(random.uniform(10, 20), 9), round(random.gauss(0, 1), 9))


def walk(steps, seed):
    random.seed(seed)
    position = 0
    for _ in range(steps):
        position += random.choice((-1, 1))
    return position


print("walks", walk(100, 1), walk(100, 1), walk(100, 2))
random.seed("tauraro")
print("string seed", random.randint(0, 10 ** 6))
try:
    random.randint(5, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
