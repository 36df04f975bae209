# A negative number to a fractional power is a complex number, as float's
# __pow__ hands it to complex's.
for base, exp in [(-8, 1 / 3), (-8.0, 0.5), (-2, 0.5), (-1, 0.25), (-1e-300, 0.5), (-3, -1.5),
                  (-0.5, 2.5), (-1e200, 2.5)]:
    try:
        r = base ** exp
        print(base, exp, type(r).__name__, r)
    except OverflowError as e:
        print(base, exp, "OverflowError:", e)
print(pow(-4, 0.5), (-4.0).__pow__(0.5), (-27) ** (1 / 3) == complex(-27) ** (1 / 3))

# Output:
# -8 0.3333333333333333 complex (1.0000000000000002+1.7320508075688772j)
# -8.0 0.5 complex (1.7319121124709868e-16+2.8284271247461903j)
# -2 0.5 complex (8.659560562354934e-17+1.4142135623730951j)
# -1 0.25 complex (0.7071067811865476+0.7071067811865475j)
# -1e-300 0.5 complex (6.123233995736766e-167+1e-150j)
# -3 -1.5 complex (-3.5352507957496895e-17+0.19245008972987526j)
# -0.5 2.5 complex (5.412225351471834e-17+0.1767766952966369j)
# -1e+200 2.5 OverflowError: complex exponentiation
# (1.2246467991473532e-16+2j) (1.2246467991473532e-16+2j) True
