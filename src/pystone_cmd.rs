//! `sandpy pystone [LOOPS] [--threads N]`: the bundled Pystone in N
//! sandboxes at once. The program is compiled once; every sandbox runs the
//! same shared code unit (immutable, `Send + Sync`) with its own module
//! globals, since Pystone writes its globals.
//!
//! An rc-plain build cannot start sandboxes (it has no immortal objects to
//! share), so there this command refuses with an error that points at
//! `sandpy run pystone/pystone.py`, which measures one thread in any build.

use std::time::Instant;

use crate::runtime::{Data, Runtime};

/// The bundled Pystone source.
pub const PYSTONE: &str = include_str!("../pystone/pystone.py");

/// One sandbox's figure.
#[derive(Debug, Clone, PartialEq)]
pub struct SandboxFigure {
    pub seconds: f64,
    pub pystones: f64,
}

/// What a threaded run measured.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub loops: u64,
    pub per_sandbox: Vec<SandboxFigure>,
    /// Sum of the sandboxes' own figures.
    pub aggregate: f64,
    /// `loops * threads` over the wall time of the whole run.
    pub wall_aggregate: f64,
    pub wall_seconds: f64,
}

/// Run Pystone `loops` times in each of `threads` sandboxes at once.
pub fn run(loops: u64, threads: usize) -> Result<Report, String> {
    if threads == 0 {
        return Err("--threads must be at least 1".into());
    }
    if cfg!(feature = "rc-plain") {
        return Err(format!(
            "this rc-plain build counts references without immortality, so it cannot \
             run Pystone in sandboxes (nothing can be shared between threads); run \
             `sandpy run pystone/pystone.py {loops}` for the one-thread figure, or build \
             with rc-magic (the default) or rc-atomic"
        ));
    }
    let code = crate::compile(PYSTONE, "pystone.py").map_err(|e| e.to_string())?;
    let rt = Runtime::new();
    let n = rt
        .freeze(&Data::Int(loops as i64))
        .map_err(|e| e.to_string())?;
    let start = Instant::now();
    let mut handles = Vec::with_capacity(threads);
    for _ in 0..threads {
        let h = rt
            .sandbox()
            .builtins()
            .module("time")
            .module("sys")
            .spawn_code(&code, Some(("pystones", vec![n.clone()])))
            .map_err(|e| e.to_string())?;
        handles.push(h);
    }
    let mut per_sandbox = Vec::with_capacity(threads);
    for h in handles {
        let r = h.join().map_err(|f| f.to_string())?;
        let d = r.to_data().map_err(|e| e.to_string())?;
        let (t, s) = match d {
            Data::Tuple(v) | Data::List(v) if v.len() == 2 => (v[0].as_f64(), v[1].as_f64()),
            other => return Err(format!("pystones() returned {other:?}")),
        };
        per_sandbox.push(SandboxFigure {
            seconds: t.unwrap_or(0.0),
            pystones: s.unwrap_or(0.0),
        });
    }
    let wall = start.elapsed().as_secs_f64();
    let aggregate = per_sandbox.iter().map(|f| f.pystones).sum();
    Ok(Report {
        loops,
        aggregate,
        wall_aggregate: (loops as f64 * threads as f64) / wall.max(1e-9),
        wall_seconds: wall,
        per_sandbox,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    #[cfg(feature = "rc-plain")]
    fn refused_under_rc_plain() {
        let e = super::run(10, 1).unwrap_err();
        assert!(e.contains("rc-plain") && e.contains("sandpy run pystone/pystone.py 10"));
    }

    #[test]
    #[cfg(not(feature = "rc-plain"))]
    fn two_sandboxes_report_two_figures() {
        let r = super::run(100, 2).unwrap();
        assert_eq!(r.per_sandbox.len(), 2);
        assert!(r.aggregate > 0.0 && r.wall_aggregate > 0.0);
    }
}
