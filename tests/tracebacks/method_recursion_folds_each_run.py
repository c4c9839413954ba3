# Two runs of a recursive method, each folded; a run of four says "1 more time".
class Walker:
    def walk(self, n):
        if n == 0:
            return self.climb(4)
        return self.walk(n - 1)

    def climb(self, n):
        if n == 0:
            raise ValueError("top of the climb")
        return self.climb(n - 1)


Walker().walk(7)
