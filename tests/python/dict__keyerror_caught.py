d = {}
try:
    d["missing"]
except KeyError as e:
    print("caught", e, repr(e), e.args)
try:
    d[(1, 2)]
except KeyError as e:
    print("tuple key:", e)
try:
    d[""]
except KeyError as e:
    print("empty key:", e)
del_ok = {"k": 1}
try:
    del del_ok["nope"]
except KeyError as e:
    print("del:", e)

# Output:
# caught 'missing' KeyError('missing') ('missing',)
# tuple key: (1, 2)
# empty key: ''
# del: 'nope'
