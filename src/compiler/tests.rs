//! Compiler tests: every construct compiles and verifies; error messages; depth refusals.

use super::*;
use crate::bytecode::dis::disassemble;

fn ok(src: &str) -> Arc<CodeUnit> {
    match compile_module(src, "t.py") {
        Ok(c) => {
            if let Err(e) = verify(&c) {
                panic!("verify failed: {e}\n{}", disassemble(&c));
            }
            c
        }
        Err(e) => panic!("compile failed: {e}\nsource:\n{src}"),
    }
}

#[test]
fn smoke() {
    let c = ok("x = 1\nprint(x + 2)\n");
    println!("{}", disassemble(&c));
}

thread_local! {
    pub static STACK_PROBE: std::cell::Cell<(usize, usize)> = const { std::cell::Cell::new((usize::MAX, 0)) };
    pub static STACK_PROBE2: std::cell::Cell<(usize, usize)> = const { std::cell::Cell::new((usize::MAX, 0)) };
}

fn compile_dir_files() -> Vec<std::path::PathBuf> {
    let mut files = vec![std::path::PathBuf::from("/work/main/pystone/pystone.py")];
    if let Ok(rd) = std::fs::read_dir("/work/main/tests/python") {
        for e in rd.flatten() {
            let p = e.path();
            if p.extension().is_some_and(|x| x == "py") {
                files.push(p);
            }
        }
    }
    files.sort();
    files
}

#[test]
fn corpus_compiles() {
    let mut failures = Vec::new();
    for path in compile_dir_files() {
        let Ok(src) = std::fs::read_to_string(&path) else {
            continue;
        };
        let name = path.display().to_string();
        match compile_module(&src, &name) {
            Ok(code) => {
                if let Err(e) = verify(&code) {
                    failures.push(format!("{name}: verify: {e}"));
                }
            }
            Err(e) => {
                // Files that genuinely use unsupported syntax may fail.
                let unsupported = e.msg.contains("not supported by sandpy")
                    || name.contains("syntax_error")
                    || name.contains("compile_error");
                if !unsupported {
                    failures.push(format!("{name}: {e}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

const SNIPPETS: &[&str] = &[
    "try:\n    f()\nexcept* (A, B) as e:\n    g(e)\nexcept* C:\n    raise\nelse:\n    h()\nfinally:\n    i()\n",
    "def f():\n    for x in y:\n        try:\n            return x\n        except* E as e:\n            for z in e.exceptions:\n                break\n            try:\n                pass\n            except* F:\n                pass\n",
    "a, b = 1, 2\na, *b = [1, 2, 3]\n*a, b, c = x\n[a, (b, c)] = y\n",
    "x = y = z = 3\nx += 1\no.a += 2\no[1] += 3\no[1:2] += [4]\n",
    "del x\ndel o.a, o[1], o[1:2]\ndel (a, b)\n",
    "x: int = 3\ny: int\no.a: int = 4\n",
    "if a:\n    b\nelif c:\n    d\nelse:\n    e\n",
    "while a:\n    if b: break\n    if c: continue\nelse:\n    d\n",
    "for i in range(3):\n    if i: continue\n    break\nelse:\n    pass\n",
    "for i, (j, k) in z:\n    for m in n:\n        break\n",
    "def f(a, b=1, *args, c, d=2, **kw):\n    return a + b\n",
    "def f(a, /, b, *, c):\n    'doc'\n    return a\n",
    "def outer():\n    x = 1\n    def inner():\n        nonlocal x\n        x += 1\n        return x\n    return inner\n",
    "def outer(x):\n    def inner():\n        return x\n    return inner\n",
    "def g():\n    global q\n    q = 1\n",
    "class A(B, metaclass=M):\n    'doc'\n    x = 1\n    def m(self):\n        return super().m()\n",
    "class A:\n    def m(self):\n        return __class__\n    @staticmethod\n    def s(): pass\n    @property\n    def p(self): return 1\n",
    "def f():\n    y = 1\n    class C:\n        z = y\n        def m(self): return y\n    return C\n",
    "@dec\n@dec2(1)\ndef f(): pass\n@cdec\nclass K: pass\n",
    "lambda: 0\nlambda x, y=2: x + y\nf = lambda *a, **k: (a, k)\n",
    "[x for x in y]\n{x for x in y if x}\n{k: v for k, v in d.items()}\n(x for x in y)\n",
    "[(x, y) for x in a for y in b if x if y]\n",
    "def f(a):\n    return [x + a for x in range(3)]\n",
    "def f():\n    [(y := x) for x in range(3)]\n    return y\n",
    "[(z := x) for x in range(3)]\nprint(z)\n",
    "a and b or c\nnot a\n-a\n+a\n~a\na if b else c\n",
    "a < b < c\na == b != c > d\na is b\na is not b\na in b\na not in b\n",
    "f(1, 2)\nf(a, k=1)\nf(*a)\nf(**k)\nf(1, *a, 2, *b, k=1, **m, j=2)\no.m(1)\no.m(1, k=2)\no.m(*a)\n",
    "x[1]\nx[1:2]\nx[::2]\nx[1:2, 3]\nx[a:b:c] = 1\n",
    "(1, 2, 3)\n[1, *a, 2]\n{1, *a}\n{**a, 'b': 1, **c}\n{'a': 1}\n()\n[]\n{}\n(*a,)\n",
    "f'a{b}c{d!r}e{f:>10}g{h:{w}.{p}}'\nf'{x=}'\nf'{x=:>5}'\nf'{x}'\n'a' 'b'\nb'x' b'y'\nf'a' 'b' f'{c}'\n",
    "x = 10**100\ny = -5\nz = 1.5\nw = -2.5\nv = 0xffffffffffffffffffff\nu = True\nt = None\ns = ...\n",
    "try:\n    a\nexcept E as e:\n    b\nexcept (F, G):\n    c\nexcept:\n    d\nelse:\n    e\nfinally:\n    f\n",
    "try:\n    a\nfinally:\n    b\n",
    "try:\n    a\nexcept E:\n    raise\n",
    "def f():\n    try:\n        return 1\n    finally:\n        print(2)\n",
    "def f():\n    for x in y:\n        try:\n            return x\n        except E as e:\n            return e\n        finally:\n            continue\n",
    "def f():\n    with a as b, c as (d, e):\n        return b\n",
    "with a:\n    pass\nwith a as b:\n    with c:\n        pass\n",
    "for x in y:\n    with a:\n        break\n    with b:\n        continue\n",
    "while x:\n    try:\n        break\n    finally:\n        f()\n",
    "def f():\n    try:\n        pass\n    except E as e:\n        try:\n            return e\n        finally:\n            g()\n",
    "def f():\n    try:\n        pass\n    finally:\n        try:\n            return 1\n        except E:\n            pass\n",
    "raise E\nraise E from F\nraise\n",
    "assert x\nassert x, 'msg'\n",
    "import a\nimport a.b.c\nimport a.b as c\nfrom a import b, c as d\nfrom m import *\nfrom __future__ import annotations\n",
    "def g():\n    yield 1\n    x = yield\n    yield from y\n    return 3\n",
    "global x\nx = 1\n",
    "def f():\n    def g():\n        def h():\n            return x\n        return h\n    x = 1\n    return g\n",
    "class A:\n    x = 1\n    y = [x for _ in range(3)]\n",
    "def f(x):\n    class A:\n        x = x\n    return A\n",
    "def f(a, b):\n    def g():\n        return a\n    return g\n",
    "if True:\n    pass\nelse:\n    pass\n",
    "x = (yield_ := 1)\n",
    "def f(*, a=1, b):\n    pass\n",
    "print(*[1], sep='')\n",
    "def f():\n    try:\n        pass\n    except:\n        pass\n    else:\n        return 2\n",
    "for a in b:\n    try:\n        pass\n    except E as e:\n        break\n",
    "x = [i for i in range(10) if i % 2 for j in range(i)]\n",
    "class A:\n    def f(self):\n        def g():\n            return super()\n        return g\n",
    "match x:\n    case 1 | -2 | 3.5 | 1+2j | 'a' | b'b' | None | True | o.a.b:\n        pass\n    case [a, *b, c] | (a, *b, c):\n        pass\n    case [1, *_, (2 | 3) as d]:\n        pass\n    case {'k': v, o.k: [w], **r} if v:\n        pass\n    case C(p, q=[*q]) | D(p, q=q):\n        pass\n    case _:\n        pass\n",
    "async def f(a, b):\n    x = await a\n    async with b as c, a:\n        async for i in c:\n            if i:\n                break\n            continue\n        else:\n            return [j async for j in b if await j]\n    return x\n",
    "async def g(a):\n    yield await a\n    async with a:\n        yield 1\n        return\n    y = (await k async for k in a)\n    return\n",
    "def f(x):\n    for i in x:\n        match i:\n            case [y, *_] if y:\n                break\n            case {'a': y}:\n                continue\n            case int(y):\n                return y\n    return None\n",
];

#[test]
fn snippets_compile_and_verify() {
    for s in SNIPPETS {
        ok(s);
    }
}

fn on_stack<T: Send + 'static>(mb: usize, f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(mb << 20)
        .spawn(f)
        .expect("spawn")
        .join()
        .expect("thread panicked")
}

fn deep_inputs(n: usize) -> Vec<(&'static str, String)> {
    let mut v = Vec::new();
    v.push((
        "parens",
        format!("x = {}1{}\n", "(".repeat(n), ")".repeat(n)),
    ));
    v.push((
        "brackets",
        format!("x = {}1{}\n", "[".repeat(n), "]".repeat(n)),
    ));
    v.push((
        "braces",
        format!("x = {}1{}\n", "{".repeat(n), "}".repeat(n)),
    ));
    v.push(("minus", format!("x = {}1\n", "-".repeat(n))));
    v.push(("not", format!("x = {}1\n", "not ".repeat(n))));
    v.push(("lambda", format!("x = {}1\n", "lambda: ".repeat(n))));
    v.push(("ifelse", format!("x = {}1\n", "x if y else ".repeat(n))));
    v.push(("pow", format!("x = {}1\n", "a**".repeat(n))));
    v.push(("await", format!("x = {}1\n", "await ".repeat(n))));
    v.push(("plus_chain", format!("x = 1{}\n", "+1".repeat(n))));
    v.push(("attr_chain", format!("x = a{}\n", ".b".repeat(n))));
    v.push(("call_chain", format!("x = f{}\n", "()".repeat(n))));
    v.push(("subscript_chain", format!("x = a{}\n", "[0]".repeat(n))));
    v.push(("fstring", {
        let mut s = String::from("x = ");
        for _ in 0..n {
            s.push_str("f'{");
        }
        s.push('1');
        for _ in 0..n {
            s.push_str("}'");
        }
        s.push('\n');
        s
    }));
    v.push((
        "fstring_dq",
        format!("x = {}1{}\n", "f\"{".repeat(n), "}\"".repeat(n)),
    ));
    v.push(("indent", {
        let mut s = String::new();
        for i in 0..n.min(20000) {
            s.push_str(&" ".repeat(i));
            s.push_str("if x:\n");
        }
        s.push_str(&" ".repeat(n.min(20000)));
        s.push_str("pass\n");
        s
    }));
    v.push((
        "mixed",
        format!("x = {}1{}\n", "-(".repeat(n), ")".repeat(n)),
    ));
    v.push(("neg_pow", format!("x = {}1\n", "-a**".repeat(n))));
    v.push((
        "lambda_and",
        format!("x = {}1\n", "lambda: a and ".repeat(n)),
    ));
    v.push(("star", format!("x = [{}a]\n", "*".repeat(n))));
    v.push((
        "yield",
        format!("def f():\n    x = {}1\n", "yield ".repeat(n)),
    ));
    v.push((
        "dict_lambda",
        format!("x = {}1{}\n", "{1: lambda: ".repeat(n), "}".repeat(n)),
    ));
    v
}

#[test]
fn deep_inputs_are_refused() {
    for n in [100_000usize, 1_000_000] {
        let errs = on_stack(256, move || {
            deep_inputs(n)
                .into_iter()
                .map(|(name, src)| (name, compile_module(&src, "deep.py").map(|_| ())))
                .collect::<Vec<_>>()
        });
        for (name, r) in errs {
            assert!(r.is_err(), "{name} at {n} should be refused");
        }
    }
}

/// Inputs just under every limit must compile (or fail cleanly) on a 32 MiB
/// stack in a debug build: parse + compile + drop.
#[test]
fn near_limit_inputs_fit_in_32mib() {
    let cases = on_stack(32, || {
        let mut out = Vec::new();
        for (name, src) in deep_inputs(190) {
            out.push((name, compile_module(&src, "deep.py").err().map(|e| e.msg)));
        }
        let chain = frontend::MAX_CHAIN as usize - 1;
        out.push((
            "not_max",
            compile_module(&format!("x = {}1\n", "not ".repeat(chain)), "d.py")
                .err()
                .map(|e| e.msg),
        ));
        out.push((
            "minus_max",
            compile_module(&format!("x = {}1\n", "-".repeat(chain)), "d.py")
                .err()
                .map(|e| e.msg),
        ));
        out.push((
            "lambda_max",
            compile_module(&format!("x = {}1\n", "lambda: ".repeat(chain)), "d.py")
                .err()
                .map(|e| e.msg),
        ));
        out.push((
            "ifelse_max",
            compile_module(
                &format!("x = {}1\n", "x if y else ".repeat(chain / 2)),
                "d.py",
            )
            .err()
            .map(|e| e.msg),
        ));
        out.push((
            "pow_max",
            compile_module(&format!("x = {}1\n", "a**".repeat(chain)), "d.py")
                .err()
                .map(|e| e.msg),
        ));
        out.push((
            "plus_max",
            compile_module(&format!("x = 1{}\n", "+1".repeat(1990)), "d.py")
                .err()
                .map(|e| e.msg),
        ));
        let brackets = "(-".repeat(199) + &"-".repeat(chain - 400) + "1" + &")".repeat(199);
        out.push((
            "brackets_and_chain",
            compile_module(&format!("x = {brackets}\n"), "d.py")
                .err()
                .map(|e| e.msg),
        ));
        out
    });
    for (name, e) in cases {
        if let Some(msg) = e {
            assert!(
                !msg.contains("internal compiler error"),
                "{name}: unexpected error {msg}"
            );
        }
    }
}

/// Manual probe: `PROBE=name:depth:mb cargo test probe -- --ignored`.
#[test]
#[ignore]
fn probe() {
    let Ok(spec) = std::env::var("PROBE") else {
        return;
    };
    let parts: Vec<&str> = spec.split(':').collect();
    let name = parts[0].to_string();
    let n: usize = parts[1].parse().unwrap();
    let mb: usize = parts[2].parse().unwrap();
    on_stack(mb, move || {
        for (k, src) in deep_inputs(n) {
            if k == name {
                let r = compile_module(&src, "p.py");
                let (lo, hi) = STACK_PROBE.with(|c| c.get());
                let (lo2, hi2) = STACK_PROBE2.with(|c| c.get());
                println!(
                    "{k}: {:?} codegen {} KiB symtable {} KiB",
                    r.err().map(|e| e.msg),
                    (hi.saturating_sub(lo)) >> 10,
                    (hi2.saturating_sub(lo2)) >> 10
                );
            }
        }
    });
}

fn err_of(src: &str) -> CompileError {
    match compile_module(src, "e.py") {
        Ok(c) => panic!("expected an error for {src:?}\n{}", disassemble(&c)),
        Err(e) => e,
    }
}

#[test]
fn error_messages() {
    let cases: &[(&str, &str)] = &[
        (
            "match x:\n    case y: pass\n    case 1: pass\n",
            "name capture 'y' makes remaining patterns unreachable",
        ),
        (
            "match x:\n    case [a, *b, *c]: pass\n",
            "multiple starred names in sequence pattern",
        ),
        (
            "match x:\n    case [a] | (b,): pass\n",
            "alternative patterns bind different names",
        ),
        (
            "match x:\n    case {'a': 1, \"a\": 2}: pass\n",
            "mapping pattern checks duplicate key ('a')",
        ),
        ("def f():\n    await x\n", "'await' outside async function"),
        ("await x\n", "'await' outside function"),
        (
            "async def f():\n    yield from x\n",
            "'yield from' inside async function",
        ),
        (
            "async def f():\n    yield 1\n    return 2\n",
            "'return' with value in async generator",
        ),
        (
            "def f():\n    async for x in y: pass\n",
            "'async for' outside async function",
        ),
        (
            "async with x: pass\n",
            "'async with' outside async function",
        ),
        (
            "def f():\n    return [x async for x in y]\n",
            "asynchronous comprehension outside of an asynchronous function",
        ),
        ("type X = int\n", "not supported"),
        ("def f[T](x): pass\n", "not supported"),
        ("x = t'a'\n", "not supported"),
        (
            "try:\n    pass\nexcept* E:\n    break\n",
            "'break', 'continue' and 'return' cannot appear in an except* block",
        ),
        (
            "def f():\n    try:\n        pass\n    except* E:\n        return 1\n",
            "'break', 'continue' and 'return' cannot appear in an except* block",
        ),
        (
            "try:\n    pass\nexcept* E:\n    pass\nexcept F:\n    pass\n",
            "cannot have both 'except' and 'except*' on the same 'try'",
        ),
        (
            "try:\n    pass\nexcept*:\n    pass\n",
            "expected one or more exception types",
        ),
        (
            "from __future__ import braces\n",
            "future feature braces is not defined",
        ),
        ("return 1\n", "'return' outside function"),
        ("class A:\n    return 1\n", "'return' outside function"),
        ("yield 1\n", "'yield' outside function"),
        ("break\n", "'break' outside loop"),
        ("continue\n", "'continue' not properly in loop"),
        ("def f():\n    break\n", "'break' outside loop"),
        (
            "nonlocal x\n",
            "nonlocal declaration not allowed at module level",
        ),
        (
            "def f():\n    nonlocal x\n",
            "no binding for nonlocal 'x' found",
        ),
        (
            "def f():\n    print(x)\n    global x\n",
            "name 'x' is used prior to global declaration",
        ),
        (
            "def f():\n    x = 1\n    global x\n",
            "name 'x' is assigned to before global declaration",
        ),
        (
            "def f(x):\n    global x\n",
            "name 'x' is parameter and global",
        ),
        (
            "def f(x, x): pass\n",
            "duplicate argument 'x' in function definition",
        ),
        ("f(a=1, a=2)\n", "keyword argument repeated: a"),
        ("[(yield x) for x in y]\n", "'yield' inside comprehension"),
        (
            "def f():\n    from m import *\n",
            "import * only allowed at module level",
        ),
        (
            "a, *b, *c = x\n",
            "multiple starred expressions in assignment",
        ),
        ("*a = x\n", "starred"),
        ("f() = 1\n", "assign"),
        ("print(*a for a in b)\n", ""),
        ("x = (\n", ""),
        ("if x\n    pass\n", "expected ':'"),
        ("  x = 1\n", "unexpected indent"),
        (
            "class A:\n    [(y := 1) for x in z]\n",
            "cannot be used in a class body",
        ),
        (
            "[(x := 1) for x in z]\n",
            "cannot rebind comprehension iteration variable 'x'",
        ),
        ("f(x for x in y, 1)\n", ""),
        ("%ls\n", ""),
        (
            "for x in y:\n    def f():\n        break\n",
            "'break' outside loop",
        ),
    ];
    for (src, want) in cases {
        let e = err_of(src);
        assert!(e.msg.contains(want), "{src:?}: got {:?}", e.msg);
        assert!(e.kind == "SyntaxError" || e.kind == "IndentationError");
        assert!(e.line >= 1 && e.col >= 1);
    }
    assert_eq!(err_of("  x = 1\n").kind, "IndentationError");
    let e = err_of("x = 1\ndef f():\n    return\nbreak\n");
    assert_eq!((e.line, e.col), (4, 1));
    let shown = e.to_string();
    assert!(shown.contains("File \"e.py\", line 4"), "{shown}");
    assert!(
        shown.ends_with("SyntaxError: 'break' outside loop"),
        "{shown}"
    );
    assert!(shown.contains("    break\n    ^\n"), "{shown}");
}

#[test]
fn disassembly_of_small_function() {
    let c = ok("def add(a, b=2):\n    return a + b\n");
    let text = disassemble(&c);
    assert!(
        text.contains("Disassembly of <code object add (add) at \"t.py\", line 1>:"),
        "{text}"
    );
    assert!(text.contains("LoadFast                 0 (a)"), "{text}");
    assert!(text.contains("BinaryOp                 0 (+)"), "{text}");
    assert!(
        text.contains("MakeFunction             1 (defaults)"),
        "{text}"
    );
    assert!(text.contains("ReturnValue"), "{text}");
}

fn find_code<'c>(c: &'c CodeUnit, name: &str) -> Option<&'c CodeUnit> {
    if &*c.name == name {
        return Some(c);
    }
    c.consts.iter().find_map(|k| match k {
        crate::bytecode::Const::Code(inner) => find_code(inner, name),
        _ => None,
    })
}

#[test]
fn scopes_and_cells() {
    let c = ok("def f(a, b):\n    def g():\n        return a + c\n    c = 1\n    return g\n");
    let f = find_code(&c, "f").unwrap();
    assert_eq!(
        &*f.varnames,
        &[Arc::from("a"), Arc::from("b"), Arc::from("g")][..]
    );
    assert_eq!(&*f.cellvars, &[Arc::from("a"), Arc::from("c")][..]);
    assert_eq!(f.cell2arg, vec![Some(0), None]);
    let g = find_code(&c, "g").unwrap();
    assert_eq!(&*g.freevars, &[Arc::from("a"), Arc::from("c")][..]);
    assert_eq!(&*g.qualname, "f.<locals>.g");
    let c = ok("class A:\n    def m(self):\n        return super().m()\n");
    let a = find_code(&c, "A").unwrap();
    assert_eq!(&*a.cellvars, &[Arc::from("__class__")][..]);
    let m = find_code(&c, "m").unwrap();
    assert_eq!(&*m.freevars, &[Arc::from("__class__")][..]);
    assert_eq!(&*m.qualname, "A.m");
    let c = ok("def g():\n    yield 1\nx = (i for i in y)\n");
    assert!(find_code(&c, "g").unwrap().generator);
    let ge = find_code(&c, "<genexpr>").unwrap();
    assert!(ge.generator);
    assert_eq!(&*ge.varnames[0], ".0");
}
