//! Draw the refcount scaling plot (docs/refcount_scaling.svg) from the CSV
//! that `pystone/refcount --csv FILE` writes: aggregate pystones/second
//! against the number of sandboxes (threads for CPython), one line per
//! series, each point the median of its runs, with rc-plain's one-thread
//! median as a lone point (that build cannot share, so has no sandboxes).
//!
//! ```sh
//! pystone/refcount --csv refcount.csv
//! cargo run --example refcount_plot -- refcount.csv docs/refcount_scaling.svg
//! ```

use std::collections::BTreeMap;
use std::process::ExitCode;

use plotters::prelude::*;

/// (series, threads) -> every run's pystones/second.
type Runs = BTreeMap<(String, u32), Vec<f64>>;

/// The CSV's rows: `section,series,threads,run,pystones_per_second`.
fn read_runs(path: &str) -> Result<(Runs, Runs), String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let (mut one_thread, mut sandboxes) = (Runs::new(), Runs::new());
    for (i, line) in text.lines().enumerate().skip(1) {
        let fields: Vec<&str> = line.split(',').map(str::trim).collect();
        let bad = || format!("{path}:{}: expected section,series,threads,run,rate", i + 1);
        let [section, series, threads, _run, rate] = fields[..] else {
            return Err(bad());
        };
        let threads: u32 = threads.parse().map_err(|_| bad())?;
        let rate: f64 = rate.parse().map_err(|_| bad())?;
        let table = match section {
            "one_thread" => &mut one_thread,
            "sandboxes" => &mut sandboxes,
            // The code-layout comparison (pystone/refcount --layouts) is
            // a table, not part of the plot.
            s if s.starts_with("layout_") => continue,
            _ => return Err(bad()),
        };
        table
            .entry((series.to_string(), threads))
            .or_default()
            .push(rate);
    }
    Ok((one_thread, sandboxes))
}

fn median(v: &[f64]) -> f64 {
    let mut v = v.to_vec();
    v.sort_by(f64::total_cmp);
    let m = v.len() / 2;
    if v.len() % 2 == 1 {
        v[m]
    } else {
        (v[m - 1] + v[m]) / 2.0
    }
}

/// The points of one series, by thread count.
fn series(runs: &Runs, name: &str) -> Vec<(f64, f64)> {
    runs.iter()
        .filter(|((s, _), _)| s == name)
        .map(|((_, n), r)| (f64::from(*n), median(r)))
        .collect()
}

fn draw(csv: &str, svg: &str) -> Result<(), Box<dyn std::error::Error>> {
    let (one_thread, sandboxes) = read_runs(csv)?;
    if sandboxes.is_empty() {
        return Err(
            format!("{csv} has no sandbox rows (run pystone/refcount with --threads)").into(),
        );
    }
    let lines = [
        (
            "rc-magic",
            "sandpy rc-magic, N sandboxes",
            RGBColor(0x1f, 0x77, 0xb4),
        ),
        (
            "rc-atomic",
            "sandpy rc-atomic, N sandboxes",
            RGBColor(0xd6, 0x27, 0x28),
        ),
        ("CPython", "CPython, N threads", RGBColor(0x55, 0x55, 0x55)),
    ];
    let plain = series(&one_thread, "rc-plain");
    let max_n = sandboxes.keys().map(|(_, n)| *n).max().unwrap_or(1);
    let top = sandboxes
        .values()
        .chain(one_thread.values())
        .map(|r| median(r))
        .fold(0.0, f64::max);

    let root = SVGBackend::new(svg, (760, 480)).into_drawing_area();
    root.fill(&WHITE)?;
    let mut chart = ChartBuilder::on(&root)
        .caption(
            "Pystone, aggregate over N sandboxes (threads for CPython)",
            ("sans-serif", 20),
        )
        .margin(16)
        .x_label_area_size(44)
        .y_label_area_size(72)
        .build_cartesian_2d(0.75f64..f64::from(max_n) + 0.25, 0f64..top * 1.15)?;
    chart
        .configure_mesh()
        .x_labels(max_n as usize)
        .x_label_formatter(&|x| format!("{x:.0}"))
        .y_label_formatter(&|y| format!("{:.0}k", y / 1000.0))
        .x_desc("sandboxes (threads)")
        .y_desc("pystones/second")
        .disable_x_mesh()
        .max_light_lines(1)
        .draw()?;
    for (name, label, colour) in lines {
        let points = series(&sandboxes, name);
        chart
            .draw_series(LineSeries::new(points.clone(), colour.stroke_width(2)))?
            .label(label)
            .legend(move |(x, y)| PathElement::new([(x, y), (x + 20, y)], colour.stroke_width(2)));
        chart.draw_series(
            points
                .into_iter()
                .map(|p| Circle::new(p, 4, colour.filled())),
        )?;
    }
    let green = RGBColor(0x2c, 0xa0, 0x2c);
    chart
        .draw_series(
            plain
                .into_iter()
                .map(|p| TriangleMarker::new(p, 7, green.filled())),
        )?
        .label("sandpy rc-plain, one thread (cannot share)")
        .legend(move |(x, y)| TriangleMarker::new((x + 10, y), 6, green.filled()));
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::LowerRight)
        .background_style(WHITE.mix(0.9))
        .border_style(BLACK.mix(0.4))
        .draw()?;
    root.present()?;
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [csv, svg] = &args[..] else {
        eprintln!("usage: refcount_plot RUNS.csv OUT.svg   (RUNS.csv from pystone/refcount --csv)");
        return ExitCode::from(2);
    };
    match draw(csv, svg) {
        Ok(()) => {
            println!("wrote {svg}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("refcount_plot: {e}");
            ExitCode::FAILURE
        }
    }
}
