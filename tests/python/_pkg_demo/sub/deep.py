from . import VALUE
from ... import nothing
