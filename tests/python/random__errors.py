# Every error message of random's functions, as CPython 3.11 words them.
import random

r = random.Random(1)


def attempt(label, f, *args, **kw):
    try:
        print(label, repr(f(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, str(e))


attempt("randrange()", r.randrange)
attempt("randrange(0)", r.randrange, 0)
attempt("randrange(-3)", r.randrange, -3)
attempt("randrange(5,5)", r.randrange, 5, 5)
attempt("randrange(5,2)", r.randrange, 5, 2)
attempt("randrange(0,10,0)", r.randrange, 0, 10, 0)
attempt("randrange(0,10,-1)", r.randrange, 0, 10, -1)
attempt("randrange(10,0,2)", r.randrange, 10, 0, 2)
attempt("randrange(10,None,2)", r.randrange, 10, None, 2)
attempt("randrange(10,None,1)", r.randrange, 10, None, 1)
attempt("randrange(10.0)", r.randrange, 10.0)
attempt("randrange(10.5)", r.randrange, 10.5)
attempt("randrange(0,10.5)", r.randrange, 0, 10.5)
attempt("randrange(0,10,1.5)", r.randrange, 0, 10, 1.5)
attempt("randrange(0,10,2.0)", r.randrange, 0, 10, 2.0)
attempt("randrange('a')", r.randrange, "a")
attempt("randrange(None)", r.randrange, None)
attempt("randrange(1,2,3,4)", r.randrange, 1, 2, 3, 4)
attempt("randint(1)", r.randint, 1)
attempt("randint(3,1)", r.randint, 3, 1)
attempt("randint(1.5,3)", r.randint, 1.5, 3)
attempt("choice([])", r.choice, [])
attempt("choice('')", r.choice, "")
attempt("choice({})", r.choice, {})
attempt("choice(5)", r.choice, 5)
attempt("choices([],k=2)", r.choices, [], k=2)
attempt("choices('ab',[1],k=2)", r.choices, "ab", [1], k=2)
attempt("choices('ab',[1,2],cum_weights=[1,2])", r.choices, "ab", [1, 2], cum_weights=[1, 2])
attempt("choices('ab',[0,0])", r.choices, "ab", [0, 0])
attempt("choices('ab',[1,float('inf')])", r.choices, "ab", [1, float("inf")])
attempt("choices('ab',[-1,-2])", r.choices, "ab", [-1, -2])
attempt("choices('ab',3)", r.choices, "ab", 3)
attempt("choices('ab',['x','y'])", r.choices, "ab", ["x", "y"])
attempt("choices('ab',k=-1)", r.choices, "ab", k=-1)
attempt("choices('ab',k=1.5)", r.choices, "ab", k=1.5)
attempt("choices('ab',cum_weights=[])", r.choices, "ab", cum_weights=[])
attempt("choices([],cum_weights=[])", r.choices, [], cum_weights=[])
attempt("sample(range(3),4)", r.sample, range(3), 4)
attempt("sample(range(3),-1)", r.sample, range(3), -1)
attempt("sample({1,2},1)", r.sample, {1, 2}, 1)
attempt("sample({'a':1},1)", r.sample, {"a": 1}, 1)
attempt("sample('ab')", r.sample, "ab")
attempt("sample('ab',1,counts=[1])", r.sample, "ab", 1, counts=[1])
attempt("sample('ab',1,counts=[1.0,2.0])", r.sample, "ab", 1, counts=[1.0, 2.0])
attempt("sample('ab',1,counts=[0,0])", r.sample, "ab", 1, counts=[0, 0])
attempt("sample('ab',5,counts=[1,2])", r.sample, "ab", 5, counts=[1, 2])
attempt("sample('ab',1.5)", r.sample, "ab", 1.5)
attempt("shuffle((1,2))", r.shuffle, (1, 2))
attempt("shuffle('ab')", r.shuffle, "ab")
attempt("getrandbits(-1)", r.getrandbits, -1)
attempt("getrandbits(2**31)", r.getrandbits, 2 ** 31)
attempt("getrandbits(1.0)", r.getrandbits, 1.0)
attempt("randbytes(-1)", r.randbytes, -1)
attempt("randbytes(1.5)", r.randbytes, 1.5)
attempt("gammavariate(0,1)", r.gammavariate, 0, 1)
attempt("gammavariate(1,-1)", r.gammavariate, 1, -1)
attempt("expovariate(0)", r.expovariate, 0)
attempt("expovariate()", r.expovariate)
attempt("paretovariate(0)", r.paretovariate, 0)
attempt("weibullvariate(1,0)", r.weibullvariate, 1, 0)
attempt("uniform(1)", r.uniform, 1)
attempt("triangular(1,1,1)", r.triangular, 1, 1, 1)
attempt("seed([1])", r.seed, [1])
attempt("seed(1j)", r.seed, 1j)
attempt("seed((1,))", r.seed, (1,))
attempt("seed(1,2,3)", r.seed, 1, 2, 3)
attempt("setstate((4,(),None))", r.setstate, (4, (), None))
attempt("setstate((3,[0]*625,None))", r.setstate, (3, [0] * 625, None))
attempt("setstate((3,(0,)*624,None))", r.setstate, (3, (0,) * 624, None))
attempt("setstate((3,(0,)*624+(625,),None))", r.setstate, (3, (0,) * 624 + (625,), None))
attempt("setstate((3,(0,)*624+(-1,),None))", r.setstate, (3, (0,) * 624 + (-1,), None))
attempt("setstate((3,(-1,)*625,None))", r.setstate, (3, (-1,) * 625, None))
attempt("setstate((3,('a',)*625,None))", r.setstate, (3, ("a",) * 625, None))
attempt("setstate((3,(2**70,)*625,None))", r.setstate, (3, (2 ** 70,) * 625, None))
attempt("setstate((3,(1,)*625))", r.setstate, (3, (1,) * 625))
attempt("Random([1])", random.Random, [1])
sr = random.SystemRandom()
attempt("SystemRandom.getstate()", sr.getstate)
attempt("SystemRandom.setstate(1)", sr.setstate, 1)
attempt("SystemRandom.getrandbits(-1)", sr.getrandbits, -1)
attempt("SystemRandom.seed(5)", sr.seed, 5)

# Output:
# randrange() TypeError Random.randrange() missing 1 required positional argument: 'start'
# randrange(0) ValueError empty range for randrange()
# randrange(-3) ValueError empty range for randrange()
# randrange(5,5) ValueError empty range for randrange() (5, 5, 0)
# randrange(5,2) ValueError empty range for randrange() (5, 2, -3)
# randrange(0,10,0) ValueError zero step for randrange()
# randrange(0,10,-1) ValueError empty range for randrange()
# randrange(10,0,2) ValueError empty range for randrange()
# randrange(10,None,2) TypeError Missing a non-None stop argument
# randrange(10,None,1) 2
# randrange(10.0) 9
# randrange(10.5) ValueError non-integer arg 1 for randrange()
# randrange(0,10.5) ValueError non-integer stop for randrange()
# randrange(0,10,1.5) ValueError non-integer step for randrange()
# randrange(0,10,2.0) 0
# randrange('a') ValueError invalid literal for int() with base 10: 'a'
# randrange(None) TypeError int() argument must be a string, a bytes-like object or a real number, not 'NoneType'
# randrange(1,2,3,4) TypeError Random.randrange() takes from 2 to 4 positional arguments but 5 were given
# randint(1) TypeError Random.randint() missing 1 required positional argument: 'b'
# randint(3,1) ValueError empty range for randrange() (3, 2, -1)
# randint(1.5,3) ValueError non-integer arg 1 for randrange()
# choice([]) IndexError Cannot choose from an empty sequence
# choice('') IndexError Cannot choose from an empty sequence
# choice({}) IndexError Cannot choose from an empty sequence
# choice(5) TypeError object of type 'int' has no len()
# choices([],k=2) IndexError list index out of range
# choices('ab',[1],k=2) ValueError The number of weights does not match the population
# choices('ab',[1,2],cum_weights=[1,2]) TypeError Cannot specify both weights and cumulative weights
# choices('ab',[0,0]) ValueError Total of weights must be greater than zero
# choices('ab',[1,float('inf')]) ValueError Total of weights must be finite
# choices('ab',[-1,-2]) ValueError Total of weights must be greater than zero
# choices('ab',3) TypeError The number of choices must be a keyword argument: k=3
# choices('ab',['x','y']) TypeError can only concatenate str (not "float") to str
# choices('ab',k=-1) []
# choices('ab',k=1.5) TypeError 'float' object cannot be interpreted as an integer
# choices('ab',cum_weights=[]) ValueError The number of weights does not match the population
# choices([],cum_weights=[]) IndexError list index out of range
# sample(range(3),4) ValueError Sample larger than population or is negative
# sample(range(3),-1) ValueError Sample larger than population or is negative
# sample({1,2},1) TypeError Population must be a sequence.  For dicts or sets, use sorted(d).
# sample({'a':1},1) TypeError Population must be a sequence.  For dicts or sets, use sorted(d).
# sample('ab') TypeError Random.sample() missing 1 required positional argument: 'k'
# sample('ab',1,counts=[1]) ValueError The number of counts does not match the population
# sample('ab',1,counts=[1.0,2.0]) TypeError Counts must be integers
# sample('ab',1,counts=[0,0]) ValueError Total of counts must be greater than zero
# sample('ab',5,counts=[1,2]) ValueError Sample larger than population or is negative
# sample('ab',1.5) TypeError can't multiply sequence by non-int of type 'float'
# shuffle((1,2)) TypeError 'tuple' object does not support item assignment
# shuffle('ab') TypeError 'str' object does not support item assignment
# getrandbits(-1) ValueError number of bits must be non-negative
# getrandbits(2**31) OverflowError Python int too large to convert to C int
# getrandbits(1.0) TypeError 'float' object cannot be interpreted as an integer
# randbytes(-1) ValueError number of bits must be non-negative
# randbytes(1.5) TypeError 'float' object cannot be interpreted as an integer
# gammavariate(0,1) ValueError gammavariate: alpha and beta must be > 0.0
# gammavariate(1,-1) ValueError gammavariate: alpha and beta must be > 0.0
# expovariate(0) ZeroDivisionError float division by zero
# expovariate() TypeError Random.expovariate() missing 1 required positional argument: 'lambd'
# paretovariate(0) ZeroDivisionError float division by zero
# weibullvariate(1,0) ZeroDivisionError float division by zero
# uniform(1) TypeError Random.uniform() missing 1 required positional argument: 'b'
# triangular(1,1,1) 1
# seed([1]) TypeError The only supported seed types are: None,
# int, float, str, bytes, and bytearray.
# seed(1j) TypeError The only supported seed types are: None,
# int, float, str, bytes, and bytearray.
# seed((1,)) TypeError The only supported seed types are: None,
# int, float, str, bytes, and bytearray.
# seed(1,2,3) TypeError Random.seed() takes from 1 to 3 positional arguments but 4 were given
# setstate((4,(),None)) ValueError state with version 4 passed to Random.setstate() of version 3
# setstate((3,[0]*625,None)) TypeError state vector must be a tuple
# setstate((3,(0,)*624,None)) ValueError state vector is the wrong size
# setstate((3,(0,)*624+(625,),None)) ValueError invalid state
# setstate((3,(0,)*624+(-1,),None)) ValueError invalid state
# setstate((3,(-1,)*625,None)) OverflowError can't convert negative value to unsigned int
# setstate((3,('a',)*625,None)) TypeError an integer is required
# setstate((3,(2**70,)*625,None)) OverflowError Python int too large to convert to C unsigned long
# setstate((3,(1,)*625)) ValueError not enough values to unpack (expected 3, got 2)
# Random([1]) TypeError The only supported seed types are: None,
# int, float, str, bytes, and bytearray.
# SystemRandom.getstate() NotImplementedError System entropy source does not have state.
# SystemRandom.setstate(1) NotImplementedError System entropy source does not have state.
# SystemRandom.getrandbits(-1) ValueError number of bits must be non-negative
# SystemRandom.seed(5) None
