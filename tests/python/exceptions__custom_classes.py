class AppError(Exception):
    pass

class NotFound(AppError):
    def __init__(self, key, where):
        super().__init__(key, where)
        self.key = key
        self.where = where

    def __str__(self):
        return "%r not found in %s" % (self.key, self.where)

class Plain(AppError):
    pass

try:
    raise NotFound("k1", "cache")
except AppError as e:
    print(type(e).__name__, e.args, e)
    print(e.key, e.where)
    print(repr(e))

e = Plain("a", 2)
print(e.args, str(e), repr(e))
print(str(Plain()), repr(Plain()), Plain().args)
print(str(Plain("single")), repr(Plain("single")))
raise NotFound("user", "db")

# Output:
# NotFound ('k1', 'cache') 'k1' not found in cache
# k1 cache
# NotFound('k1', 'cache')
# ('a', 2) ('a', 2) Plain('a', 2)
#  Plain() ()
# single Plain('single')
# Raise: NotFound: 'user' not found in db
