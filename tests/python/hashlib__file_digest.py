# hashlib.file_digest over objects with getbuffer() and with read(), by
# name and by constructor; SHAKE's negative lengths; the errors.
import hashlib
def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))

if 0:
    pass

attempt(lambda: hashlib.shake_128().digest(-1))
attempt(lambda: hashlib.shake_128().hexdigest(-1))
class B:
    def __init__(self, d): self.d = d
    def getbuffer(self): return memoryview(self.d)
class R:
    def __init__(self, d): self.d = d; self.pos = 0
    def readable(self): return True
    def readinto(self, buf):
        n = min(len(buf), len(self.d) - self.pos)
        buf[:n] = self.d[self.pos:self.pos+n]; self.pos += n; return n
    def read(self, n=-1):
        r = self.d[self.pos:self.pos+n]; self.pos += len(r); return r
attempt(lambda: hashlib.file_digest(B(b'abc' * 1000), 'sha256').hexdigest())
attempt(lambda: hashlib.file_digest(R(b'xyz' * 100000), hashlib.md5).hexdigest())
attempt(lambda: hashlib.file_digest(R(b''), 'sha1').hexdigest())
attempt(lambda: hashlib.file_digest(1, 'sha256'))
attempt(lambda: hashlib.file_digest(B(b''), 'nope'))

# Output:
# SystemError: Negative size passed to PyBytes_FromStringAndSize
# MemoryError: 
# '328de8f1895f8bb09f6e6b4c2012ef2b2a6f067cd002794b750aa040a6f6d8bd'
# 'e7e2d0d5fe037535964cb554fa156486'
# 'da39a3ee5e6b4b0d3255bfef95601890afd80709'
# ValueError: '1' is not a file-like object in binary reading mode.
# ValueError: unsupported hash type nope
