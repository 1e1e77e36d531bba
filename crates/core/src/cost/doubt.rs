//! What an unverified bill line means, in words a reader understands: which rate could not be
//! confirmed, why, and how far the line could be off (`Line::doubt`).
//!
//! A line is unverified when its `Price` is (`data/prices.json` says why in each price's `note`;
//! the notes are not compiled in). The rate's field is found by matching the line's rate,
//! source and flag against the catalogue's unverified prices, so the same pass serves `advise`'s
//! bills and the plan's designs. The bound is worked from the catalogue: the alternative rate the
//! sources point to, priced on the line's own quantity.

use crate::catalog::{Catalog, RegionPrices};
use crate::money::{line_cost, Cents, Quantity};
use serde::Serialize;

/// Why one line's figure is unconfirmed and how far off it could be.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Doubt {
    /// One or two sentences: what could not be confirmed, and the bound in dollars when there is one.
    pub text: String,
    /// `"lower"` (the line could be too high), `"higher"` (too low) or `"unknown"`.
    pub could_be: &'static str,
    /// How far the line could be off, in USD; absent when the sources give no bound.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub by_usd: Option<f64>,
}

/// The doubt of every unverified line in `lines`, from the catalogue; `region` is the Region
/// the bill is for (it picks the alternative rate where the doubted rate is the same in many).
pub fn explain(lines: &mut [super::Line], catalog: &Catalog, region: &str) {
    for line in lines.iter_mut().filter(|l| !l.verified) {
        line.doubt = doubt(line, catalog, region);
    }
}

fn doubt(line: &super::Line, catalog: &Catalog, region: &str) -> Option<Doubt> {
    let source = line.source_index?;
    let matches = |p: &crate::catalog::Price| {
        !p.verified && p.source_index == source && p.rate.usd() == line.unit_usd
    };
    let field_in = |r: &'static RegionPrices| {
        r.all_prices()
            .find(|(_, p)| matches(p))
            .map(|(f, _)| (f, r))
    };
    // The bill's own Region first; the same rate and source elsewhere names the same field.
    let (field, prices) = catalog
        .region(region)
        .and_then(field_in)
        .or_else(|| catalog.regions.iter().find_map(field_in))?;
    let quantity = Quantity::from_units(line.quantity);
    let billed = Cents((line.usd * 100.0).round() as i64);
    Some(match field {
        "crossAzGb" => Doubt {
            text: format!(
                "AWS’s 2026 data-transfer offer files list $0.00 a GB for some cross-AZ meters; this bill uses ${} a GB in each direction, because no AWS page read says cross-AZ transfer became free. So this line could be up to {} too high.",
                line.unit_usd,
                dollars(billed)
            ),
            could_be: "lower",
            by_usd: Some(billed.usd()),
        },
        "resourceEndpointHour" => {
            let alt = line_cost(prices.interface_endpoint_hour.rate, quantity);
            let by = Cents(billed.0 - alt.0);
            Doubt {
                text: format!(
                    "Read from an unlabelled key of AWS’s price feed (twice the interface-endpoint hour, as AWS’s 2026 offers quote for us-east-1); no labelled AWS price row was read. If a resource endpoint were billed at the interface-endpoint hour (${}), this line would be {} lower.",
                    prices.interface_endpoint_hour.rate.usd(),
                    dollars(by)
                ),
                could_be: "lower",
                by_usd: Some(by.usd()),
            }
        }
        "serviceNetworkEndpointHour" => {
            let alt = line_cost(prices.interface_endpoint_hour.rate, quantity);
            Doubt {
                text: format!(
                    "$0 is from a copy of the VPC Lattice pricing page, not read on AWS’s page itself. If a service-network endpoint were billed like an interface endpoint (${} an hour per AZ), this line would be {} higher.",
                    prices.interface_endpoint_hour.rate.usd(),
                    dollars(alt)
                ),
                could_be: "higher",
                by_usd: Some(alt.usd()),
            }
        }
        "regionalNatGatewayAzHour" => Doubt {
            text: "AWS’s price feed read here predates regional NAT gateways, so this bill uses the zonal NAT gateway hour, which the regional rows in copies of AWS’s 2026 offers match. No difference is known, but it was not read from AWS directly.".into(),
            could_be: "unknown",
            by_usd: None,
        },
        // Data transfer in a Region no source prices: a neighbouring Region's rate.
        _ => Doubt {
            text: "No AWS figure was found for this Region’s data transfer; a neighbouring Region’s rate stands in. How far it is off cannot be bounded from the sources read.".into(),
            could_be: "unknown",
            by_usd: None,
        },
    })
}

/// "$1,234.56": exact from cents, with thousands separators.
fn dollars(c: Cents) -> String {
    let c = c.0.max(0);
    let whole = (c / 100).to_string();
    let mut grouped = String::with_capacity(whole.len() + whole.len() / 3);
    for (i, d) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(d);
    }
    format!("${grouped}.{:02}", c % 100)
}
