//! Native CPU time per call of `advise` and `plan` (1×1, 10×100, 50×1,000) — the inputs of
//! benches/core.rs — for comparing with the Wasm through the boundary on a loaded machine, where
//! wall time measures the scheduler as much as the code: `node scripts/bench/ab.mjs` reports the
//! Wasm's CPU time the same way (docs/performance.md, "Calls").
//!
//! `cargo run --release -p vpce-advisor-core --example cpu_calls [NAME…]` → one JSON object on
//! stdout: per call (all four, or those named), the median over 25 batches of the thread's CPU
//! time (Linux `/proc/thread-self/schedstat`, nanoseconds) and of wall time. Where the kernel
//! updates schedstat only at the scheduler tick (every 4 ms on the bench machine), a batch's CPU
//! time is a multiple of the tick: trust the CPU figure only for batches far longer than it.

use std::hint::black_box;
use std::time::Instant;
use vpce_advisor_core::input::Loose;
use vpce_advisor_core::{advice, catalog, plan};

#[path = "../benches/inputs/mod.rs"]
mod inputs;
use inputs::plan_input;

/// The thread's time on a CPU so far, in ns (the first field of schedstat).
fn cpu_ns() -> u64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .expect("Linux /proc/thread-self/schedstat")
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    let catalog = catalog::builtin();
    let scenario: Loose =
        serde_json::from_str(include_str!("../benches/scenario.json")).expect("valid JSON");
    let plans = [plan_input(1, 1), plan_input(10, 100), plan_input(50, 1000)];
    let calls: [(&str, &dyn Fn(), u32); 4] = [
        (
            "advise",
            &|| drop(black_box(advice::advise(black_box(&scenario), catalog))),
            400,
        ),
        (
            "plan/1x1",
            &|| drop(black_box(plan::plan(black_box(&plans[0]), catalog))),
            200,
        ),
        (
            "plan/10x100",
            &|| drop(black_box(plan::plan(black_box(&plans[1]), catalog))),
            60,
        ),
        (
            "plan/50x1000",
            &|| drop(black_box(plan::plan(black_box(&plans[2]), catalog))),
            20,
        ),
    ];
    // Names given as arguments time only those calls (scripts/bench/ratio.mjs asks for one at a
    // time, so that the native and the Wasm figures of a call are taken seconds apart).
    let only: Vec<String> = std::env::args().skip(1).collect();
    let mut out = Vec::new();
    for (name, call, n) in calls {
        if !only.is_empty() && !only.iter().any(|o| o == name) {
            continue;
        }
        (0..n * 3).for_each(|_| call());
        let (mut cpu, mut wall) = (Vec::new(), Vec::new());
        for _ in 0..25 {
            let (c0, w0) = (cpu_ns(), Instant::now());
            (0..n).for_each(|_| call());
            cpu.push((cpu_ns() - c0) as f64 / f64::from(n) / 1e3);
            wall.push(w0.elapsed().as_nanos() as f64 / f64::from(n) / 1e3);
        }
        out.push(format!(
            r#""{name}":{{"cpu_us":{:.1},"wall_us":{:.1}}}"#,
            median(cpu),
            median(wall)
        ));
    }
    println!("{{{}}}", out.join(","));
}
