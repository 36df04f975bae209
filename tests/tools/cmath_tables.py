"""Print the special-value tables of src/modules/cmath_special.rs, as
python3's cmath computes them: for each function and each class of the
real and imaginary parts (-inf, negative, -0, +0, positive, +inf, nan)
with one part not finite, the value, D for a ValueError, or C when the
value depends on the finite part (the function computes it).
"""
import cmath, math
inf, nan = math.inf, math.nan
classes = ['NINF','NEG','NZERO','PZERO','POS','PINF','NAN']
reps = {'NINF':[-inf],'NEG':[-2.0,-0.7,-1e-300],'NZERO':[-0.0],'PZERO':[0.0],'POS':[2.0,0.7,1e-300],'PINF':[inf],'NAN':[nan]}
def rect(z): return cmath.rect(z.real, z.imag)
funcs = {'acos':cmath.acos,'acosh':cmath.acosh,'asinh':cmath.asinh,'atanh':cmath.atanh,'cosh':cmath.cosh,'exp':cmath.exp,'log':cmath.log,'sinh':cmath.sinh,'sqrt':cmath.sqrt,'tanh':cmath.tanh,'rect':rect}
P=math.pi
names = [(0.0,'0.0'),(inf,'INF'),(P,'P'),(P/2,'P2'),(P/4,'P4'),(3*P/4,'P34'),(1.0,'1.0')]
def nm(x):
    if math.isnan(x): return 'N' if math.copysign(1,x)>0 else '-N'
    for v,n in names:
        if x == v and math.copysign(1,x)==1: return n
        if x == -v and math.copysign(1,x)==-1: return '-'+n
    return repr(x)
def key(x):
    return (repr(x), math.copysign(1,x))
out = []
for fname, f in funcs.items():
    rows = []
    for cr in classes:
        row = []
        for ci in classes:
            if cr not in ('NINF','PINF','NAN') and ci not in ('NINF','PINF','NAN'):
                row.append('U'); continue
            res = set()
            for a in reps[cr]:
                for b in reps[ci]:
                    try:
                        r = f(complex(a,b)); res.add(('v', key(r.real), key(r.imag), nm(r.real), nm(r.imag)))
                    except ValueError: res.add(('D',))
                    except OverflowError: res.add(('O',))
            if len(res) > 1: row.append('C')
            else:
                r = res.pop()
                row.append('D' if r[0]=='D' else 'O' if r[0]=='O' else 'V(%s, %s)' % (r[3], r[4]))
        rows.append(row)
    out.append('/// `%s` at special values (rows: real part, columns: imaginary part).\n#[rustfmt::skip]\npub const %s: Table = [\n' % (fname, fname.upper()) + ''.join('    [%s],\n' % ', '.join(r) for r in rows) + '];\n')
print('\n'.join(out))
