class P:
    def __str__(self):
        return "str-P"
    def __repr__(self):
        return "repr-P"
    def __format__(self, spec):
        return "format-P(" + spec + ")"

p = P()
print(f"{p}")
print(f"{p!s} {p!r}")
print(f"{p:xyz}")
print(f"{p!r:>10}|")
print(f"{'tab':!<6}")
print(f"{None} {True} {3.0} {1e20} {1e-7} {[1, 'a']}")
print(f"{'é'!a}")
try:
    f"{5:q}"
except ValueError as e:
    print(e)

# Output:
# format-P()
# str-P repr-P
# format-P(xyz)
#     repr-P|
# tab!!!
# None True 3.0 1e+20 1e-07 [1, 'a']
# '\xe9'
# Unknown format code 'q' for object of type 'int'
