//! What an unverified bill line means, in words a reader understands: which rate could not be
//! confirmed, why, and how far the line could be off (`Line::doubt`).
//!
//! A line is unverified when its `Price` is (`data/prices.json` says why in each price's `note`;
//! the notes are not compiled in). The rate's field is found by matching the line's rate,
//! source and flag against the catalogue's unverified prices, so the same pass serves `advise`'s
//! bills and the plan's designs. The bound is worked from the catalogue: the alternative rate the
//! sources point to, priced on the line's own quantity. Numbers in the words by integer
//! formatting (float formatting would cost the Wasm ~20 KB).

use super::text::{money, rate};
use crate::catalog::{Catalog, Price, RegionPrices};
use crate::money::{line_cost, Cents, Quantity};
use serde::Serialize;

/// Why one line's figure is unconfirmed and how far off it could be.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Doubt {
    /// One or two sentences: what could not be confirmed, and the bound in dollars when there is one.
    pub text: String,
    /// `"lower"` (the line could be too high), `"higher"` (too low) or `"unknown"`.
    #[serde(serialize_with = "crate::serial::fixed")]
    pub could_be: &'static str,
    /// How far the line could be off, in USD; absent when the sources give no bound.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub by_usd: Option<f64>,
}

/// Fills `doubt` on every unverified line in `lines`; `region` is the Region the bill is for
/// (it picks the alternative rate where the doubted rate appears in many Regions).
pub fn explain(lines: &mut [super::Line], catalog: &Catalog, region: &str) {
    for line in lines.iter_mut().filter(|l| !l.verified) {
        line.doubt = doubt(line, catalog, region);
    }
}

fn doubt(line: &super::Line, catalog: &Catalog, region: &str) -> Option<Doubt> {
    let source = line.source_index?;
    // The unverified price with the line's rate and source: the bill's own Region's if it has
    // one, else the first Region's (the same rate and source name the same field everywhere).
    let mut found: Option<(&'static str, &'static Price, &'static RegionPrices)> = None;
    for r in catalog.regions {
        let hit = r.named_prices().into_iter().find(|(_, p)| {
            !p.verified && p.source_index == source && p.rate.usd() == line.unit_usd
        });
        if let Some((field, p)) = hit {
            if found.is_none() || r.code == region {
                found = Some((field, p, r));
            }
        }
    }
    let (field, price, prices) = found?;
    let billed = Cents((line.usd * 100.0).round() as i64);
    // What the line would cost at the interface-endpoint hour (the endpoint-hour bounds).
    let at_interface = line_cost(
        prices.interface_endpoint_hour.rate,
        Quantity::from_units(line.quantity),
    );
    let interface = rate(prices.interface_endpoint_hour.rate);
    let (text, could_be, by) = match field {
        "crossAzGb" => (format!(
            "AWS’s 2026 offer files list $0.00 a GB for some cross-AZ meters; this bill uses ${} a GB each way, as no AWS page says cross-AZ transfer became free. This line could be up to {} too high.",
            rate(price.rate),
            money(billed, true)
        ), "lower", Some(billed)),
        "resourceEndpointHour" => (format!(
            "Read from an unlabelled key of AWS’s price feed; no labelled AWS price row was read. At the interface-endpoint hour (${interface}) this line would be {} lower.",
            money(Cents(billed.0 - at_interface.0), true)
        ), "lower", Some(Cents(billed.0 - at_interface.0))),
        "serviceNetworkEndpointHour" => (format!(
            "$0 is from a copy of the VPC Lattice pricing page, not AWS’s page itself. Billed like an interface endpoint (${interface} an hour per AZ), this line would be {} higher.",
            money(at_interface, true)
        ), "higher", Some(at_interface)),
        "regionalNatGatewayAzHour" => ("AWS’s price feed read predates regional NAT gateways; this bill uses the zonal NAT gateway hour, which copies of AWS’s 2026 offers match. No difference is known.".into(), "unknown", None),
        // Data transfer in a Region no source prices: a neighbouring Region's rate.
        _ => ("No AWS figure was found for this Region’s data transfer; a neighbouring Region’s rate stands in. How far off it is, is not known.".into(), "unknown", None),
    };
    Some(Doubt {
        text,
        could_be,
        by_usd: by.map(Cents::usd),
    })
}
