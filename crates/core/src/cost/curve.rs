//! Cost against volume for the chart: every option's monthly cost at log-spaced volumes, with
//! the PrivateLink tier boundaries as exact points so the kinks fall where AWS puts them.

use super::charges::{charges, Charge, Regions};
use crate::approach::Approach;
use crate::catalog::Catalog;
use crate::check;
use crate::eligibility;
use crate::error::{ErrorCode, InputError};
use crate::input::Loose;
use crate::money::{total, Quantity};
use crate::scenario::{limits, Scenario};
use serde::Serialize;

/// The range of a cost curve, as the caller asked for it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CurveRange {
    pub from_gb: f64,
    pub to_gb: f64,
    pub points: u32,
}

/// Monthly cost against volume for one approach (serialised as `option`, the public name).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Series {
    #[serde(rename = "option")]
    pub approach: Approach,
    pub eligible: bool,
    /// `[gb, usd]` pairs, ascending in gb.
    pub points: Vec<[f64; 2]>,
}

/// Curves for the chart: one series per option, in `Approach::ALL` order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Curve {
    pub series: Vec<Series>,
}

pub const DEFAULT_FROM_GB: f64 = 1.0;
/// 10 PB: past both tier boundaries, so the default chart shows both kinks.
pub const DEFAULT_TO_GB: f64 = 10_485_760.0;
pub const DEFAULT_POINTS: u32 = 128;
pub const POINTS: (u32, u32) = (2, 2048);
const FIELDS: [&str; 3] = ["fromGb", "toGb", "points"];

impl Default for CurveRange {
    fn default() -> Self {
        CurveRange {
            from_gb: DEFAULT_FROM_GB,
            to_gb: DEFAULT_TO_GB,
            points: DEFAULT_POINTS,
        }
    }
}

impl CurveRange {
    /// Validates `{ fromGb, toGb, points }`; absent or `null` fields (or no object at all) take
    /// the defaults: 1 GB to 10 PB, 128 points.
    pub fn from_loose(input: &Loose) -> Result<CurveRange, InputError> {
        let entries = match input {
            Loose::Null => return Ok(CurveRange::default()),
            Loose::Object(entries) => entries,
            other => {
                return Err(InputError {
                    code: ErrorCode::InvalidType,
                    field: None,
                    message: format!(
                        "The curve range must be an object {{ fromGb, toGb, points }}, got {}.",
                        other.type_name()
                    ),
                })
            }
        };
        check::known_fields(entries, &FIELDS)?;
        let field = |name: &str| input.get(name).filter(|v| !matches!(v, Loose::Null));
        let mut range = CurveRange::default();
        if let Some(v) = field("fromGb") {
            range.from_gb = check::finite(v, "fromGb")?;
        }
        if let Some(v) = field("toGb") {
            range.to_gb = check::finite(v, "toGb")?;
        }
        if let Some(v) = field("points") {
            range.points = check::whole(v, "points", POINTS)?;
        }
        if range.from_gb <= 0.0 {
            return Err(InputError::new(
                ErrorCode::OutOfRange,
                "fromGb",
                "\"fromGb\" must be more than 0 (the chart's volume axis is logarithmic).",
            ));
        }
        if range.to_gb > limits::GB_PER_MONTH_MAX {
            return Err(InputError::new(
                ErrorCode::OutOfRange,
                "toGb",
                format!(
                    "\"toGb\" must be at most {} GB, the largest gbPerMonth a scenario allows.",
                    limits::GB_PER_MONTH_MAX as u64
                ),
            ));
        }
        if range.to_gb <= range.from_gb {
            return Err(InputError::new(
                ErrorCode::OutOfRange,
                "toGb",
                "\"toGb\" must be more than \"fromGb\".",
            ));
        }
        Ok(range)
    }

    fn is_valid(&self) -> bool {
        self.from_gb.is_finite()
            && self.to_gb.is_finite()
            && self.from_gb > 0.0
            && self.from_gb < self.to_gb
            && self.to_gb <= limits::GB_PER_MONTH_MAX
    }
}

/// Every option's monthly cost over `range`, in time linear in the number of points. A range
/// that `CurveRange::from_loose` would reject gives empty series rather than a panic.
pub fn cost_curve(scenario: &Scenario, catalog: &Catalog, range: &CurveRange) -> Curve {
    let regions = Regions::of(scenario, catalog);
    let volumes = match regions {
        Some(r) if range.is_valid() => volumes(range, r),
        _ => Vec::new(),
    };
    let mut scratch: Vec<Charge> = Vec::new();
    let series = Approach::ALL
        .into_iter()
        .map(|kind| {
            let points = match regions {
                Some(r) => volumes
                    .iter()
                    .map(|&gb| {
                        scratch.clear();
                        charges(
                            kind,
                            scenario,
                            r,
                            catalog,
                            Quantity::from_units(gb),
                            &mut scratch,
                        );
                        [gb, total(scratch.iter().map(Charge::cents)).usd()]
                    })
                    .collect(),
                None => Vec::new(),
            };
            Series {
                approach: kind,
                eligible: regions.is_some() && eligibility::why_not(scenario, kind).is_none(),
                points,
            }
        })
        .collect();
    Curve { series }
}

/// `range.points` log-spaced volumes from `from_gb` to `to_gb` (both exact), with the tier
/// boundaries strictly inside the range added as exact points; ascending, no repeats.
fn volumes(range: &CurveRange, regions: Regions) -> Vec<f64> {
    let n = range.points.clamp(POINTS.0, POINTS.1);
    let inside = regions
        .here
        .interface_data_tiers
        .iter()
        .filter_map(|t| t.up_to_gb)
        .map(|gb| gb as f64)
        .filter(|&gb| gb > range.from_gb && gb < range.to_gb);
    // Sorted by insertion: a handful of tiers does not need (or pay ~3 KB of Wasm for) a sort.
    let mut boundaries: Vec<f64> = Vec::new();
    for gb in inside {
        boundaries.insert(boundaries.partition_point(|&b| b < gb), gb);
    }
    let mut pending = boundaries.into_iter().peekable();

    let mut out = Vec::with_capacity(n as usize + 4);
    let span = (range.to_gb / range.from_gb).ln();
    let last = n - 1;
    for i in 0..n {
        let gb = match i {
            0 => range.from_gb,
            i if i == last => range.to_gb,
            i => (range.from_gb * (span * f64::from(i) / f64::from(last)).exp()).min(range.to_gb),
        };
        while let Some(&b) = pending.peek() {
            if b > gb {
                break;
            }
            push_ascending(&mut out, b);
            pending.next();
        }
        push_ascending(&mut out, gb);
    }
    out
}

fn push_ascending(out: &mut Vec<f64>, gb: f64) {
    if out.last().map_or(true, |&prev| gb > prev) {
        out.push(gb);
    }
}
