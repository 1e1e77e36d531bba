//! The cost model: the monthly bill of every option for a scenario, line by line, exact to the
//! cent; the break-even volume between an interface endpoint and the NAT path; cost curves for
//! the chart.

use crate::catalog::Catalog;
use crate::options::OptionKind;
use crate::scenario::Scenario;
use serde::Serialize;

/// One line of a bill, in the infracost idiom.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Line {
    pub label: String,
    pub quantity: f64,
    pub unit: &'static str,
    pub unit_usd: f64,
    pub usd: f64,
    /// Depends on traffic volume (as opposed to provisioned hours).
    pub usage_based: bool,
    /// Index of the price's source in `catalog().sources`, if it has one.
    pub source: Option<usize>,
    pub verified: bool,
}

/// What one option would cost.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CostOption {
    pub kind: OptionKind,
    pub eligible: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub why_not: Option<String>,
    pub monthly_usd: f64,
    pub lines: Vec<Line>,
}

/// Prices every option for the scenario. (Stub: filled in by the cost model work.)
pub fn price_options(_scenario: &Scenario, _catalog: &Catalog) -> Vec<CostOption> {
    Vec::new()
}

/// The volume above which an interface endpoint costs less a month than the NAT path, in GB.
/// (Stub.)
pub fn break_even_gb_per_month(_scenario: &Scenario, _catalog: &Catalog) -> Option<f64> {
    None
}

/// The range of a cost curve, as the caller asked for it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CurveRange {
    pub from_gb: f64,
    pub to_gb: f64,
    pub points: u32,
}

/// Monthly cost against volume for one option.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Series {
    pub option: OptionKind,
    pub eligible: bool,
    /// `[gb, usd]` pairs, ascending in gb.
    pub points: Vec<[f64; 2]>,
}

/// Curves for the chart: one series per option. (Stub.)
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Curve {
    pub series: Vec<Series>,
}

impl CurveRange {
    /// Validates `{ fromGb, toGb, points }`. (Stub.)
    pub fn from_loose(
        _options: &crate::input::Loose,
    ) -> Result<CurveRange, crate::error::InputError> {
        Ok(CurveRange {
            from_gb: 1.0,
            to_gb: 10_485_760.0,
            points: 64,
        })
    }
}

/// Samples every option's monthly cost over `range`. (Stub.)
pub fn cost_curve(_scenario: &Scenario, _catalog: &Catalog, _range: &CurveRange) -> Curve {
    Curve { series: Vec::new() }
}
