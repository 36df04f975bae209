# open() takes encoding="locale" (3.10), what io.text_encoding(None) gives:
# a sandbox's locale encoding is UTF-8.
import io
with open("/tmp/_enc_locale.txt", "w", encoding="locale") as f:
    f.write("hello\n")
with open("/tmp/_enc_locale.txt", encoding=io.text_encoding(None)) as f:
    print(repr(f.read()))
print(io.text_encoding(None), io.text_encoding("utf-8"))

# Output:
# 'hello\n'
# locale utf-8
