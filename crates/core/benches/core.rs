//! Native timings of the two calls the widget makes on every slider step: `advise` (validate +
//! decide + price, from the loose options a page hands over) and `cost_curve` (the chart), plus
//! `cost_curve` over 64…2048 points to show its time grows linearly with the points asked for.
//!
//! `scripts/bench.sh` runs these with short measurement times and reads criterion's medians
//! from `target/criterion/*/new/estimates.json`; `scripts/bench/wasm-node.mjs` times the same
//! two calls through the Wasm boundary with the same scenario (`benches/scenario.json`), so the
//! difference is the cost of the boundary itself.
//!
//! `plan` is timed for 1, 10 and 50 destinations × 1, 100 and 1,000 VPCs (ids `plan/<d>x<v>`),
//! from loose input to the finished plan with its exports; 50 × 1,000 must stay under 1 ms.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use std::time::Duration;
use vpce_advisor_core::cost::{self, CurveRange};
use vpce_advisor_core::input::Loose;
use vpce_advisor_core::scenario::Scenario;
use vpce_advisor_core::{advice, catalog, plan};

mod inputs;
use inputs::plan_input;

/// The scenario every timing uses, shared with the Node boundary bench.
const SCENARIO_JSON: &str = include_str!("scenario.json");
const FROM_GB: f64 = 1.0;
const TO_GB: f64 = 10_485_760.0;

fn loose_scenario() -> Loose {
    serde_json::from_str(SCENARIO_JSON).expect("benches/scenario.json is valid JSON")
}

fn curve_range(points: u32) -> CurveRange {
    CurveRange {
        from_gb: FROM_GB,
        to_gb: TO_GB,
        points,
    }
}

fn bench_advise(c: &mut Criterion) {
    let options = loose_scenario();
    let catalog = catalog::builtin();
    advice::advise(&options, catalog).expect("the bench scenario is valid");
    c.bench_function("advise", |b| {
        b.iter(|| advice::advise(black_box(&options), catalog))
    });
}

fn bench_cost_curve(c: &mut Criterion) {
    let catalog = catalog::builtin();
    let (scenario, _) = Scenario::from_loose(&loose_scenario(), catalog).expect("valid");
    let mut group = c.benchmark_group("cost_curve");
    // 512 is the figure quoted in the table; the sweep around it shows the growth.
    for points in [64u32, 128, 256, 512, 1024, 2048] {
        let range = curve_range(points);
        group.throughput(Throughput::Elements(u64::from(points)));
        group.bench_with_input(BenchmarkId::from_parameter(points), &range, |b, range| {
            b.iter(|| cost::cost_curve(black_box(&scenario), catalog, black_box(range)))
        });
    }
    group.finish();
}

fn bench_plan(c: &mut Criterion) {
    let catalog = catalog::builtin();
    let mut group = c.benchmark_group("plan");
    for destinations in [1usize, 10, 50] {
        for vpcs in [1u32, 100, 1000] {
            let input = plan_input(destinations, vpcs);
            plan::plan(&input, catalog).expect("the bench input is valid");
            group.bench_with_input(
                BenchmarkId::from_parameter(format!("{destinations}x{vpcs}")),
                &input,
                |b, input| b.iter(|| plan::plan(black_box(input), catalog)),
            );
        }
    }
    group.finish();
}

/// Short runs: `make bench` must stay within a few minutes on two shared cores, and the table
/// quotes medians, which settle long before means do.
fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_millis(1200))
        .sample_size(20)
        .without_plots()
}

criterion_group! {
    name = benches;
    config = config();
    targets = bench_advise, bench_cost_curve, bench_plan
}
criterion_main!(benches);
