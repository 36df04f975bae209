# fnmatch's errors: names and patterns of the wrong type, str against
# bytes, objects that are not paths.
import fnmatch
for args in [('a',b'a'),(b'a','a'),(1,'a'),('a',1),(b'a',b'*'),(bytearray(b'a'),b'a'),('a',bytearray(b'a')),(None,'a')]:
  for f in (fnmatch.fnmatchcase, fnmatch.fnmatch):
    try: print(f.__name__, args, f(*args))
    except Exception as e: print(f.__name__, args, type(e).__name__, e)
for args in [(['a','b'], 'a'), ([1], 'a'), ('ab','a'), ([b'a'], b'*'), (['a'], 1)]:
  try: print(fnmatch.filter(*args))
  except Exception as e: print(args, type(e).__name__, e)
for p in [b'a', 1, None, b'']:
  try: print(fnmatch.translate(p))
  except Exception as e: print(p, type(e).__name__, e)


class BadPath:
    def __fspath__(self):
        return 5


try:
    fnmatch.fnmatch(BadPath(), 'x')
except TypeError as e:
    print('TypeError', e)

# Output:
# fnmatchcase ('a', b'a') TypeError cannot use a bytes pattern on a string-like object
# fnmatch ('a', b'a') TypeError cannot use a bytes pattern on a string-like object
# fnmatchcase (b'a', 'a') TypeError cannot use a string pattern on a bytes-like object
# fnmatch (b'a', 'a') TypeError cannot use a string pattern on a bytes-like object
# fnmatchcase (1, 'a') TypeError expected string or bytes-like object, got 'int'
# fnmatch (1, 'a') TypeError expected str, bytes or os.PathLike object, not int
# fnmatchcase ('a', 1) TypeError object of type 'int' has no len()
# fnmatch ('a', 1) TypeError expected str, bytes or os.PathLike object, not int
# fnmatchcase (b'a', b'*') True
# fnmatch (b'a', b'*') True
# fnmatchcase (bytearray(b'a'), b'a') True
# fnmatch (bytearray(b'a'), b'a') TypeError expected str, bytes or os.PathLike object, not bytearray
# fnmatchcase ('a', bytearray(b'a')) TypeError unhashable type: 'bytearray'
# fnmatch ('a', bytearray(b'a')) TypeError expected str, bytes or os.PathLike object, not bytearray
# fnmatchcase (None, 'a') TypeError expected string or bytes-like object, got 'NoneType'
# fnmatch (None, 'a') TypeError expected str, bytes or os.PathLike object, not NoneType
# ['a']
# ([1], 'a') TypeError expected string or bytes-like object, got 'int'
# ['a']
# [b'a']
# (['a'], 1) TypeError expected str, bytes or os.PathLike object, not int
# b'a' TypeError decoding to str: need a bytes-like object, int found
# 1 TypeError object of type 'int' has no len()
# None TypeError object of type 'NoneType' has no len()
# (?s:)\Z
# TypeError expected BadPath.__fspath__() to return str or bytes, not int
