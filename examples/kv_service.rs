//! A host that exposes a key-value store to eight sandboxes as the module
//! `kv` (a host service: its calls run one at a time in one thread the
//! runtime owns, so the store needs no lock and no update is lost).
//!
//! Each sandbox adds the words of its share of a text to the shared store,
//! one call per word (`kv.add(word)`), then records that it finished. The
//! host checks the totals against its own count and prints them.
//!
//! ```text
//! cargo run --release --example kv_service
//! ```

use std::collections::HashMap;

use sandpy::{Caller, Service, ServiceError};
use sandpy::{Data, Runtime};

/// The one line a host adds for memory caps: the counting allocator, which
/// the library leaves to its host to install.
#[global_allocator]
static COUNTING: sandpy::CountingAlloc = sandpy::CountingAlloc;

const SANDBOXES: usize = 8;

/// The store: str keys, plain-data values.
#[derive(Default)]
struct Store {
    map: HashMap<String, Data>,
    calls: u64,
}

impl Service for Store {
    fn call(
        &mut self,
        caller: &Caller,
        method: &str,
        args: Vec<Data>,
    ) -> Result<Data, ServiceError> {
        self.calls += 1;
        let key = |i: usize| match args.get(i) {
            Some(Data::Str(s)) => Ok(s.clone()),
            _ => Err(ServiceError::bad_args(format!(
                "kv.{method}() takes a str key as argument {}",
                i + 1
            ))),
        };
        match method {
            // kv.get(key, default=None)
            "get" => {
                let k = key(0)?;
                Ok(self
                    .map
                    .get(&k)
                    .cloned()
                    .unwrap_or_else(|| args.get(1).cloned().unwrap_or(Data::None)))
            }
            // kv.set(key, value)
            "set" => {
                let v = args
                    .get(1)
                    .cloned()
                    .ok_or_else(|| ServiceError::bad_args("kv.set() takes a key and a value"))?;
                self.map.insert(key(0)?, v);
                Ok(Data::None)
            }
            // kv.add(key, n=1): the new total
            "add" => {
                let k = key(0)?;
                let n = match args.get(1) {
                    None => 1,
                    Some(d) => d
                        .as_int()
                        .ok_or_else(|| ServiceError::bad_args("kv.add() takes an int amount"))?,
                };
                let old = match self.map.get(&k) {
                    None => 0,
                    Some(d) => d.as_int().ok_or_else(|| {
                        ServiceError::new("TypeError", format!("kv value for {k:?} is not an int"))
                    })?,
                };
                let total = old
                    .checked_add(n)
                    .ok_or_else(|| ServiceError::new("OverflowError", "kv total overflows"))?;
                self.map.insert(k, Data::Int(total));
                Ok(Data::Int(total))
            }
            // kv.keys(): sorted
            "keys" => {
                let mut ks: Vec<&String> = self.map.keys().collect();
                ks.sort();
                Ok(Data::List(
                    ks.into_iter().map(|k| Data::from(k.as_str())).collect(),
                ))
            }
            // kv.whoami(): the calling sandbox's id
            "whoami" => Ok(Data::Int(caller.id() as i64)),
            _ => Err(ServiceError::no_method("kv", method)),
        }
    }
}

/// One service call per word: the store sees every update, from eight
/// sandboxes at once, and loses none.
const WORKER: &str = r#"
import kv

seen = set()
for w in text.split():
    kv.add("word:" + w)
    seen.add(w)
kv.add("finished")
result = (kv.whoami(), len(seen))
"#;

fn main() {
    let words = [
        "sandbox", "frozen", "proxy", "queue", "owner", "thread", "python", "rust",
    ];
    // A deterministic text: word i%8, with a skew so the totals differ.
    let text: Vec<&str> = (0..80_000usize)
        .map(|i| words[(i * i + i / 3) % words.len()])
        .collect();
    let rt = Runtime::new();
    rt.serve("kv", Store::default()).expect("serve kv");

    let chunk = text.len().div_ceil(SANDBOXES);
    let t = std::time::Instant::now();
    let handles: Vec<_> = text
        .chunks(chunk)
        .map(|part| {
            rt.sandbox()
                .builtins()
                .module("kv")
                .global("text", Data::from(part.join(" ")))
                .spawn_source(WORKER)
                .expect("spawn")
        })
        .collect();
    for h in handles {
        match h.join() {
            Ok(r) => println!(
                "sandbox result (id, distinct words): {:?}",
                r.to_data().unwrap()
            ),
            Err(f) => panic!("a worker failed: {f}"),
        }
    }
    let elapsed = t.elapsed();

    // Read the totals back through a sandbox, as any guest would.
    let totals = rt
        .sandbox()
        .builtins()
        .module("kv")
        .spawn_source("import kv\nresult = [(k, kv.get(k)) for k in kv.keys()]")
        .expect("spawn")
        .join()
        .expect("read totals")
        .to_data()
        .expect("plain data");
    let mut expected: HashMap<&str, i64> = HashMap::new();
    for w in &text {
        *expected.entry(w).or_default() += 1;
    }
    let Data::List(rows) = totals else {
        panic!("totals are a list")
    };
    let mut checked = 0;
    for row in &rows {
        let Data::Tuple(kv) = row else { continue };
        let (Some(Data::Str(k)), Some(v)) = (kv.first(), kv.get(1)) else {
            continue;
        };
        if let Some(w) = k.strip_prefix("word:") {
            assert_eq!(v.as_int(), expected.get(w).copied(), "total of {w}");
            println!("{w:>8}: {}", v.as_int().unwrap_or(0));
            checked += 1;
        } else if k == "finished" {
            assert_eq!(v.as_int(), Some(SANDBOXES as i64));
        }
    }
    assert_eq!(checked, expected.len());
    println!(
        "{} sandboxes made {} calls to one store in {:.1} ms ({:.2} µs a call); every total matches",
        SANDBOXES,
        text.len() + SANDBOXES * 2,
        elapsed.as_secs_f64() * 1e3,
        elapsed.as_secs_f64() * 1e6 / (text.len() + SANDBOXES * 2) as f64
    );
}
