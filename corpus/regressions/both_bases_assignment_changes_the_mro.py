# Both VMs stored `C.__bases__ = (B,)` in the class's namespace: lookups went on through the
# old bases, and __bases__ read back the value while __mro__ did not change.


class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"


class C(A):
    pass


class D(C):
    pass


C.__bases__ = (B,)
print(D().who(), C.__bases__, D.__mro__, "__bases__" in vars(C))
