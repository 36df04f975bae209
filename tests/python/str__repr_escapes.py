print(repr("plain"))
print(repr("it's"))
print(repr('say "hi"'))
print(repr("both ' and \""))
print(repr("tab\tnew\nret\rback\\"))
print(repr("\x00\x1f\x7f"))
print(repr("é ñ 日本"))
print(repr("\u200b"), repr("\xa0"))
print(repr(""))
print(str("it's"), ascii("é"))
print([ "a'b", 'c"d' ])

# Output:
# 'plain'
# "it's"
# 'say "hi"'
# 'both \' and "'
# 'tab\tnew\nret\rback\\'
# '\x00\x1f\x7f'
# 'é ñ 日本'
# '\u200b' '\xa0'
# ''
# it's '\xe9'
# ["a'b", 'c"d']
