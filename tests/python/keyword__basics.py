# keyword: the keyword lists of 3.11 and the two predicates, on every
# keyword, soft keyword, builtin name and a few non-names.
import keyword

print(len(keyword.kwlist), keyword.kwlist == sorted(keyword.kwlist))
print(keyword.kwlist)
print(keyword.softkwlist)
print(sorted(keyword.__all__))
for w in ['if', 'If', 'match', 'case', '_', 'print', 'None', 'none', '', 'async', 'type',
          'nonlocal', 'self']:
    print(repr(w), keyword.iskeyword(w), keyword.issoftkeyword(w))
print(all(keyword.iskeyword(k) for k in keyword.kwlist))
print(any(keyword.iskeyword(k) for k in keyword.softkwlist))
print(keyword.iskeyword(1), keyword.issoftkeyword(None))
try:
    keyword.iskeyword([])
except TypeError as e:
    print('TypeError:', e)

# Output:
# 35 True
# ['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield']
# ['_', 'case', 'match']
# ['iskeyword', 'issoftkeyword', 'kwlist', 'softkwlist']
# 'if' True False
# 'If' False False
# 'match' False True
# 'case' False True
# '_' False True
# 'print' False False
# 'None' True False
# 'none' False False
# '' False False
# 'async' True False
# 'type' False False
# 'nonlocal' True False
# 'self' False False
# True
# False
# False False
# TypeError: unhashable type: 'list'
