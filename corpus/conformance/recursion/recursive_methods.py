# Recursion through methods: a binary search tree, a recursive __repr__, and an expression tree.


class Node:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None

    def insert(self, key):
        if key == self.key:
            return False
        side = "left" if key < self.key else "right"
        child = getattr(self, side)
        if child is None:
            setattr(self, side, Node(key))
            return True
        return child.insert(key)

    def height(self):
        lh = self.left.height() if self.left is not None else 0
        rh = self.right.height() if self.right is not None else 0
        return 1 + max(lh, rh)

    def in_order(self, out):
        if self.left is not None:
            self.left.in_order(out)
        out.append(self.key)
        if self.right is not None:
            self.right.in_order(out)
        return out

    def contains(self, key):
        if key == self.key:
            return True
        child = self.left if key < self.key else self.right
        return child is not None and child.contains(key)

    def __repr__(self):
        if self.left is None and self.right is None:
            return repr(self.key)
        return "(%r %r %r)" % (self.left, self.key, self.right)

    def __len__(self):
        size = 1
        for child in (self.left, self.right):
            if child is not None:
                size += len(child)
        return size


root = Node(50)
inserted = [root.insert(k) for k in [30, 70, 20, 40, 60, 80, 30, 65, -5]]
print(inserted)
print(root)
print("height", root.height(), "size", len(root), "sorted", root.in_order([]))
print([root.contains(k) for k in (65, 66, -5, 50, 100)])

# A degenerate tree (sorted inserts) recurses to its full depth.
chain = Node(0)
for k in range(1, 300):
    chain.insert(k)
print("chain height", chain.height(), "size", len(chain), "has 299:", chain.contains(299))


# Expression tree: evaluate() and show() recurse through subclasses via overridden methods.
class Expr:
    def evaluate(self, env):
        raise NotImplementedError(type(self).__name__ + ".evaluate")


class Num(Expr):
    def __init__(self, value):
        self.value = value

    def evaluate(self, env):
        return self.value

    def show(self):
        return str(self.value)


class Var(Expr):
    def __init__(self, name):
        self.name = name

    def evaluate(self, env):
        if self.name not in env:
            raise NameError("unbound variable " + self.name)
        return env[self.name]

    def show(self):
        return self.name


class BinOp(Expr):
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right

    def evaluate(self, env):
        a = self.left.evaluate(env)
        b = self.right.evaluate(env)
        return a + b if self.op == "+" else a * b

    def show(self):
        return "(" + self.left.show() + " " + self.op + " " + self.right.show() + ")"


class Blank(Expr):
    def show(self):
        return "_"


e = BinOp("+", Num(2), BinOp("*", Var("x"), BinOp("+", Var("y"), Num(-1))))
print(e.show(), "=", e.evaluate({"x": 3, "y": 4}))
for env in [{"x": 0, "y": 0}, {"x": 1}]:
    try:
        print(e.evaluate(env))
    except NameError as err:
        print(type(err).__name__, err)
try:
    BinOp("*", Num(1), Blank()).evaluate({})
except NotImplementedError as err:
    print(type(err).__name__, err)


# A long chain built by a loop and shown with recursive method calls.
big = Num(0)
for i in range(1, 200):
    big = BinOp("+", big, Num(i))
print(big.evaluate({}), big.show()[:12], len(big.show()))


# Builtin containers that contain themselves print with [...] rather than recursing forever.
loop = [1, 2]
loop.append(loop)
d = {"self": None}
d["self"] = d
print(loop, d, len(loop))
