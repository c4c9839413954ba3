# tauraro-bench: tiny=400 real=120000
# word frequencies: LCG-generated prose, lowercase/split/strip punctuation, dict counts, sorted top 10
SIZE = 400

WORDS = ("the of and to in is it that was for on are with as his they be at one have this "
         "from or had by hot word but what some we can out other were all there when up use "
         "your how said an each she which do their time if will way about many then them "
         "write would like so these her long make thing see him two has look more day could "
         "go come did number sound no most people my over know water than call first who may "
         "down side been now find river mountain lantern quixotic zephyr").split()

PUNCTUATION = ",.;:!?\"'()-"


class Lcg(object):
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 214013 + 2531011) % 4294967296
        return (self.state >> 16) % bound


def skewed_index(rng, n):
    # smaller indices are much more likely: min of two draws, sometimes squared down
    a = rng.next(n)
    b = rng.next(n)
    pick = a if a < b else b
    if rng.next(4) == 0:
        pick = pick * pick // n
    return pick


def build_text(count, seed):
    rng = Lcg(seed)
    pieces = []
    start = True
    for i in range(count):
        word = WORDS[skewed_index(rng, len(WORDS))]
        style = rng.next(20)
        if start or style == 0:
            word = word[0].upper() + word[1:]
        elif style == 1:
            word = word.upper()
        elif style == 2:
            word = "(" + word + ")"
        elif style == 3:
            word = '"' + word + '"'
        start = False
        tail = rng.next(12)
        if tail == 0:
            word += "."
            start = True
        elif tail == 1:
            word += ","
        elif tail == 2 and i % 7 == 0:
            word += "!"
            start = True
        pieces.append(word)
        if rng.next(15) == 0:
            pieces.append("\n")
    return " ".join(pieces)


def count_words(text):
    counts = {}
    for raw in text.lower().split():
        word = raw.strip(PUNCTUATION)
        if not word:
            continue
        counts[word] = counts.get(word, 0) + 1
    return counts


def letter_histogram(counts):
    letters = {}
    for word, n in counts.items():
        for ch in word:
            letters[ch] = letters.get(ch, 0) + n
    return letters


def main(n):
    text = build_text(n, 2024)
    print("chars:", len(text), "lines:", text.count("\n") + 1, "sentences:", text.count("."))
    print("opening:", repr(text[:48]))
    counts = count_words(text)
    total = sum(counts.values())
    print("words:", total, "distinct:", len(counts))
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    for rank, (word, k) in enumerate(ranked[:10], 1):
        print("%2d. %-8s %6d %5.1f%%" % (rank, word, k, 100.0 * k / total))
    rare = [w for w, k in ranked if k == 1]
    print("hapax legomena:", len(rare), sorted(rare)[:5])
    longest = max(counts, key=lambda w: (len(w), w))
    print("longest:", longest, counts[longest])
    letters = letter_histogram(counts)
    top = sorted(letters, key=lambda c: (-letters[c], c))[:5]
    print("top letters:", "".join(top), [letters[c] for c in top])
    missing = sorted(set(WORDS) - set(counts))
    print("never used:", len(missing), missing[:4])
    print("strip edge cases:", repr("--".strip(PUNCTUATION)), repr("(it's)".strip(PUNCTUATION)),
          "A B\tC\n".lower().split())


main(SIZE)
