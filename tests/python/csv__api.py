# csv's API: dialects (registry, classes, validation errors), readers and
# writers over StringIO and files, DictReader/DictWriter, field_size_limit,
# Sniffer, and the errors CPython raises.
import csv
import io
import os


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(csv.__all__)
print(csv.__version__, csv.QUOTE_MINIMAL, csv.QUOTE_ALL,
      csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
print(sorted(csv.list_dialects()))
print(issubclass(csv.Error, Exception), csv.Error.__module__)

# Dialect validation
t(lambda: csv.reader([], delimiter=""))
t(lambda: csv.reader([], delimiter="ab"))
t(lambda: csv.reader([], delimiter=None))
t(lambda: csv.reader([], delimiter=1))
t(lambda: csv.reader([], quotechar=""))
t(lambda: csv.reader([], quotechar=1))
t(lambda: csv.reader([], quotechar=None).dialect.quoting)
t(lambda: csv.reader([], quotechar=None, quoting=csv.QUOTE_ALL))
print(type(csv.DictWriter(io.StringIO(), iter(["a", "b"])).fieldnames).__name__)
t(lambda: csv.reader([], escapechar="ab"))
t(lambda: csv.reader([], escapechar=1))
t(lambda: csv.reader([], lineterminator=1))
t(lambda: csv.reader([], lineterminator=None))
t(lambda: csv.reader([], lineterminator=None, quotechar=None))
t(lambda: csv.reader([], quoting=7))
t(lambda: csv.reader([], quoting=-1))
t(lambda: csv.reader([], quoting="a"))
t(lambda: csv.reader([], quoting=True))
t(lambda: csv.reader([], quoting=1.5, lineterminator=1))
t(lambda: csv.reader([], bogus=1))
t(lambda: csv.reader([], "nodialect"))
t(lambda: csv.reader(1))
t(lambda: csv.writer(1))
t(lambda: csv.get_dialect("x"))
t(lambda: csv.unregister_dialect("x"))
t(lambda: csv.register_dialect(1))

d = csv.get_dialect("excel")
print(d.delimiter, repr(d.quotechar), d.escapechar, d.doublequote,
      d.skipinitialspace, repr(d.lineterminator), d.quoting, d.strict)
t(lambda: setattr(d, "delimiter", ";"))
u = csv.get_dialect("unix")
print(repr(u.lineterminator), u.quoting)
print(csv.excel.delimiter, csv.excel_tab.delimiter, repr(csv.unix_dialect.lineterminator))
print(csv.excel().quotechar, csv.excel()._valid, csv.excel_tab.__mro__[1] is csv.excel)
t(lambda: csv.Dialect())


class Semi(csv.excel):
    delimiter = ";"


class Bad(csv.excel):
    delimiter = ";;"


class NoQuote(csv.Dialect):
    delimiter = ","
    lineterminator = "\n"
    quoting = 0


t(lambda: Bad())
t(lambda: NoQuote())
csv.register_dialect("semi", Semi)
csv.register_dialect("pipe", delimiter="|", quoting=csv.QUOTE_ALL)
csv.register_dialect("pipe2", "pipe", lineterminator="\n")
print(sorted(csv.list_dialects()))
p2 = csv.get_dialect("pipe2")
print(p2.delimiter, p2.quoting, repr(p2.lineterminator))
csv.unregister_dialect("pipe2")
print("pipe2" in csv.list_dialects())
r = csv.reader([], csv.excel, delimiter=";")
print(r.dialect.delimiter, r.line_num)
print(csv.reader([], "semi").dialect.delimiter)
print(csv.reader([], csv.get_dialect("unix"), strict=1).dialect.strict)

# writer
s = io.StringIO()
w = csv.writer(s)
print(w.writerow(["a", 1, 2.5, None, True, "x,y", 'q"q', "l\nm", ""]))
print(w.writerows([[1, 2], [], [""], (c for c in "ab")]))
print(repr(s.getvalue()))
t(lambda: w.writerow(1))
t(lambda: w.writerows(1))
t(lambda: w.writerows([1]))
for q in range(4):
    s = io.StringIO()
    try:
        csv.writer(s, quoting=q, escapechar="\\").writerow(
            ["a b", 3, -1.5, "", None, '"', "\\", ",", 1j])
    except csv.Error as e:
        print("Error", e)
    print(q, repr(s.getvalue()))
s = io.StringIO()
csv.writer(s, "pipe").writerow(["a", "b|c"])
csv.writer(s, "semi").writerow(["a", "b;c"])
csv.writer(s, delimiter="\t", lineterminator="!").writerow(["a!b", "c\td"])
print(repr(s.getvalue()))
t(lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow([""]))
t(lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"]))


class BadStr:
    def __str__(self):
        raise ValueError("no str")


t(lambda: csv.writer(io.StringIO()).writerow([BadStr()]))

# reader
text = 'a,b,"c ""q"" d"\r\n1,,"multi\nline"\r\n\r\n x , y \r\nlast'
r = csv.reader(io.StringIO(text, newline=""))
for row in r:
    print(row, r.line_num)
print(list(csv.reader(['a, "b",c'], skipinitialspace=True)))
print(list(csv.reader(["1,2.5,\"x\",,-3"], quoting=csv.QUOTE_NONNUMERIC)))
t(lambda: list(csv.reader(["1,a"], quoting=csv.QUOTE_NONNUMERIC)))
t(lambda: list(csv.reader(['"a"b'], strict=True)))
t(lambda: list(csv.reader(['"a'], strict=True)))
t(lambda: list(csv.reader(['"a"b'])))
t(lambda: list(csv.reader(["a\nb"])))
t(lambda: list(csv.reader(["a\0b"])))
t(lambda: list(csv.reader([b"a"])))
t(lambda: list(csv.reader(["a\\,b\\"], escapechar="\\")))
t(lambda: list(csv.reader(["a;b|c"], delimiter="|")))
t(lambda: list(csv.reader(["'a;b';c"], "semi", quotechar="'")))

# field_size_limit
print(csv.field_size_limit())
print(csv.field_size_limit(5))
t(lambda: list(csv.reader(["abcde,abcdef"])))
t(lambda: list(csv.reader(['"abcdef"'])))
t(lambda: list(csv.reader(["abcde"])))
print(csv.field_size_limit(131072))
t(lambda: csv.field_size_limit("a"))
t(lambda: csv.field_size_limit(1, 2))
t(lambda: csv.field_size_limit(limit=5))

# DictWriter / DictReader
s = io.StringIO()
dw = csv.DictWriter(s, fieldnames=["name", "age", "city"], restval="?")
print(dw.writeheader())
dw.writerow({"name": "bob", "age": 3})
dw.writerows([{"name": "al", "city": "x,y"}, {"age": 4}])
print(repr(s.getvalue()))
t(lambda: dw.writerow({"name": "z", "zip": 1}))
t(lambda: csv.DictWriter(io.StringIO(), ["a"], extrasaction="x"))
dw2 = csv.DictWriter(io.StringIO(), ["a"], extrasaction="ignore")
print(dw2.writerow({"a": 1, "b": 2}))

s.seek(0)
dr = csv.DictReader(s)
print(dr.fieldnames, dr.line_num)
for rec in dr:
    print(rec, dr.line_num)
rows = ["x,y", "", "1,2,3,4", "5", "6,7"]
dr = csv.DictReader(rows, restkey="more", restval="none")
print(list(dr))
dr = csv.DictReader(["1;2"], fieldnames=["p", "q"], delimiter=";")
print(dr.fieldnames, list(dr))
print(csv.DictReader([]).fieldnames)
print(list(csv.DictReader([])))

# files through open(newline="")
base = "/tmp/sandpy_csv__api"
os.makedirs(base, exist_ok=True)
path = base + "/data.csv"
with open(path, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "note"])
    w.writerow([1, "two\nlines"])
    w.writerow([2, 'say "hi"'])
with open(path, newline="") as f:
    print(list(csv.reader(f)))
with open(path, newline="") as f:
    print([dict(r) for r in csv.DictReader(f)])
os.remove(path)
os.rmdir(base)

# Sniffer
sn = csv.Sniffer()
print(sn.preferred)
for sample in ["a,b,c\n1,2,3\n4,5,6\n",
               "a;b;c\n1;2;3\n",
               'name|"age"\n"bob"|"3"\n"al"|"4"\n',
               "x\ty\tz\n1\t2\t3\n",
               "a, b, c\n1, 2, 3\n",
               "'a':'b'\n'1':'2'\n",
               '"a ""b"" c",d\n"e",f\n',
               "one\ntwo\n"]:
    try:
        dia = sn.sniff(sample)
        print(repr(dia.delimiter), repr(dia.quotechar), dia.doublequote,
              dia.skipinitialspace, repr(dia.lineterminator), dia.quoting,
              dia._name, issubclass(dia, csv.Dialect))
        print(list(csv.reader(io.StringIO(sample), dia)))
    except csv.Error as e:
        print("Error", e)
print(sn.sniff("a,b;c\n1,2;3\n", delimiters=";").delimiter)
t(lambda: sn.sniff(""))
print(sn.has_header("name,age\nbob,3\nal,4\n"))
print(sn.has_header("1,2\n3,4\n5,6\n"))
print(sn.has_header("aa,bb\ncc,dd\n"))
print(sn.has_header("title,n\nxyz,10\nabc,20\n"))

# Output:
# ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE', 'Error', 'Dialect', '__doc__', 'excel', 'excel_tab', 'field_size_limit', 'reader', 'writer', 'register_dialect', 'get_dialect', 'list_dialects', 'Sniffer', 'unregister_dialect', '__version__', 'DictReader', 'DictWriter', 'unix_dialect']
# 1.0 0 1 2 3
# ['excel', 'excel-tab', 'unix']
# True _csv
# TypeError "delimiter" must be a 1-character string
# TypeError "delimiter" must be a 1-character string
# TypeError "delimiter" must be string, not NoneType
# TypeError "delimiter" must be string, not int
# TypeError "quotechar" must be a 1-character string
# TypeError "quotechar" must be string or None, not int
# 3
# TypeError quotechar must be set if quoting enabled
# list_iterator
# TypeError "escapechar" must be a 1-character string
# TypeError "escapechar" must be string or None, not int
# TypeError "lineterminator" must be a string
# TypeError lineterminator must be set
# TypeError lineterminator must be set
# TypeError bad "quoting" value
# TypeError bad "quoting" value
# TypeError "quoting" must be an integer
# TypeError "quoting" must be an integer
# TypeError "lineterminator" must be a string
# TypeError 'bogus' is an invalid keyword argument for this function
# Error unknown dialect
# TypeError 'int' object is not iterable
# TypeError argument 1 must have a "write" method
# Error unknown dialect
# Error unknown dialect
# TypeError dialect name must be a string
# , '"' None True False '\r\n' 0 False
# AttributeError attribute 'delimiter' of '_csv.Dialect' objects is not writable
# '\n' 1
# , 	 '\n'
# " True True
# Error "delimiter" must be string, not NoneType
# Error "delimiter" must be a 1-character string
# Error quotechar must be set if quoting enabled
# ['excel', 'excel-tab', 'pipe', 'pipe2', 'semi', 'unix']
# | 1 '\n'
# False
# ; 0
# ;
# True
# 35
# None
# 'a,1,2.5,,True,"x,y","q""q","l\nm",\r\n1,2\r\n\r\n""\r\na,b\r\n'
# Error iterable expected, not int
# TypeError 'int' object is not iterable
# Error iterable expected, not int
# 0 'a b,3,-1.5,,,"""",\\\\,",",1j\r\n'
# 1 '"a b","3","-1.5","","","""","\\\\",",","1j"\r\n'
# 2 '"a b",3,-1.5,"","","""","\\\\",",",1j\r\n'
# 3 'a b,3,-1.5,,,\\",\\\\,\\,,1j\r\n'
# '"a"|"b|c"\r\na;"b;c"\r\n"a!b"\t"c\td"!'
# Error single empty field record must be quoted
# Error need to escape, but no escapechar set
# ValueError no str
# ['a', 'b', 'c "q" d'] 1
# ['1', '', 'multi\nline'] 3
# [] 4
# [' x ', ' y '] 5
# ['last'] 6
# [['a', 'b', 'c']]
# [[1.0, 2.5, 'x', '', -3.0]]
# ValueError could not convert string to float: 'a'
# Error ',' expected after '"'
# Error unexpected end of data
# [['ab']]
# Error new-line character seen in unquoted field - do you need to open the file in universal-newline mode?
# [['a\x00b']]
# Error iterator should return strings, not bytes (the file should be opened in text mode)
# [['a,b\n']]
# [['a;b', 'c']]
# [['a;b', 'c']]
# 131072
# 131072
# Error field larger than field limit (5)
# Error field larger than field limit (5)
# [['abcde']]
# 5
# TypeError limit must be an integer
# TypeError field_size_limit() takes at most 1 argument (2 given)
# TypeError 'limit' is an invalid keyword argument for field_size_limit()
# 15
# 'name,age,city\r\nbob,3,?\r\nal,?,"x,y"\r\n?,4,?\r\n'
# ValueError dict contains fields not in fieldnames: 'zip'
# ValueError extrasaction (x) must be 'raise' or 'ignore'
# 3
# ['name', 'age', 'city'] 1
# {'name': 'bob', 'age': '3', 'city': '?'} 2
# {'name': 'al', 'age': '?', 'city': 'x,y'} 3
# {'name': '?', 'age': '4', 'city': '?'} 4
# [{'x': '1', 'y': '2', 'more': ['3', '4']}, {'x': '5', 'y': 'none'}, {'x': '6', 'y': '7'}]
# ['p', 'q'] [{'p': '1', 'q': '2'}]
# None
# []
# [['id', 'note'], ['1', 'two\nlines'], ['2', 'say "hi"']]
# [{'id': '1', 'note': 'two\nlines'}, {'id': '2', 'note': 'say "hi"'}]
# [',', '\t', ';', ' ', ':']
# ',' '"' False False '\r\n' 0 sniffed True
# [['a', 'b', 'c'], ['1', '2', '3'], ['4', '5', '6']]
# ';' '"' False False '\r\n' 0 sniffed True
# [['a', 'b', 'c'], ['1', '2', '3']]
# '|' '"' False False '\r\n' 0 sniffed True
# [['name', 'age'], ['bob', '3'], ['al', '4']]
# '\t' '"' False False '\r\n' 0 sniffed True
# [['x', 'y', 'z'], ['1', '2', '3']]
# ',' '"' False True '\r\n' 0 sniffed True
# [['a', 'b', 'c'], ['1', '2', '3']]
# ':' "'" False False '\r\n' 0 sniffed True
# [['a', 'b'], ['1', '2']]
# ' ' '"' True False '\r\n' 0 sniffed True
# [['a "b" c,d'], ['e,f']]
# 'o' '"' False False '\r\n' 0 sniffed True
# [['', 'ne'], ['tw', '']]
# ;
# Error Could not determine delimiter
# True
# False
# False
# True
