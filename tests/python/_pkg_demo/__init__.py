# A package for imports__packages.py (not a test itself).
print("init pkg", __name__, __package__, [p.rsplit('/',1)[-1] for p in __path__])
from . import helper
from .helper import twice
VALUE = 42
