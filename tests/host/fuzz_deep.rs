//! A generator of deep and long programs (issue 16: no host crash from any
//! guest program). Each program builds one kind of nesting (containers,
//! chains of iterators, generators, exceptions, closures, class tuples,
//! deeply nested source) at one depth (10, 1000, 10^5, 10^6), then runs a
//! few operations on it (repr, str, ==, <, hash, `in`, iteration, sort,
//! format, print, freeze and send to a child, thaw, queues, del), some
//! caught and some not, in the main sandbox or in a child. Every program
//! goes through the fuzzing entry point: whatever it does, the interpreter
//! must not crash (a `Crashed` outcome is a failure) and the host process
//! must survive (a Rust stack overflow would abort this test binary).
//!
//! Deterministic: the operations are drawn from a fixed seed. Debug builds
//! stop at 2·10^4 deep (they are about ten times slower); the release run
//! takes well under a minute.

use std::time::{Duration, Instant};

use sandpy::Limits;
use sandpy::fuzzing::{FuzzOutcome, run_input_with};

struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// How a kind of nesting is built: the code that makes `x` and its twin
/// `y` (equal but not identical), `n` levels deep.
struct Kind {
    name: &'static str,
    build: &'static str,
    ops: &'static [&'static str],
}

/// Operations on containers (`x`, `y` twins).
const CONTAINER_OPS: &[&str] = &[
    "len(repr(x))",
    "len(str(x))",
    "x == y",
    "x != y",
    "x < y",
    "x in [y]",
    "[x, y].count(y)",
    "hash(x)",
    "sorted([x, y]) is not None",
    "len(format(x))",
    "len('%r' % (x,))",
    "len(f'{x!s}')",
    "print(x)",
    "{x: 1}",
    "len(sandbox.thaw(sandbox.freeze(x)))",
    "sandbox.freeze(x) == sandbox.freeze(y)",
    "sandbox.spawn(child, x).join()",
    "queue_round_trip(x)",
    "max([x, y]) is not None",
    "x.__eq__(y)",
];

/// Operations on a chain of iterators `x` (and a second chain `y`).
const ITER_OPS: &[&str] = &[
    "next(x)",
    "list(x)",
    "sum(1 for _ in x)",
    "max(x)",
    "sorted(x)",
    "''.join(map(str, x))",
    "set(x)",
    "tuple(x)",
    "any(x)",
    "all(x)",
    "[*x]",
    "dict(zip(x, y))",
    "list(zip(x, y))",
    "list(map(abs, x))",
    "list(enumerate(x))",
    "[v for v in x]",
];

/// Operations on a chain of exceptions `x`.
const EXC_OPS: &[&str] = &[
    "str(x)",
    "repr(x)",
    "raise_it(x)",
    "sandbox.spawn(raise_it, 1).join()",
];

/// Operations on nested tuples of classes `x`.
const CLASS_TUPLE_OPS: &[&str] = &[
    "isinstance(1, x)",
    "issubclass(int, x)",
    "isinstance('a', x)",
    "catch_with(x)",
    "hash(x)",
    "len(repr(x))",
    "x == y",
];

/// Operations on a callable `x` that calls the next one.
const CALL_OPS: &[&str] = &["x()", "repr(x)", "sandbox.spawn(x).join()"];

/// Operations on a class `x` at the end of a chain of subclasses.
const CLASS_OPS: &[&str] = &[
    "len(x.__mro__)",
    "x().__class__ is x",
    "issubclass(x, object)",
    "isinstance(x(), y)",
    "repr(x)",
];

const KINDS: &[Kind] = &[
    Kind {
        name: "list",
        build: "x = []; y = []\nfor _ in range(DEPTH): x = [x]; y = [y]",
        ops: CONTAINER_OPS,
    },
    Kind {
        name: "tuple",
        build: "x = (); y = ()\nfor _ in range(DEPTH): x = (x,); y = (y,)",
        ops: CONTAINER_OPS,
    },
    Kind {
        name: "dict",
        build: "x = {}; y = {}\nfor i in range(DEPTH): x = {i: x}; y = {i: y}",
        ops: CONTAINER_OPS,
    },
    Kind {
        name: "frozenset",
        build: "x = frozenset(); y = frozenset()\nfor _ in range(DEPTH): x = frozenset([x]); y = frozenset([y])",
        ops: CONTAINER_OPS,
    },
    Kind {
        name: "set_of_tuples",
        build: "x = (); y = ()\nfor _ in range(DEPTH): x = {(x,)}; y = {(y,)}; x = (frozenset(x),); y = (frozenset(y),)",
        ops: CONTAINER_OPS,
    },
    Kind {
        name: "slice",
        build: "x = 0; y = 0\nfor _ in range(DEPTH): x = slice(x); y = slice(y)",
        ops: CONTAINER_OPS,
    },
    Kind {
        name: "mixed",
        build: "x = None; y = None\nfor i in range(DEPTH):\n    x = [{'k': (x, i)}]\n    y = [{'k': (y, i)}]",
        ops: CONTAINER_OPS,
    },
    Kind {
        name: "instances",
        build: "class Node:\n    def __init__(s, n): s.n = n\n    def __repr__(s): return 'Node(%r)' % (s.n,)\n    def __eq__(s, o): return isinstance(o, Node) and s.n == o.n\n    def __lt__(s, o): return s.n < o.n\n    def __hash__(s): return hash(s.n)\nx = None; y = None\nfor _ in range(DEPTH): x = Node(x); y = Node(y)",
        ops: CONTAINER_OPS,
    },
    Kind {
        name: "map",
        build: "x = iter(range(3)); y = iter(range(3))\nfor _ in range(DEPTH): x = map(abs, x); y = map(abs, y)",
        ops: ITER_OPS,
    },
    Kind {
        name: "zip",
        build: "x = iter(range(3)); y = iter(range(3))\nfor _ in range(DEPTH): x = zip(x); y = zip(y)",
        ops: ITER_OPS,
    },
    Kind {
        name: "filter",
        build: "x = iter(range(1, 3)); y = iter(range(1, 3))\nfor _ in range(DEPTH): x = filter(None, x); y = filter(None, y)",
        ops: ITER_OPS,
    },
    Kind {
        name: "enumerate",
        build: "x = iter(range(3)); y = iter(range(3))\nfor _ in range(DEPTH): x = enumerate(x); y = enumerate(y)",
        ops: ITER_OPS,
    },
    Kind {
        name: "genexpr",
        build: "x = iter(range(3)); y = iter(range(3))\nfor _ in range(DEPTH): x = (v for v in x); y = (v for v in y)",
        ops: ITER_OPS,
    },
    Kind {
        name: "yield_from",
        build: "def g(i):\n    yield from i\nx = iter(range(3)); y = iter(range(3))\nfor _ in range(DEPTH): x = g(x); y = g(y)",
        ops: ITER_OPS,
    },
    Kind {
        name: "iter_callable",
        build: "x = iter(range(1, 3)); y = iter(range(1, 3))\nfor _ in range(DEPTH): x = iter(x.__next__, 0); y = iter(y.__next__, 0)",
        ops: ITER_OPS,
    },
    Kind {
        name: "exc_context",
        build: "x = None\nfor i in range(DEPTH):\n    e = ValueError(i); e.__context__ = x; x = e\ny = x",
        ops: EXC_OPS,
    },
    Kind {
        name: "exc_cause",
        build: "x = None\nfor i in range(DEPTH):\n    e = KeyError(i); e.__cause__ = x; x = e\ny = x",
        ops: EXC_OPS,
    },
    Kind {
        name: "class_tuple",
        build: "x = int; y = str\nfor _ in range(DEPTH): x = (x,); y = (y,)",
        ops: CLASS_TUPLE_OPS,
    },
    Kind {
        name: "closures",
        build: "x = lambda: 1\nfor _ in range(DEPTH): x = (lambda g: lambda: g())(x)\ny = x",
        ops: CALL_OPS,
    },
    Kind {
        name: "subclasses",
        // Each class copies its base's MRO: keep the chain to a few
        // thousand (quadratic in the depth, as in CPython).
        build: "x = object\nfor _ in range(min(DEPTH, 3000)): x = type('C', (x,), {})\ny = x",
        ops: CLASS_OPS,
    },
];

/// Helpers every program has (a child's function, queue round trips,
/// raising, matching an exception against a nested tuple).
const PRELUDE: &str = "import sandbox
def child(v):
    out = []
    for f in (repr, hash, len, lambda v: v == v, lambda v: sandbox.thaw(v) is not None):
        try:
            out.append(str(f(v))[:20])
        except (RecursionError, TypeError) as e:
            out.append(type(e).__name__)
    return out
def queue_round_trip(v):
    q = sandbox.Queue()
    q.put(v)
    return q.get() is not None
def raise_it(v):
    raise (v if isinstance(v, BaseException) else ValueError(v))
def catch_with(t):
    try:
        raise ValueError
    except t:
        return 'caught'
";

/// Deeply nested source: the compiler refuses it (SyntaxError) or runs it,
/// on the thread that compiles, whatever its stack.
fn source_program(rng: &mut XorShift, n: usize) -> String {
    let n = n.min(200_000);
    let shapes: [(&str, &str, &str); 10] = [
        ("x = ", "(", ")"),
        ("x = ", "[", "]"),
        ("x = ", "-", ""),
        ("x = ", "not ", ""),
        ("x = ", "lambda: ", ""),
        ("x = ", "{1: ", "}"),
        ("x = ", "1 if 1 else ", ""),
        ("x = ", "f(", ")"),
        ("x = ", "await ", ""),
        ("x = ", "*", ""),
    ];
    let (head, open, close) = shapes[rng.below(shapes.len())];
    let mut s = String::from(head);
    s.push_str(&open.repeat(n));
    s.push('1');
    s.push_str(&close.repeat(n));
    if rng.below(2) == 0 {
        s.push('\n');
        s.push_str(&"+1".repeat(n));
    }
    s.push_str("\nprint(x)\n");
    s
}

fn program(rng: &mut XorShift, kind: &Kind, n: usize) -> String {
    let mut body = kind.build.replace("DEPTH", &n.to_string());
    body.push('\n');
    let count = 1 + rng.below(4);
    for i in 0..count {
        let op = kind.ops[rng.below(kind.ops.len())];
        // The last operation is left uncaught now and then: the program
        // then ends with its exception (and its traceback is printed).
        if i + 1 == count && rng.below(4) == 0 {
            body.push_str(&format!("print({op})\n"));
        } else {
            body.push_str(&format!(
                "try:\n    print(str({op})[:40])\nexcept (RecursionError, TypeError, ValueError, KeyError, StopIteration, sandbox.SandboxError) as e:\n    print(type(e).__name__, str(e)[:60])\n"
            ));
        }
    }
    if rng.below(3) == 0 {
        body.push_str("del x, y\n");
    }
    let mut src = String::from(PRELUDE);
    if rng.below(3) == 0 {
        // The same program as a child sandbox's function.
        src.push_str("def main():\n");
        for line in body.lines() {
            src.push_str("    ");
            src.push_str(line);
            src.push('\n');
        }
        src.push_str("    return 'child done'\nprint(sandbox.spawn(main).join())\n");
    } else {
        src.push_str(&body);
    }
    // What was frozen goes back to the shared heap's collector.
    src.push_str("sandbox.collect()\n");
    src
}

fn limits() -> Limits {
    Limits::none()
        .instructions(60_000_000)
        .wall_time(Duration::from_secs(20))
        .memory(512 << 20)
        .output(256 * 1024)
}

#[test]
fn deep_and_long_programs_never_crash_the_interpreter() {
    let depths: &[usize] = if cfg!(debug_assertions) {
        &[10, 1000, 20_000]
    } else {
        &[10, 1000, 100_000, 1_000_000]
    };
    let mut rng = XorShift(0x5eed_de1e_7e55_0016);
    let started = Instant::now();
    let mut ran = 0;
    let mut tally = [0usize; 5];
    for &n in depths {
        // The deepest are the costly cases: fewer programs per kind there.
        let per_kind = match n {
            1_000_000.. => 1,
            100_000.. => 2,
            _ => 3,
        };
        for kind in KINDS {
            for _ in 0..per_kind {
                let src = program(&mut rng, kind, n);
                let got = run_input_with(src.as_bytes(), limits());
                if let FuzzOutcome::Crashed(m) = &got {
                    panic!(
                        "{} at depth {n} crashed: {m}\n--- program ---\n{src}",
                        kind.name
                    );
                }
                tally[outcome_index(&got)] += 1;
                ran += 1;
            }
        }
        for _ in 0..4 {
            let src = source_program(&mut rng, n);
            let got = run_input_with(src.as_bytes(), limits());
            assert!(
                !matches!(got, FuzzOutcome::Crashed(_)),
                "nested source at depth {n} crashed: {got:?}"
            );
            tally[outcome_index(&got)] += 1;
            ran += 1;
        }
    }
    eprintln!(
        "{ran} deep programs in {:.1?}: not a program {}, finished {}, raised {}, limited {}",
        started.elapsed(),
        tally[0],
        tally[1],
        tally[2],
        tally[3]
    );
    assert!(ran >= 120, "only {ran} programs ran");
    // The generator reaches every ending but a crash.
    assert!(tally[1] > 0 && tally[2] > 0, "{tally:?}");
}

fn outcome_index(o: &FuzzOutcome) -> usize {
    match o {
        FuzzOutcome::NotAProgram => 0,
        FuzzOutcome::Finished => 1,
        FuzzOutcome::Raised => 2,
        FuzzOutcome::Limited => 3,
        FuzzOutcome::Crashed(_) => 4,
    }
}
