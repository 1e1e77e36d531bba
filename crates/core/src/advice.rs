//! One call that ties the core together: the caller's input in, `Advice` out.
//!
//! `advise` validates the caller's input into a `Scenario`, walks the decision tree, prices
//! every approach and gathers the warnings, against the catalogue it is given.

use crate::approach::Approach;
use crate::catalog::Catalog;
use crate::cost::{self, ApproachCost};
use crate::decide::{self, PathStep, Reason};
use crate::error::{InputError, Warning};
use crate::input::Loose;
use crate::scenario::Scenario;
use serde::Serialize;

/// Everything the widget draws for one scenario.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Advice {
    pub recommendation: Approach,
    pub summary: String,
    pub path: Vec<PathStep>,
    /// The leaf of `decisionTree()` the path ends in.
    pub leaf: &'static str,
    pub reasons: Vec<Reason>,
    /// Every approach, eligible or not, with its bill (serialised as `options`, the public name).
    #[serde(rename = "options")]
    pub approaches: Vec<ApproachCost>,
    pub break_even_gb_per_month: Option<f64>,
    pub warnings: Vec<Warning>,
    pub region: String,
    pub prices_as_of: &'static str,
    pub currency: &'static str,
}

/// Validates `input` and advises on the scenario it describes.
pub fn advise(input: &Loose, catalog: &Catalog) -> Result<Advice, InputError> {
    let (scenario, warnings) = Scenario::from_loose(input, catalog)?;
    Ok(advise_scenario(&scenario, warnings, catalog))
}

/// Advises on an already validated scenario.
pub fn advise_scenario(
    scenario: &Scenario,
    mut warnings: Vec<Warning>,
    catalog: &Catalog,
) -> Advice {
    let mut approaches = cost::price_approaches(scenario, catalog);
    // The words beside each unverified figure (not in `price_approaches`: the curves skip them).
    for a in &mut approaches {
        cost::doubt::explain(&mut a.lines, catalog, &scenario.region);
        for alt in &mut a.alternatives {
            cost::doubt::explain(&mut alt.lines, catalog, &scenario.region);
        }
    }
    let decision = decide::decide(
        scenario,
        &cost::monthly_costs(&approaches),
        cost::regional_nat_monthly(&approaches),
    );
    warnings.extend(decision.conflict_warning());
    if let Some(chosen) = approaches
        .iter()
        .find(|o| o.kind == decision.recommendation)
    {
        if chosen.lines.iter().any(|l| !l.verified && l.usd > 0.0) {
            warnings.push(Warning {
                code: "unverified-price",
                text: format!(
                    "Some prices of the {} in {} could not be confirmed from an AWS source; they are marked as unverified.",
                    decision.recommendation.title(),
                    scenario.region
                ),
            });
        }
    }
    let break_even_gb_per_month = cost::break_even_gb_per_month(scenario, catalog);
    Advice {
        recommendation: decision.recommendation,
        summary: decision.summary,
        path: decision.path,
        leaf: decision.leaf,
        reasons: decision.reasons,
        approaches,
        break_even_gb_per_month,
        warnings,
        region: scenario.region.clone(),
        prices_as_of: catalog.as_of,
        currency: catalog.currency,
    }
}
