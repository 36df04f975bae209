print(hash(5) == 5, hash((1, "a")) == hash((1, "a")))
config = {"debug": True}
print(len(config))
cache = {}
cache[config] = 1

# Output:
# True True
# 1
# Raise: TypeError: unhashable type: 'dict'
