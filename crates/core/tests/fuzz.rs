//! Fuzzing the core with arbitrary JSON-shaped input (issue 6): whatever a page hands to
//! `advise` or `costCurve`, the core returns a result or a typed error — never a panic — and
//! every result is sane money: totals equal the sum of their lines to the cent, nothing is NaN
//! or negative.
//!
//! `make test` runs a seed run (PROPTEST_CASES defaults to 2,000 here); `make fuzz` runs
//! 1,000,000 cases in release mode and prints the figures.

#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use vpce_advisor_core::advice::{advise, Advice};
use vpce_advisor_core::catalog;
use vpce_advisor_core::cost::{cost_curve, CurveRange};
use vpce_advisor_core::input::Loose;
use vpce_advisor_core::scenario::{Scenario, FIELDS};

/// Strings that are, most of the time, ones the scenario knows, so that the fuzzer gets past
/// validation often enough to exercise the cost model and the tree.
fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "s3",
            "s3-express",
            "dynamodb",
            "dynamodb-streams",
            "aws-service",
            "endpoint-service",
            "resource",
            "service-network",
            "traffic-inspection",
            "same-vpc",
            "peered-vpc",
            "transit-gateway",
            "on-premises",
            "other-region",
            "us-east-1",
            "eu-west-1",
            "ap-southeast-2",
            "sa-east-1",
            "sqs",
            "ecr.dkr",
            "kms",
            "",
            "<img src=x onerror=alert(1)>",
        ])
        .prop_map(str::to_string),
        any::<String>(),
    ]
}

fn number() -> impl Strategy<Value = f64> {
    prop_oneof![
        0.0..1e4f64,
        0.0..2e7f64,
        prop::sample::select(vec![
            0.0,
            -0.0,
            -1.0,
            1.0,
            2.0,
            6.0,
            7.0,
            730.0,
            744.0,
            745.0,
            0.5,
            1e308,
            -1e308,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            1_048_576.0,
            5_242_880.0,
            1_048_576_000.0,
        ]),
        any::<f64>(),
    ]
}

fn loose() -> impl Strategy<Value = Loose> {
    let leaf = prop_oneof![
        Just(Loose::Null),
        any::<bool>().prop_map(Loose::Bool),
        number().prop_map(Loose::Number),
        word().prop_map(Loose::String),
    ];
    leaf.prop_recursive(3, 24, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Loose::List),
            prop::collection::vec((word(), inner), 0..6).prop_map(Loose::Object),
        ]
    })
}

/// An options object whose keys are mostly real field names, with arbitrary values.
fn scenario_like() -> impl Strategy<Value = Loose> {
    let key = prop_oneof![
        9 => prop::sample::select(FIELDS.iter().map(|f| f.name).collect::<Vec<_>>()).prop_map(str::to_string),
        1 => word(),
    ];
    let value = prop_oneof![
        3 => loose(),
        2 => prop::collection::vec(word().prop_map(Loose::String), 0..4).prop_map(Loose::List),
        2 => number().prop_map(Loose::Number),
    ];
    (word(), prop::collection::vec((key, value), 0..10)).prop_map(|(service, mut entries)| {
        entries.retain(|(k, _)| k != "service");
        entries.insert(0, ("service".to_string(), Loose::String(service)));
        Loose::Object(entries)
    })
}

fn assert_sane(advice: &Advice) {
    for option in &advice.options {
        let line_cents: i64 = option
            .lines
            .iter()
            .map(|l| (l.usd * 100.0).round() as i64)
            .sum();
        assert_eq!(
            (option.monthly_usd * 100.0).round() as i64,
            line_cents,
            "{:?}: total != sum of lines",
            option.kind
        );
        assert!(
            option.monthly_usd.is_finite() && option.monthly_usd >= 0.0,
            "{option:?}"
        );
        for line in &option.lines {
            for v in [line.usd, line.unit_usd, line.quantity] {
                assert!(v.is_finite() && v >= 0.0, "{line:?}");
            }
        }
    }
    if let Some(gb) = advice.break_even_gb_per_month {
        assert!(gb.is_finite() && gb >= 0.0, "break-even {gb}");
    }
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2_000)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn advise_never_panics_and_its_money_adds_up(options in prop_oneof![scenario_like(), loose()]) {
        let catalog = catalog::builtin();
        match advise(&options, catalog) {
            Ok(advice) => assert_sane(&advice),
            Err(e) => prop_assert!(!e.message.is_empty() && !e.code.as_str().is_empty()),
        }
    }

    #[test]
    fn cost_curve_never_panics_and_stays_finite(options in scenario_like(), range in loose()) {
        let catalog = catalog::builtin();
        let (Ok((scenario, _)), Ok(range)) = (Scenario::from_loose(&options, catalog), CurveRange::from_loose(&range)) else {
            return Ok(());
        };
        let curve = cost_curve(&scenario, catalog, &range);
        for series in &curve.series {
            let mut last_gb = f64::NEG_INFINITY;
            for [gb, usd] in &series.points {
                prop_assert!(gb.is_finite() && usd.is_finite() && *usd >= 0.0);
                prop_assert!(*gb > last_gb, "points ascend");
                last_gb = *gb;
            }
        }
    }
}
