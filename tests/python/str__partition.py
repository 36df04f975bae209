print("key=value=more".partition("="))
print("key=value=more".rpartition("="))
print("novalue".partition("="))
print("novalue".rpartition("="))
print("a::b".partition("::"))
head, sep, tail = "user@example.com".partition("@")
print(head, sep, tail)

# Output:
# ('key', '=', 'value=more')
# ('key=value', '=', 'more')
# ('novalue', '', '')
# ('', '', 'novalue')
# ('a', '::', 'b')
# user @ example.com
