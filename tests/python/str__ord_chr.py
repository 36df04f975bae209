print(ord("A"), ord("a"), ord("0"), ord(" "), ord("\n"))
print(chr(65), chr(97), chr(48), repr(chr(10)))
print(ord("é"), ord("€"), ord("日"))
print(chr(233), chr(8364), chr(0x65E5))
print(ord("😀"), chr(128512))
print("".join(chr(ord(c) + 1) for c in "HAL"))

# Output:
# 65 97 48 32 10
# A a 0 '\n'
# 233 8364 26085
# é € 日
# 128512 😀
# IBM
