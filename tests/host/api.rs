//! Tests of sandpy's library API: compiling, running with captured output,
//! exit statuses, and hostile inputs that must end in a Python error, never a
//! crash of the host.

use sandpy::runner::{EXIT_CRASH, run_captured};

#[test]
fn runs_and_captures_output() {
    let r = run_captured("print('hello', 1 + 2)\nprint([x * x for x in range(4)])");
    assert_eq!(r.status, 0, "{}", r.stderr);
    assert_eq!(r.stdout, "hello 3\n[0, 1, 4, 9]\n");
    assert_eq!(r.stderr, "");
}

#[test]
fn uncaught_exception_gives_traceback_and_status_1() {
    let r = run_captured("def f():\n    return 1 / 0\nf()\n");
    assert_eq!(r.status, 1);
    assert!(
        r.stderr.starts_with("Traceback (most recent call last):\n"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("line 2, in f"), "{}", r.stderr);
    assert!(
        r.stderr.ends_with("ZeroDivisionError: division by zero\n"),
        "{}",
        r.stderr
    );
}

#[test]
fn sys_exit_sets_the_status() {
    assert_eq!(run_captured("import sys\nsys.exit(3)").status, 3);
    assert_eq!(run_captured("import sys\nsys.exit()").status, 0);
    let r = run_captured("import sys\nsys.exit('bye')");
    assert_eq!(r.status, 1);
    assert_eq!(r.stderr, "bye\n");
}

#[test]
fn syntax_errors_are_reported_not_raised() {
    let r = run_captured("def f(:\n    pass\n");
    assert_eq!(r.status, 1);
    assert!(r.stderr.contains("SyntaxError"), "{}", r.stderr);
    let e = sandpy::compile("x = 1\ny = = 2\n", "t.py").unwrap_err();
    assert_eq!(e.kind, "SyntaxError");
    assert_eq!(e.line, 2);
}

#[test]
fn compiled_code_is_shareable_and_disassembles() {
    fn assert_send_sync<T: Send + Sync>(_: &T) {}
    let code = sandpy::compile("def f(a):\n    return a + 1\n", "t.py").unwrap();
    assert_send_sync(&code);
    let text = code.disassemble();
    assert!(text.contains("BinaryOp"), "{text}");
    assert!(text.contains("ReturnValue"), "{text}");
}

#[test]
fn a_sandbox_starts_with_nothing_but_what_the_runner_grants() {
    // The runner grants the full builtins; the VM itself is built explicitly.
    let r = run_captured("print(len('abc'))");
    assert_eq!(r.stdout, "3\n");
}

/// Programs that attack the interpreter's own limits. Each must end in a
/// Python-level error or a clean result: never a crash (status 70), never a
/// hang, never a Rust stack overflow.
#[test]
fn hostile_inputs_never_crash_the_host() {
    let deep_parens = format!("x = {}1{}", "(".repeat(100_000), ")".repeat(100_000));
    let deep_unary = format!("x = {}1", "-".repeat(1_000_000));
    let long_chain = format!("x = 1{}", " + 1".repeat(200_000));
    let deep_lambda = format!("f = {}1", "lambda: ".repeat(50_000));
    let cases: Vec<String> = vec![
        deep_parens,
        deep_unary,
        long_chain,
        deep_lambda,
        "def f(): return f()\nf()".into(),
        "import sys\nsys.setrecursionlimit(10**6)\ndef f(): return f()\nf()".into(),
        "class A:\n    def __repr__(self): return repr(self)\nrepr(A())".into(),
        "class A:\n    def __eq__(self, o): return self == o\nA() == A()".into(),
        "x = []\nfor i in range(300000): x = [x]\nstr(x)".into(),
        "x = []\nfor i in range(300000): x = [x]\ny = []\nfor i in range(300000): y = [y]\nx == y".into(),
        "t = ()\nfor i in range(300000): t = (t,)\nhash(t)".into(),
        "def g(): yield from g()\nnext(g())".into(),
        "x = 10 ** 10 ** 10".into(),
        "x = 'x' * 10 ** 12".into(),
        "x = [0] * 10 ** 12".into(),
        "x = 1 << 10 ** 12".into(),
        "l = [3, 1, 2]\nl.sort(key=lambda v: l.append(v) or v)".into(),
        "d = {}\nclass K:\n    def __hash__(self): return 1\n    def __eq__(self, o):\n        d.clear()\n        return False\nd[K()] = 1\nd[K()] = 2".into(),
        "d = {1: 2}\nfor k in d: d[k + 1] = 0".into(),
        "raise 5".into(),
        "def f(*, a): pass\nf(1)".into(),
        "import nonexistent_module_xyz".into(),
        "\x00\x01\u{fffd}".into(),
        "if True:\n\tx = 1\n        y = 2".into(),
        "f'{'".into(),
        "print(*range(3), sep=None, end=None)".into(),
        "x = {}\nx[x] = 1".into(),
        "int('9' * 100000)".into(),
    ];
    for src in &cases {
        let r = run_captured(src);
        assert_ne!(
            r.status,
            EXIT_CRASH,
            "crashed on {:?}: {}",
            &src[..src.len().min(60)],
            r.stderr
        );
    }
}
