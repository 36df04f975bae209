//! Replays the fuzz seed corpus (`fuzz/corpus/run/`) through the same entry
//! point as the cargo-fuzz target (`sandpy::fuzzing::run_input`), on stable:
//! no input may crash the interpreter or panic the host, and each seed ends
//! the way it is meant to (its expected outcome is part of its name's
//! table below, so a seed that stops exercising its case is noticed).

use sandpy::fuzzing::{FuzzOutcome, run_input};

fn expected(name: &str) -> Option<FuzzOutcome> {
    Some(match name {
        "arith.py" | "formatting.py" | "cycles.py" | "iters.py" | "spawn_queue.py"
        | "deep_child.py" | "except_star.py" | "async_tasks.py" => FuzzOutcome::Finished,
        "recursion.py" | "loop.py" | "bomb_list.py" | "bomb_doubling.py" | "repr_recursion.py" => {
            FuzzOutcome::Limited
        }
        "sys_tricks.py" | "int_digits.py" => FuzzOutcome::Raised,
        // Deep structures end in RecursionError (never a stack overflow).
        "deep_iter_chain.py" | "deep_repr.py" => FuzzOutcome::Raised,
        "syntax_error.py" | "not_utf8.py" | "nesting.py" => FuzzOutcome::NotAProgram,
        _ => return None,
    })
}

#[test]
fn the_seed_corpus_never_crashes_the_interpreter() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus/run");
    let mut seen = 0;
    let mut wrong = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .expect("the seed corpus exists")
        .map(|e| e.expect("a corpus entry").path())
        .collect();
    entries.sort();
    for path in entries {
        let data = std::fs::read(&path).expect("a seed reads");
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let got = run_input(&data);
        assert!(
            !matches!(got, FuzzOutcome::Crashed(_)),
            "{name}: the interpreter crashed: {got:?}"
        );
        if let Some(want) = expected(&name)
            && want != got
        {
            wrong.push(format!("{name}: expected {want:?}, got {got:?}"));
        }
        seen += 1;
    }
    assert!(seen >= 16, "the corpus has {seen} seeds");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// A small deterministic mutator, so the stable test also explores inputs
/// near the seeds (cargo-fuzz does this far more thoroughly on nightly).
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

const TOKENS: [&[u8]; 16] = [
    b"(",
    b")",
    b"[",
    b"]",
    b"**",
    b"\n    ",
    b"lambda: ",
    b"yield ",
    b"*",
    b"10**100",
    b"'\\x00'",
    b"while 1:",
    b"def f(*a, **k):",
    b"\"\"\"",
    b"\xe2\x82\xac",
    b"import sandbox\n",
];

fn mutate(rng: &mut XorShift, seed: &[u8]) -> Vec<u8> {
    let mut v = seed.to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(v.len() + 1);
        match rng.below(4) {
            0 if !v.is_empty() => {
                let i = at.min(v.len() - 1);
                v[i] ^= 1 << rng.below(8);
            }
            1 if !v.is_empty() => {
                let end = (at + 1 + rng.below(8)).min(v.len());
                v.drain(at.min(end)..end);
            }
            2 => {
                let t = TOKENS[rng.below(TOKENS.len())];
                v.splice(at..at, t.iter().copied());
            }
            _ => {
                let end = (at + rng.below(16)).min(v.len());
                let piece: Vec<u8> = v[at.min(end)..end].to_vec();
                v.splice(at..at, piece);
            }
        }
    }
    v
}

#[test]
fn mutations_of_the_seeds_never_crash_the_interpreter() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus/run");
    let mut seeds: Vec<Vec<u8>> = std::fs::read_dir(&dir)
        .expect("the seed corpus exists")
        .map(|e| std::fs::read(e.expect("a corpus entry").path()).expect("a seed reads"))
        .collect();
    seeds.sort();
    let mut rng = XorShift(0x5eed_5a9d_b0c5_1234);
    for round in 0..400 {
        let seed = &seeds[round % seeds.len()];
        let input = mutate(&mut rng, seed);
        let got = run_input(&input);
        assert!(
            !matches!(got, FuzzOutcome::Crashed(_)),
            "mutation {round} crashed the interpreter: {got:?}\ninput: {:?}",
            String::from_utf8_lossy(&input)
        );
    }
}
