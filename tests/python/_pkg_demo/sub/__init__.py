from .. import VALUE
from ..helper import twice as t2
