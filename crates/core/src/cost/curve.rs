//! Cost against volume for the chart: every option's monthly cost at log-spaced volumes, with
//! the PrivateLink tier boundaries as exact points so the kinks fall where AWS puts them.
//!
//! The smallest meaningful range: `fromGb` at least `FROM_GB_MIN` (1 MB a month) and `toGb` at
//! least `SPAN_MIN` times `fromGb`. Anything smaller is rejected with `out-of-range`, so every
//! curve returned has exactly the points asked for, at strictly increasing volumes.

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
/// 0.001 GB (1 MB) a month: below it no option's volume charge reaches a tenth of a cent (every
/// per-GB rate in the catalogue is under $1), and log-spaced volumes down to 1e-300 GB are not
/// something a chart can plot.
pub const FROM_GB_MIN: f64 = 0.001;
/// `toGb` ≥ 2 × `fromGb`: at 2,048 points the volumes then still differ by more than 3 in
/// 10,000 from one point to the next, far above what an `f64` resolves, so none repeat.
pub const SPAN_MIN: f64 = 2.0;
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
        if range.from_gb < FROM_GB_MIN {
            return Err(InputError::new(
                ErrorCode::OutOfRange,
                "fromGb",
                "\"fromGb\" must be at least 0.001 GB (1 MB): the chart's volume axis is logarithmic, and below that no option's volume charge reaches a tenth of a cent.",
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
        if range.to_gb < range.from_gb * SPAN_MIN {
            return Err(InputError::new(
                ErrorCode::OutOfRange,
                "toGb",
                "\"toGb\" must be at least twice \"fromGb\": a narrower range has no distinct volumes to plot on a logarithmic axis.",
            ));
        }
        Ok(range)
    }

    fn is_valid(&self) -> bool {
        self.from_gb.is_finite()
            && self.to_gb.is_finite()
            && self.from_gb >= FROM_GB_MIN
            && self.to_gb >= self.from_gb * SPAN_MIN
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

/// `range.points` log-spaced volumes from `from_gb` to `to_gb` (both exact), ascending. Each
/// tier boundary strictly inside the range takes the place of the interior point nearest to it
/// (on the log scale), so the kinks are exact points and the count stays as asked; a boundary
/// with no interior point to spare (2 points, or two boundaries nearest the same point) is
/// left out. The range is valid (`is_valid`), so the volumes strictly increase.
fn volumes(range: &CurveRange, regions: Regions) -> Vec<f64> {
    let n = range.points.clamp(POINTS.0, POINTS.1);
    let last = n - 1;
    let span = (range.to_gb / range.from_gb).ln();
    let mut out: Vec<f64> = (0..n)
        .map(|i| match i {
            0 => range.from_gb,
            i if i == last => range.to_gb,
            i => range.from_gb * (span * f64::from(i) / f64::from(last)).exp(),
        })
        .collect();
    let mut taken: Vec<u32> = Vec::new();
    let boundaries = regions
        .here
        .interface_data_tiers
        .iter()
        .filter_map(|t| t.up_to_gb)
        .map(|gb| gb as f64)
        .filter(|&gb| gb > range.from_gb && gb < range.to_gb);
    for gb in boundaries {
        // The nearest point on the log scale; `as` saturates, and interior points are 1..last.
        let nearest = ((gb / range.from_gb).ln() / span * f64::from(last)).round() as u32;
        let i = nearest.clamp(1, last.saturating_sub(1).max(1));
        if i >= last || taken.contains(&i) {
            continue;
        }
        let (before, after) = (out.get(i as usize - 1), out.get(i as usize + 1));
        if before.is_some_and(|&b| b < gb) && after.is_some_and(|&a| gb < a) {
            if let Some(point) = out.get_mut(i as usize) {
                *point = gb;
                taken.push(i);
            }
        }
    }
    out
}
