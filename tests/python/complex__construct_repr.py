# complex(): numbers, strings, keywords, __complex__, and the errors;
# repr/str/format, hash, bool, frozen copies.
for args in [(), (1,), (1.5,), (1, 2), (1.5, -2.5), (True, False), (1j,), (1j, 1j), (1 + 2j, 3 + 4j),
             (2, 1j), (1j, 2), (-0.0,), (0.0, -0.0), (-0.0, -0.0), (10**20, 3)]:
    print(args, repr(complex(*args)))
print(complex(real=1, imag=2), complex(imag=3), complex(1, imag=4))
for s in ["1", "1j", "1+2j", "(1+2j)", " ( 3-4J ) ", "j", "-j", "+j", "1e3-4.5j", "1e+3j",
          "1E-3+2E+2J", "inf", "-infj", "nan+nanj", "inf-infj", "1_000+2_0j", "0x10", "1 + 2j",
          "", "()", "(1+2j", "1+2", "j1", "1jj", "+-1j", "1e", "--1", ".5j", "5.j", "1++1j"]:
    try:
        print(repr(s), repr(complex(s)))
    except ValueError as e:
        print(repr(s), "ValueError:", e)

class C:
    def __complex__(self):
        return 5 - 6j
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
print(complex(C()), complex(F()), complex(F(), I()), complex(I()))
for bad in [("1", 2), (1, "2"), ([],), (1, []), (None,), ("1", "2")]:
    try:
        complex(*bad)
    except TypeError as e:
        print(bad, "TypeError:", e)
try:
    complex(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    complex(1, real=2)
except TypeError as e:
    print("TypeError:", e)
try:
    complex(x=1)
except TypeError as e:
    print("TypeError:", e)

for z in [0j, 1j, -1j, 1 + 2j, complex(-0.0, 1), complex(0.0, -0.0), complex(-0.0, -0.0),
          1e16j, 1e-5j, 1.5e300 + 1j, complex("inf+nanj"), complex(1, float("-inf")), 123456789.125 - 0.1j]:
    print(repr(z), str(z), f"{z}", [z], hash(z) == hash(z), bool(z))
print(hash(3 + 0j) == hash(3), hash(1.5 + 0j) == hash(1.5), hash(1 + 2j), hash(-1 - 1j))
print({1j: "a", 2: "b"}[1j], {2 + 0j: "x"}[2], len({1j, 1j, 2j}))
for spec in ["", "+", "z", "#", ".3", "10.2e", "^30.3f", "<15", ",", "_.2f", "n", ".0", "#.0f",
             ".2g", "*>12", "-", " ", "G", "E", ".3F", "x", "%", "=10", "010", "d", "s"]:
    for z in [1 + 2j, 2j, -0j, complex(1.5, -0.0), complex(float("nan"), 1e20), 1234567.125 + 0.5j]:
        try:
            print(repr(spec), repr(z), repr(format(z, spec)))
        except (ValueError, TypeError) as e:
            print(repr(spec), repr(z), f"{type(e).__name__}: {e}")
print(f"{1+2j:>12}|{3j:<6}|{-1-1j:^10.1f}")
print(type(1j), type(1j).__name__, isinstance(1j, complex), complex.__name__, issubclass(complex, object))
print((1 + 2j).__getnewargs__(), complex.conjugate(3j))

# Output:
# () 0j
# (1,) (1+0j)
# (1.5,) (1.5+0j)
# (1, 2) (1+2j)
# (1.5, -2.5) (1.5-2.5j)
# (True, False) (1+0j)
# (1j,) 1j
# (1j, 1j) (-1+1j)
# ((1+2j), (3+4j)) (-3+5j)
# (2, 1j) (1+0j)
# (1j, 2) 3j
# (-0.0,) (-0+0j)
# (0.0, -0.0) -0j
# (-0.0, -0.0) (-0-0j)
# (100000000000000000000, 3) (1e+20+3j)
# (1+2j) 3j (1+4j)
# '1' (1+0j)
# '1j' 1j
# '1+2j' (1+2j)
# '(1+2j)' (1+2j)
# ' ( 3-4J ) ' (3-4j)
# 'j' 1j
# '-j' -1j
# '+j' 1j
# '1e3-4.5j' (1000-4.5j)
# '1e+3j' 1000j
# '1E-3+2E+2J' (0.001+200j)
# 'inf' (inf+0j)
# '-infj' -infj
# 'nan+nanj' (nan+nanj)
# 'inf-infj' (inf-infj)
# '1_000+2_0j' (1000+20j)
# '0x10' ValueError: complex() arg is a malformed string
# '1 + 2j' ValueError: complex() arg is a malformed string
# '' ValueError: complex() arg is a malformed string
# '()' ValueError: complex() arg is a malformed string
# '(1+2j' ValueError: complex() arg is a malformed string
# '1+2' ValueError: complex() arg is a malformed string
# 'j1' ValueError: complex() arg is a malformed string
# '1jj' ValueError: complex() arg is a malformed string
# '+-1j' ValueError: complex() arg is a malformed string
# '1e' ValueError: complex() arg is a malformed string
# '--1' ValueError: complex() arg is a malformed string
# '.5j' 0.5j
# '5.j' 5j
# '1++1j' ValueError: complex() arg is a malformed string
# (5-6j) (2.5+0j) (2.5+7j) (7+0j)
# ('1', 2) TypeError: complex() can't take second arg if first is a string
# (1, '2') TypeError: complex() second arg can't be a string
# ([],) TypeError: complex() first argument must be a string or a number, not 'list'
# (1, []) TypeError: complex() second argument must be a number, not 'list'
# (None,) TypeError: complex() first argument must be a string or a number, not 'NoneType'
# ('1', '2') TypeError: complex() can't take second arg if first is a string
# TypeError: complex() takes at most 2 arguments (3 given)
# TypeError: argument for complex() given by name ('real') and position (1)
# TypeError: 'x' is an invalid keyword argument for complex()
# 0j 0j 0j [0j] True False
# 1j 1j 1j [1j] True True
# (-0-1j) (-0-1j) (-0-1j) [(-0-1j)] True True
# (1+2j) (1+2j) (1+2j) [(1+2j)] True True
# (-0+1j) (-0+1j) (-0+1j) [(-0+1j)] True True
# -0j -0j -0j [-0j] True False
# (-0-0j) (-0-0j) (-0-0j) [(-0-0j)] True False
# 1e+16j 1e+16j 1e+16j [1e+16j] True True
# 1e-05j 1e-05j 1e-05j [1e-05j] True True
# (1.5e+300+1j) (1.5e+300+1j) (1.5e+300+1j) [(1.5e+300+1j)] True True
# (inf+nanj) (inf+nanj) (inf+nanj) [(inf+nanj)] True True
# (1-infj) (1-infj) (1-infj) [(1-infj)] True True
# (123456789.125-0.1j) (123456789.125-0.1j) (123456789.125-0.1j) [(123456789.125-0.1j)] True True
# True True 2000007 -2000008
# a x 2
# '' (1+2j) '(1+2j)'
# '' 2j '2j'
# '' (-0-0j) '(-0-0j)'
# '' (1.5-0j) '(1.5-0j)'
# '' (nan+1e+20j) '(nan+1e+20j)'
# '' (1234567.125+0.5j) '(1234567.125+0.5j)'
# '+' (1+2j) '(+1+2j)'
# '+' 2j '+2j'
# '+' (-0-0j) '(-0-0j)'
# '+' (1.5-0j) '(+1.5-0j)'
# '+' (nan+1e+20j) '(+nan+1e+20j)'
# '+' (1234567.125+0.5j) '(+1234567.125+0.5j)'
# 'z' (1+2j) '(1+2j)'
# 'z' 2j '2j'
# 'z' (-0-0j) '(0+0j)'
# 'z' (1.5-0j) '(1.5+0j)'
# 'z' (nan+1e+20j) '(nan+1e+20j)'
# 'z' (1234567.125+0.5j) '(1234567.125+0.5j)'
# '#' (1+2j) '(1.+2.j)'
# '#' 2j '2.j'
# '#' (-0-0j) '(-0.-0.j)'
# '#' (1.5-0j) '(1.5-0.j)'
# '#' (nan+1e+20j) '(nan+1.e+20j)'
# '#' (1234567.125+0.5j) '(1234567.125+0.5j)'
# '.3' (1+2j) '(1+2j)'
# '.3' 2j '2j'
# '.3' (-0-0j) '(-0-0j)'
# '.3' (1.5-0j) '(1.5-0j)'
# '.3' (nan+1e+20j) '(nan+1e+20j)'
# '.3' (1234567.125+0.5j) '(1.23e+06+0.5j)'
# '10.2e' (1+2j) '1.00e+00+2.00e+00j'
# '10.2e' 2j '0.00e+00+2.00e+00j'
# '10.2e' (-0-0j) '-0.00e+00-0.00e+00j'
# '10.2e' (1.5-0j) '1.50e+00-0.00e+00j'
# '10.2e' (nan+1e+20j) 'nan+1.00e+20j'
# '10.2e' (1234567.125+0.5j) '1.23e+06+5.00e-01j'
# '^30.3f' (1+2j) '         1.000+2.000j         '
# '^30.3f' 2j '         0.000+2.000j         '
# '^30.3f' (-0-0j) '        -0.000-0.000j         '
# '^30.3f' (1.5-0j) '         1.500-0.000j         '
# '^30.3f' (nan+1e+20j) 'nan+100000000000000000000.000j'
# '^30.3f' (1234567.125+0.5j) '      1234567.125+0.500j      '
# '<15' (1+2j) '(1+2j)         '
# '<15' 2j '2j             '
# '<15' (-0-0j) '(-0-0j)        '
# '<15' (1.5-0j) '(1.5-0j)       '
# '<15' (nan+1e+20j) '(nan+1e+20j)   '
# '<15' (1234567.125+0.5j) '(1234567.125+0.5j)'
# ',' (1+2j) '(1+2j)'
# ',' 2j '2j'
# ',' (-0-0j) '(-0-0j)'
# ',' (1.5-0j) '(1.5-0j)'
# ',' (nan+1e+20j) '(nan+1e+20j)'
# ',' (1234567.125+0.5j) '(1,234,567.125+0.5j)'
# '_.2f' (1+2j) '1.00+2.00j'
# '_.2f' 2j '0.00+2.00j'
# '_.2f' (-0-0j) '-0.00-0.00j'
# '_.2f' (1.5-0j) '1.50-0.00j'
# '_.2f' (nan+1e+20j) 'nan+100_000_000_000_000_000_000.00j'
# '_.2f' (1234567.125+0.5j) '1_234_567.12+0.50j'
# 'n' (1+2j) '1+2j'
# 'n' 2j '0+2j'
# 'n' (-0-0j) '-0-0j'
# 'n' (1.5-0j) '1.5-0j'
# 'n' (nan+1e+20j) 'nan+1e+20j'
# 'n' (1234567.125+0.5j) '1.23457e+06+0.5j'
# '.0' (1+2j) '(1+2j)'
# '.0' 2j '2j'
# '.0' (-0-0j) '(-0-0j)'
# '.0' (1.5-0j) '(2-0j)'
# '.0' (nan+1e+20j) '(nan+1e+20j)'
# '.0' (1234567.125+0.5j) '(1e+06+0.5j)'
# '#.0f' (1+2j) '1.+2.j'
# '#.0f' 2j '0.+2.j'
# '#.0f' (-0-0j) '-0.-0.j'
# '#.0f' (1.5-0j) '2.-0.j'
# '#.0f' (nan+1e+20j) 'nan+100000000000000000000.j'
# '#.0f' (1234567.125+0.5j) '1234567.+0.j'
# '.2g' (1+2j) '1+2j'
# '.2g' 2j '0+2j'
# '.2g' (-0-0j) '-0-0j'
# '.2g' (1.5-0j) '1.5-0j'
# '.2g' (nan+1e+20j) 'nan+1e+20j'
# '.2g' (1234567.125+0.5j) '1.2e+06+0.5j'
# '*>12' (1+2j) '******(1+2j)'
# '*>12' 2j '**********2j'
# '*>12' (-0-0j) '*****(-0-0j)'
# '*>12' (1.5-0j) '****(1.5-0j)'
# '*>12' (nan+1e+20j) '(nan+1e+20j)'
# '*>12' (1234567.125+0.5j) '(1234567.125+0.5j)'
# '-' (1+2j) '(1+2j)'
# '-' 2j '2j'
# '-' (-0-0j) '(-0-0j)'
# '-' (1.5-0j) '(1.5-0j)'
# '-' (nan+1e+20j) '(nan+1e+20j)'
# '-' (1234567.125+0.5j) '(1234567.125+0.5j)'
# ' ' (1+2j) '( 1+2j)'
# ' ' 2j ' 2j'
# ' ' (-0-0j) '(-0-0j)'
# ' ' (1.5-0j) '( 1.5-0j)'
# ' ' (nan+1e+20j) '( nan+1e+20j)'
# ' ' (1234567.125+0.5j) '( 1234567.125+0.5j)'
# 'G' (1+2j) '1+2j'
# 'G' 2j '0+2j'
# 'G' (-0-0j) '-0-0j'
# 'G' (1.5-0j) '1.5-0j'
# 'G' (nan+1e+20j) 'NAN+1E+20j'
# 'G' (1234567.125+0.5j) '1.23457E+06+0.5j'
# 'E' (1+2j) '1.000000E+00+2.000000E+00j'
# 'E' 2j '0.000000E+00+2.000000E+00j'
# 'E' (-0-0j) '-0.000000E+00-0.000000E+00j'
# 'E' (1.5-0j) '1.500000E+00-0.000000E+00j'
# 'E' (nan+1e+20j) 'NAN+1.000000E+20j'
# 'E' (1234567.125+0.5j) '1.234567E+06+5.000000E-01j'
# '.3F' (1+2j) '1.000+2.000j'
# '.3F' 2j '0.000+2.000j'
# '.3F' (-0-0j) '-0.000-0.000j'
# '.3F' (1.5-0j) '1.500-0.000j'
# '.3F' (nan+1e+20j) 'NAN+100000000000000000000.000j'
# '.3F' (1234567.125+0.5j) '1234567.125+0.500j'
# 'x' (1+2j) ValueError: Unknown format code 'x' for object of type 'complex'
# 'x' 2j ValueError: Unknown format code 'x' for object of type 'complex'
# 'x' (-0-0j) ValueError: Unknown format code 'x' for object of type 'complex'
# 'x' (1.5-0j) ValueError: Unknown format code 'x' for object of type 'complex'
# 'x' (nan+1e+20j) ValueError: Unknown format code 'x' for object of type 'complex'
# 'x' (1234567.125+0.5j) ValueError: Unknown format code 'x' for object of type 'complex'
# '%' (1+2j) ValueError: Unknown format code '%' for object of type 'complex'
# '%' 2j ValueError: Unknown format code '%' for object of type 'complex'
# '%' (-0-0j) ValueError: Unknown format code '%' for object of type 'complex'
# '%' (1.5-0j) ValueError: Unknown format code '%' for object of type 'complex'
# '%' (nan+1e+20j) ValueError: Unknown format code '%' for object of type 'complex'
# '%' (1234567.125+0.5j) ValueError: Unknown format code '%' for object of type 'complex'
# '=10' (1+2j) ValueError: '=' alignment flag is not allowed in complex format specifier
# '=10' 2j ValueError: '=' alignment flag is not allowed in complex format specifier
# '=10' (-0-0j) ValueError: '=' alignment flag is not allowed in complex format specifier
# '=10' (1.5-0j) ValueError: '=' alignment flag is not allowed in complex format specifier
# '=10' (nan+1e+20j) ValueError: '=' alignment flag is not allowed in complex format specifier
# '=10' (1234567.125+0.5j) ValueError: '=' alignment flag is not allowed in complex format specifier
# '010' (1+2j) ValueError: Zero padding is not allowed in complex format specifier
# '010' 2j ValueError: Zero padding is not allowed in complex format specifier
# '010' (-0-0j) ValueError: Zero padding is not allowed in complex format specifier
# '010' (1.5-0j) ValueError: Zero padding is not allowed in complex format specifier
# '010' (nan+1e+20j) ValueError: Zero padding is not allowed in complex format specifier
# '010' (1234567.125+0.5j) ValueError: Zero padding is not allowed in complex format specifier
# 'd' (1+2j) ValueError: Unknown format code 'd' for object of type 'complex'
# 'd' 2j ValueError: Unknown format code 'd' for object of type 'complex'
# 'd' (-0-0j) ValueError: Unknown format code 'd' for object of type 'complex'
# 'd' (1.5-0j) ValueError: Unknown format code 'd' for object of type 'complex'
# 'd' (nan+1e+20j) ValueError: Unknown format code 'd' for object of type 'complex'
# 'd' (1234567.125+0.5j) ValueError: Unknown format code 'd' for object of type 'complex'
# 's' (1+2j) ValueError: Unknown format code 's' for object of type 'complex'
# 's' 2j ValueError: Unknown format code 's' for object of type 'complex'
# 's' (-0-0j) ValueError: Unknown format code 's' for object of type 'complex'
# 's' (1.5-0j) ValueError: Unknown format code 's' for object of type 'complex'
# 's' (nan+1e+20j) ValueError: Unknown format code 's' for object of type 'complex'
# 's' (1234567.125+0.5j) ValueError: Unknown format code 's' for object of type 'complex'
#       (1+2j)|3j    |-1.0-1.0j 
# <class 'complex'> complex True complex True
# (1.0, 2.0) -3j
