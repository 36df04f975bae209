import sys
sys.setrecursionlimit(10**9)
x = eval("undefined_name")
