class A:
    pass
class B(A):
    pass
class C(B):
    pass
print(issubclass(C, A), issubclass(A, C), issubclass(A, A), issubclass(C, (int, B)))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, object), issubclass(A, object))
print(C.__bases__ == (B,), C.__mro__ == (C, B, A, object), C.__name__)

# Output:
# True False True True
# True False True True
# True True C
