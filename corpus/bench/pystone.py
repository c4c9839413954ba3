# tauraro-bench: tiny=250 real=90000
# pystone/dhrystone-style: Record objects, procedures on globals, chars, 2-D arrays as lists of lists
SIZE = 250

IDENT_1, IDENT_2, IDENT_3, IDENT_4, IDENT_5 = range(1, 6)

int_glob = 0
bool_glob = False
char1_glob = "\0"
char2_glob = "\0"
array1_glob = [0] * 51
array2_glob = [x[:] for x in [array1_glob] * 51]
ptr_glob = None
ptr_glob_next = None


class Record(object):
    def __init__(self, ptr_comp=None, discr=0, enum_comp=0, int_comp=0, string_comp=""):
        self.ptr_comp = ptr_comp
        self.discr = discr
        self.enum_comp = enum_comp
        self.int_comp = int_comp
        self.string_comp = string_comp

    def copy(self):
        return Record(self.ptr_comp, self.discr, self.enum_comp, self.int_comp, self.string_comp)

    def __repr__(self):
        return "Record(discr=%d, enum=%d, int=%d, str=%r, linked=%s)" % (
            self.discr, self.enum_comp, self.int_comp, self.string_comp,
            self.ptr_comp is not None)


def proc_0(loops):
    global int_glob, bool_glob, char1_glob, char2_glob, ptr_glob, ptr_glob_next
    ptr_glob_next = Record()
    ptr_glob = Record(ptr_glob_next, IDENT_1, IDENT_3, 40, "DHRYSTONE PROGRAM, SOME STRING")
    string1 = "DHRYSTONE PROGRAM, 1'ST STRING"
    array2_glob[8][7] = 10
    trail = 0
    int1 = int2 = int3 = 0
    for _ in range(loops):
        proc_5()
        proc_4()
        int1 = 2
        int2 = 3
        string2 = "DHRYSTONE PROGRAM, 2'ND STRING"
        enum_loc = IDENT_2
        bool_glob = not func_2(string1, string2)
        while int1 < int2:
            int3 = 5 * int1 - int2
            int3 = proc_7(int1, int2)
            int1 += 1
        proc_8(array1_glob, array2_glob, int1, int3)
        ptr_glob = proc_1(ptr_glob)
        ch = "A"
        while ch <= char2_glob:
            if enum_loc == func_1(ch, "C"):
                enum_loc = proc_6(IDENT_1)
            ch = chr(ord(ch) + 1)
        int3 = int2 * int1
        int2 = int3 // int1
        int2 = 7 * (int3 - int2) - int1
        int1 = proc_2(int1)
        trail = (trail * 7 + int1 + int2 * 3 + int3 * 5 + enum_loc) % 1000003
    return int1, int2, int3, trail


def proc_1(rec):
    nxt = rec.ptr_comp = ptr_glob.copy()
    rec.int_comp = 5
    nxt.int_comp = rec.int_comp
    nxt.ptr_comp = rec.ptr_comp
    nxt.ptr_comp = proc_3(nxt.ptr_comp)
    if nxt.discr == IDENT_1:
        nxt.int_comp = 6
        nxt.enum_comp = proc_6(rec.enum_comp)
        nxt.ptr_comp = ptr_glob.ptr_comp
        nxt.int_comp = proc_7(nxt.int_comp, 10)
    else:
        rec = nxt.copy()
    nxt.ptr_comp = None
    return rec


def proc_2(value):
    loc = value + 10
    enum_loc = None
    while True:
        if char1_glob == "A":
            loc -= 1
            value = loc - int_glob
            enum_loc = IDENT_1
        if enum_loc == IDENT_1:
            break
    return value


def proc_3(out):
    global int_glob
    if ptr_glob is not None:
        out = ptr_glob.ptr_comp
    else:
        int_glob = 100
    ptr_glob.int_comp = proc_7(10, int_glob)
    return out


def proc_4():
    global char2_glob
    flag = char1_glob == "A"
    flag = flag or bool_glob
    char2_glob = "B"
    return flag


def proc_5():
    global char1_glob, bool_glob
    char1_glob = "A"
    bool_glob = False


def proc_6(enum_in):
    enum_out = enum_in
    if not func_3(enum_in):
        enum_out = IDENT_4
    if enum_in == IDENT_1:
        enum_out = IDENT_1
    elif enum_in == IDENT_2:
        enum_out = IDENT_1 if int_glob > 100 else IDENT_4
    elif enum_in == IDENT_3:
        enum_out = IDENT_2
    elif enum_in == IDENT_4:
        pass
    elif enum_in == IDENT_5:
        enum_out = IDENT_3
    return enum_out


def proc_7(a, b):
    return a + 2 + b


def proc_8(arr1, arr2, i1, i2):
    global int_glob
    loc = i1 + 5
    arr1[loc] = i2
    arr1[loc + 1] = arr1[loc]
    arr1[loc + 30] = loc
    for index in range(loc, loc + 2):
        arr2[loc][index] = loc
    arr2[loc][loc - 1] += 1
    arr2[loc + 20][loc] = arr1[loc]
    int_glob = 5


def func_1(c1, c2):
    c_loc = c1
    if c_loc != c2:
        return IDENT_1
    return IDENT_2


def func_2(s1, s2):
    i = 1
    c_loc = "\0"
    while i <= 1:
        if func_1(s1[i], s2[i + 1]) == IDENT_1:
            c_loc = "A"
            i += 1
    if "W" <= c_loc <= "Z":
        i = 7
    if c_loc == "X":
        return True
    if s1 > s2:
        i += 7
        return True
    return False


def func_3(enum_in):
    return enum_in == IDENT_3


def main(loops):
    int1, int2, int3, trail = proc_0(loops)
    print("loops:", loops)
    print("int_glob:", int_glob, "bool_glob:", bool_glob)
    print("chars:", repr(char1_glob), repr(char2_glob), ord(char2_glob) - ord(char1_glob))
    print("array1[8]:", array1_glob[8], "array2[8][7]:", array2_glob[8][7])
    print("locals:", int1, int2, int3, "trail:", trail)
    print("ptr_glob:", ptr_glob)
    print("ptr_glob_next:", ptr_glob_next)
    print("row sums:", sum(array1_glob), [sum(row) for row in array2_glob if sum(row)])
    print("aliasing check:", array2_glob[0] is array2_glob[1], len(array2_glob), len(array2_glob[50]))


main(SIZE)
