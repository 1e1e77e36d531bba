//! `json::to_string`, the boundary's JSON writer, against serde_json: for real values of every
//! export (`advise`, `costCurve`, `catalog`, `decisionTree`, `comparison`) over many scenarios
//! the two texts parse to the same JSON, and numbers parse back to the same `f64` (the curve's
//! and the break-even's volumes, which are not exact decimals, within 1e-9).
//!
//! serde_json parses with `float_roundtrip` here (dev-dependency feature), so its parse is
//! correctly rounded, like `JSON.parse`.

use proptest::prelude::*;
use serde::Serialize;
use serde_json::{json, Value};
use vpce_advisor::json;
use vpce_advisor_core::catalog;
use vpce_advisor_core::cost::{cost_curve, CurveRange};
use vpce_advisor_core::input::Loose;
use vpce_advisor_core::scenario::{ClientLocation, Scenario, Service};
use vpce_advisor_core::{advice, compare, decide};

#[derive(Clone, Copy, PartialEq)]
enum Numbers {
    /// Views of exact decimals: must parse back to the identical f64.
    Exact,
    /// Volumes computed in floating point: within 1e-9 (relative above 1).
    Close,
}

/// Checks that `ours` and `theirs` are the same JSON; returns the first difference's path.
fn differ(ours: &Value, theirs: &Value, numbers: Numbers, path: &str) -> Option<String> {
    match (ours, theirs) {
        (Value::Number(a), Value::Number(b)) => {
            let (a, b) = (a.as_f64()?, b.as_f64()?);
            let same = match numbers {
                Numbers::Exact => a.to_bits() == b.to_bits() || (a == 0.0 && b == 0.0),
                Numbers::Close => (a - b).abs() <= 1e-9 * b.abs().max(1.0),
            };
            (!same).then(|| format!("{path}: {a} vs {b}"))
        }
        (Value::Array(a), Value::Array(b)) => {
            if a.len() != b.len() {
                return Some(format!("{path}: length {} vs {}", a.len(), b.len()));
            }
            a.iter().zip(b).enumerate().find_map(|(i, (x, y))| {
                // A curve point is [gb, usd]: the volume is computed, the dollars are cents.
                let numbers = if path.ends_with(".points[]") && i == 0 {
                    Numbers::Close
                } else {
                    numbers
                };
                let inner = if path.ends_with(".points") {
                    format!("{path}[]")
                } else {
                    format!("{path}[{i}]")
                };
                differ(x, y, numbers, &inner)
            })
        }
        (Value::Object(a), Value::Object(b)) => {
            if a.len() != b.len() || a.keys().ne(b.keys()) {
                return Some(format!("{path}: keys {:?} vs {:?}", a.keys(), b.keys()));
            }
            a.iter().find_map(|(key, x)| {
                let numbers = if key == "breakEvenGbPerMonth" {
                    Numbers::Close
                } else {
                    numbers
                };
                differ(x, &b[key], numbers, &format!("{path}.{key}"))
            })
        }
        _ => (ours != theirs).then(|| format!("{path}: {ours} vs {theirs}")),
    }
}

fn assert_same_as_serde_json<T: Serialize>(value: &T, what: &str) {
    let text = json::to_string(value).expect("our output types are all JSON-compatible");
    let ours: Value = serde_json::from_str(&text).expect("valid JSON");
    let theirs = serde_json::to_value(value).unwrap();
    if let Some(difference) = differ(&ours, &theirs, Numbers::Exact, "") {
        panic!("{what}: {difference}");
    }
    // Same key order too: the page and embedders may rely on it no more than on JSON, but
    // serde_json preserves it only with a feature, so compare the texts' key sequences instead.
    let keys = |text: &str| {
        text.split('"')
            .skip(1)
            .step_by(2)
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        keys(&text),
        keys(&serde_json::to_string(value).unwrap()),
        "{what}: strings in a different order"
    );
}

fn loose(value: Value) -> Loose {
    serde_json::from_value(value).unwrap()
}

#[test]
fn static_exports_match_serde_json() {
    assert_same_as_serde_json(
        &vpce_advisor_core::catalog_view::CatalogView::of(catalog::builtin()),
        "catalog",
    );
    assert_same_as_serde_json(&decide::tree(), "decisionTree");
    assert_same_as_serde_json(&compare::comparison(), "comparison");
}

#[test]
fn advice_and_curves_match_serde_json_for_every_service_and_source() {
    let catalog = catalog::builtin();
    let regions = catalog.regions;
    let picked = [
        regions.first().unwrap().code,
        regions[regions.len() / 2].code,
        regions.last().unwrap().code,
    ];
    let mut checked = 0;
    for service in Service::ALL {
        for source in ClientLocation::ALL {
            for (i, gb) in [0.0, 0.5, 100.0, 123_456.789_012, 1_048_575_999.999_999]
                .into_iter()
                .enumerate()
            {
                let region = picked[i % picked.len()];
                let service_region = picked[(i + 1) % picked.len()];
                let options = json!({
                    "service": service.as_str(),
                    "trafficFrom": [source.as_str()],
                    "region": region,
                    "serviceRegion": if i == 3 { service_region } else { region },
                    "awsServices": if service == Service::AwsService { json!(["sqs", "ecr.dkr"]) } else { json!(null) },
                    "gbPerMonth": gb,
                    "hoursPerMonth": 100.5 + i as f64,
                    "hasNatGateway": i % 2 == 0,
                    "peakGbps": if i == 4 { json!(150.0) } else { json!(null) },
                    "requirePrivateIps": i == 2,
                });
                let what = format!("{options}");
                let advice = advice::advise(&loose(options.clone()), catalog).unwrap();
                assert_same_as_serde_json(&advice, &what);
                let (scenario, _) = Scenario::from_loose(&loose(options), catalog).unwrap();
                let range = CurveRange {
                    from_gb: 0.5 + i as f64,
                    to_gb: 10_485_760.0 * (i + 1) as f64,
                    points: 64 + 100 * i as u32,
                };
                assert_same_as_serde_json(&cost_curve(&scenario, catalog, &range), &what);
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 9 * 5 * 5);
}

proptest! {
    /// Cents, nano-dollar rates and micro-unit quantities come back as the very same f64.
    #[test]
    fn exact_decimals_round_trip(whole in 0u64..2_000_000_000_000, scale in 0usize..3) {
        let divisor = [100.0, 1e9, 1e6][scale];
        let x = whole as f64 / divisor;
        let text = json::to_string(&x).unwrap();
        prop_assert_eq!(text.parse::<f64>().unwrap().to_bits(), x.to_bits(), "{}", text);
    }

    /// Any other float is within half a nano (or 1e-13 relative beyond 1e18).
    #[test]
    fn floats_are_within_half_a_nano(x in -1e20f64..1e20) {
        let text = json::to_string(&x).unwrap();
        let back = text.parse::<f64>().unwrap();
        prop_assert!((back - x).abs() <= 5e-10 + 1e-13 * x.abs(), "{} -> {}", x, text);
    }

    /// Any string survives: serde_json reads back what we wrote.
    #[test]
    fn strings_round_trip(text in any::<String>()) {
        let written = json::to_string(&text).unwrap();
        prop_assert_eq!(serde_json::from_str::<String>(&written).unwrap(), text);
    }
}
