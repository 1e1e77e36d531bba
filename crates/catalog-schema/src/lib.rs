//! The price catalogue file (`data/prices.json`): its schema and its validation.
//!
//! The core's `build.rs` uses this crate to check the file and turn it into static tables; the
//! core's `tests/catalog.rs` and the price updater use it too, so there is one set of rules.
//! It runs only at build time and in tests — nothing here ships in the Wasm.
//!
//! Every problem found is reported, not just the first, each naming the Region and the field, so
//! that whoever regenerates the file (by hand or with `update-prices`) sees the whole list at once.

// Descriptive fields (notes, usage types, SKUs) are read by people and tools, not by the build.
#![allow(dead_code)]

use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};

/// The whole file, as written.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CatalogFile {
    /// The date the figures were last checked, YYYY-MM-DD.
    pub as_of: String,
    pub currency: String,
    /// Source id → where figures come from. Ids are what prices refer to.
    pub sources: BTreeMap<String, SourceEntry>,
    /// Kept as raw JSON until each Region is read on its own, so that a missing or mistyped rate
    /// is reported with the Region's code.
    pub regions: Vec<serde_json::Value>,
    /// Inter-Region transfer rates that depend on the destination; every other pair is billed
    /// at the source Region's `interRegionOutGb`.
    #[serde(default)]
    pub inter_region_routes: Vec<RouteEntry>,
}

/// The kinds of source, from the most to the least authoritative.
pub const SOURCE_CLASSES: [&str; 3] = ["aws-feed", "aws-page", "third-party-copy"];

/// One source-to-destination inter-Region rate that differs from the source's general rate.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RouteEntry {
    pub from: String,
    pub to: String,
    pub usd: String,
    pub source: String,
    #[serde(default = "yes")]
    pub verified: bool,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SourceEntry {
    /// What kind of source: `"aws-feed"` (an AWS price feed or Price List offer file, or a
    /// verbatim copy of one), `"aws-page"` (an AWS pricing or documentation page) or
    /// `"third-party-copy"` (figures as another project or person reproduced them).
    pub class: String,
    pub title: String,
    /// An https URL (a page, or a file pinned at a commit).
    pub url: String,
    /// Where AWS publishes the figures, when `url` is a verbatim copy of them.
    #[serde(default)]
    pub aws_url: Option<String>,
    /// The date of the figures, YYYY-MM-DD: a feed's or offer's publication day, else the day
    /// the page or copy was read. The catalogue's `asOf` is the oldest of these.
    pub as_of: String,
    /// What the source says and how it was read; for reviewers, not shipped in the Wasm.
    #[serde(default)]
    pub note: Option<String>,
}

/// One price with its provenance.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PriceEntry {
    /// Exact decimal string, USD, at most 9 decimal places (e.g. `"0.0035"`).
    pub usd: String,
    /// A key of `sources`.
    pub source: String,
    /// False where no trustworthy source confirmed the figure; then `note` must say what is known.
    #[serde(default = "yes")]
    pub verified: bool,
    #[serde(default)]
    pub note: Option<String>,
    /// The AWS Price List usage type the figure is billed under, e.g. `"EUW2-NatGateway-Hours"`.
    #[serde(default)]
    pub usage_type: Option<String>,
    /// The AWS Price List SKU the figure was read from, where a source names it.
    #[serde(default)]
    pub sku: Option<String>,
    /// The full Price List rate code, `<SKU>.<term>.<rate>`, where a feed gives it.
    #[serde(default)]
    pub rate_code: Option<String>,
}

/// One step of the Region-wide PrivateLink data-processing tiers.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TierEntry {
    /// Cumulative whole GB where this tier ends; `null` for the last, open-ended tier.
    pub up_to_gb: Option<u64>,
    pub usd: String,
    pub source: String,
    #[serde(default = "yes")]
    pub verified: bool,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub usage_type: Option<String>,
    #[serde(default)]
    pub sku: Option<String>,
    #[serde(default)]
    pub rate_code: Option<String>,
}

/// All rates of one Region.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RegionEntry {
    pub code: String,
    pub name: String,
    /// The Region's prefix in AWS usage types, e.g. `"EUW2"` (`"EU"` for eu-west-1).
    #[serde(default)]
    pub billing_code: Option<String>,
    pub interface_endpoint_hour: PriceEntry,
    pub interface_data_tiers: Vec<TierEntry>,
    pub gwlb_endpoint_hour: PriceEntry,
    pub gwlb_endpoint_gb: PriceEntry,
    pub nat_gateway_hour: PriceEntry,
    pub nat_gateway_gb: PriceEntry,
    pub public_ipv4_hour: PriceEntry,
    pub resource_endpoint_hour: PriceEntry,
    pub service_network_endpoint_hour: PriceEntry,
    pub cross_az_gb: PriceEntry,
    pub inter_region_out_gb: PriceEntry,
    pub internet_out_gb: PriceEntry,
    pub transit_gateway_attachment_hour: PriceEntry,
    pub transit_gateway_gb: PriceEntry,
    pub private_hosted_zone_month: PriceEntry,
    /// Each hosted zone beyond an account's first 25 (route53.json "DNS Zone").
    pub private_hosted_zone_month_over_25: PriceEntry,
    pub regional_nat_gateway_az_hour: PriceEntry,
}

fn yes() -> bool {
    true
}

impl RegionEntry {
    /// The single (non-tiered) rates, with their field names as written in the file.
    pub fn prices(&self) -> [(&'static str, &PriceEntry); 16] {
        [
            ("interfaceEndpointHour", &self.interface_endpoint_hour),
            ("gwlbEndpointHour", &self.gwlb_endpoint_hour),
            ("gwlbEndpointGb", &self.gwlb_endpoint_gb),
            ("natGatewayHour", &self.nat_gateway_hour),
            ("natGatewayGb", &self.nat_gateway_gb),
            ("publicIpv4Hour", &self.public_ipv4_hour),
            ("resourceEndpointHour", &self.resource_endpoint_hour),
            (
                "serviceNetworkEndpointHour",
                &self.service_network_endpoint_hour,
            ),
            ("crossAzGb", &self.cross_az_gb),
            ("interRegionOutGb", &self.inter_region_out_gb),
            ("internetOutGb", &self.internet_out_gb),
            (
                "transitGatewayAttachmentHour",
                &self.transit_gateway_attachment_hour,
            ),
            ("transitGatewayGb", &self.transit_gateway_gb),
            ("privateHostedZoneMonth", &self.private_hosted_zone_month),
            (
                "privateHostedZoneMonthOver25",
                &self.private_hosted_zone_month_over_25,
            ),
            (
                "regionalNatGatewayAzHour",
                &self.regional_nat_gateway_az_hour,
            ),
        ]
    }
}

/// Sources the cost model cites by id for its free and informational lines (see `src/cost.rs`).
pub const CITED_BY_THE_COST_MODEL: [&str; 5] = [
    "gateway-endpoints",
    "elb-pricing",
    "vpc-lattice-pricing",
    "vpc-pricing",
    "privatelink-pricing",
];

/// A catalogue that passed every check: what `build.rs` turns into tables.
#[derive(Debug)]
pub struct ValidCatalog {
    /// Sources no price cites (reported as build warnings).
    pub unused_sources: Vec<String>,
    pub as_of: String,
    pub currency: String,
    pub sources: BTreeMap<String, SourceEntry>,
    pub regions: Vec<RegionEntry>,
    pub inter_region_routes: Vec<RouteEntry>,
}

impl ValidCatalog {
    /// Position of a source id in the generated `SOURCES` table (ids in sorted order).
    pub fn source_index(&self, id: &str) -> Option<usize> {
        self.sources.keys().position(|k| k == id)
    }
}

/// Parses and checks the file. `Err` lists every problem found, one per line.
pub fn parse(text: &str) -> Result<ValidCatalog, String> {
    let file: CatalogFile =
        serde_json::from_str(text).map_err(|e| format!("data/prices.json is malformed: {e}"))?;
    let mut problems = Vec::new();

    check_date(&file.as_of, "asOf", &mut problems);
    if file.currency != "USD" {
        problems.push(format!(
            "currency: {:?} is not supported; every figure is in \"USD\"",
            file.currency
        ));
    }

    if file.sources.is_empty() {
        problems.push("sources: the list is empty".to_string());
    }
    for (id, source) in &file.sources {
        let what = format!("sources.{id}");
        if !is_kebab_id(id) {
            problems.push(format!(
                "{what}: the id must be lower-case words joined by '-'"
            ));
        }
        if source.title.trim().is_empty() {
            problems.push(format!("{what}.title: is empty"));
        }
        if !is_https_url(&source.url) {
            problems.push(format!("{what}.url: {:?} is not an https URL", source.url));
        }
        check_date(&source.as_of, &format!("{what}.asOf"), &mut problems);
        if !SOURCE_CLASSES.contains(&source.class.as_str()) {
            problems.push(format!(
                "{what}.class: {:?} is not one of {}",
                source.class,
                SOURCE_CLASSES.join(", ")
            ));
        }
        if let Some(aws_url) = &source.aws_url {
            if !is_https_url(aws_url) {
                problems.push(format!("{what}.awsUrl: {aws_url:?} is not an https URL"));
            }
        }
    }

    if file.regions.is_empty() {
        problems.push("regions: the list is empty; the catalogue needs at least one Region".into());
    }
    let mut regions = Vec::new();
    for (i, raw) in file.regions.into_iter().enumerate() {
        let label = match raw.get("code").and_then(|c| c.as_str()) {
            Some(code) => format!("regions[{i}] ({code})"),
            None => format!("regions[{i}]"),
        };
        match serde_json::from_value::<RegionEntry>(raw) {
            Ok(region) => regions.push(region),
            Err(e) => problems.push(format!("{label}: {e}")),
        }
    }

    let mut seen = BTreeSet::new();
    let mut used = BTreeSet::new();
    for region in &regions {
        let code = region.code.as_str();
        if !seen.insert(code) {
            problems.push(format!("{code}: the Region appears more than once"));
        }
        if !is_region_code(code) {
            problems.push(format!(
                "{code}: a Region code must look like \"eu-west-2\" (^[a-z]{{2}}(-[a-z]+)+-\\d$)"
            ));
        }
        if region.name.trim().is_empty() {
            problems.push(format!("{code}.name: is empty"));
        }
        if let Some(billing) = &region.billing_code {
            if billing.is_empty()
                || !billing
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
            {
                problems.push(format!(
                    "{code}.billingCode: {billing:?} must be upper-case letters and digits"
                ));
            }
        }
        for (field, price) in region.prices() {
            let what = format!("{code}.{field}");
            check_rate(&price.usd, &what, &mut problems);
            check_provenance(
                &price.source,
                price.verified,
                price.note.as_deref(),
                &file.sources,
                &what,
                &mut used,
                &mut problems,
            );
        }
        check_tiers(region, &file.sources, &mut used, &mut problems);
    }

    let mut pairs = BTreeSet::new();
    for (i, route) in file.inter_region_routes.iter().enumerate() {
        let what = format!("interRegionRoutes[{i}] ({} → {})", route.from, route.to);
        for end in [&route.from, &route.to] {
            if !seen.contains(end.as_str()) {
                problems.push(format!("{what}: {end:?} is not a Region of the catalogue"));
            }
        }
        if route.from == route.to {
            problems.push(format!("{what}: a route joins two different Regions"));
        }
        if !pairs.insert((route.from.as_str(), route.to.as_str())) {
            problems.push(format!("{what}: the route appears more than once"));
        }
        check_rate(&route.usd, &what, &mut problems);
        check_provenance(
            &route.source,
            route.verified,
            route.note.as_deref(),
            &file.sources,
            &what,
            &mut used,
            &mut problems,
        );
    }

    // One "prices as of" for the whole catalogue: the oldest date among the sources rates cite,
    // so that no figure is presented as newer than it is.
    let oldest = used
        .iter()
        .filter_map(|id| file.sources.get(*id))
        .map(|s| s.as_of.as_str())
        .filter(|d| is_date(d))
        .min();
    if let Some(oldest) = oldest {
        if is_date(&file.as_of) && file.as_of != oldest {
            problems.push(format!(
                "asOf: {} must be {oldest}, the oldest date of a source a rate cites",
                file.as_of
            ));
        }
    }

    // A source no price cites is not wrong — the cost model cites some pages by id for its
    // free lines, and `update-prices` leaves replaced sources for a reviewer to prune — but it
    // deserves a look, so it is reported as a build warning.
    let unused_sources: Vec<String> = file
        .sources
        .keys()
        .filter(|id| !used.contains(id.as_str()) && !CITED_BY_THE_COST_MODEL.contains(&id.as_str()))
        .map(|id| format!("sources.{id}: no price refers to it"))
        .collect();

    if problems.is_empty() {
        Ok(ValidCatalog {
            unused_sources,
            as_of: file.as_of,
            currency: file.currency,
            sources: file.sources,
            regions,
            inter_region_routes: file.inter_region_routes,
        })
    } else {
        Err(problems.join("\n"))
    }
}

fn check_tiers<'a>(
    region: &'a RegionEntry,
    sources: &BTreeMap<String, SourceEntry>,
    used: &mut BTreeSet<&'a str>,
    problems: &mut Vec<String>,
) {
    let code = &region.code;
    let tiers = &region.interface_data_tiers;
    if tiers.is_empty() {
        problems.push(format!("{code}.interfaceDataTiers: is empty"));
        return;
    }
    // The first tier starts at 0 GB; each later one starts where the previous one ended, so
    // ascending ends are all it takes for the tiers to be contiguous.
    let mut previous_end = 0u64;
    for (i, tier) in tiers.iter().enumerate() {
        let what = format!("{code}.interfaceDataTiers[{i}]");
        let is_last = i + 1 == tiers.len();
        match (tier.up_to_gb, is_last) {
            (Some(end), false) => {
                if end <= previous_end {
                    problems.push(format!(
                        "{what}.upToGb: {end} must be greater than {previous_end}, where the tier starts"
                    ));
                }
                previous_end = end;
            }
            (Some(end), true) => problems.push(format!(
                "{what}.upToGb: the last tier must be open-ended (null), not {end}"
            )),
            (None, false) => problems.push(format!(
                "{what}.upToGb: only the last tier may be open-ended (null)"
            )),
            (None, true) => {}
        }
        check_rate(&tier.usd, &format!("{what}.usd"), problems);
        check_provenance(
            &tier.source,
            tier.verified,
            tier.note.as_deref(),
            sources,
            &what,
            used,
            problems,
        );
    }
}

/// Checks a figure's source and note, and records the source as cited (`used`).
fn check_provenance<'a>(
    source: &'a str,
    verified: bool,
    note: Option<&str>,
    sources: &BTreeMap<String, SourceEntry>,
    what: &str,
    used: &mut BTreeSet<&'a str>,
    problems: &mut Vec<String>,
) {
    used.insert(source);
    if !sources.contains_key(source) {
        problems.push(format!("{what}.source: unknown source {source:?}"));
    }
    if let Some(note) = note {
        if note.trim().is_empty() {
            problems.push(format!("{what}.note: is empty; drop it or say something"));
        }
    }
    // An unconfirmed figure must say why it is there: never a silent guess.
    if !verified && note.map_or(true, |n| n.trim().is_empty()) {
        problems.push(format!(
            "{what}: verified is false but there is no note saying what is known"
        ));
    }
}

fn check_rate(text: &str, what: &str, problems: &mut Vec<String>) {
    if let Err(why) = nanos(text) {
        problems.push(format!("{what}: {why}"));
    }
}

/// `"0.0035"` → 3_500_000 nano-dollars, exactly.
pub fn nanos(text: &str) -> Result<u64, String> {
    if text.starts_with('-') {
        return Err(format!("rate {text:?} is negative"));
    }
    let (whole, frac) = text.split_once('.').unwrap_or((text, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty()
        || !digits(whole)
        || !digits(frac)
        || (text.contains('.') && frac.is_empty())
    {
        return Err(format!(
            "rate {text:?} is not a decimal number like \"0.0035\""
        ));
    }
    if frac.len() > 9 {
        return Err(format!(
            "rate {text:?} has more than 9 decimal places (the catalogue counts nano-dollars)"
        ));
    }
    let too_big = || format!("rate {text:?} is too large");
    let whole: u64 = whole.parse().map_err(|_| too_big())?;
    let frac: u64 = format!("{frac:0<9}").parse().map_err(|_| too_big())?;
    whole
        .checked_mul(1_000_000_000)
        .and_then(|w| w.checked_add(frac))
        .ok_or_else(too_big)
}

/// `^[a-z]{2}(-[a-z]+)+-\d$`, e.g. `us-east-1`, `ap-southeast-2`, `us-gov-west-1`.
pub fn is_region_code(code: &str) -> bool {
    let parts: Vec<&str> = code.split('-').collect();
    let [first, middle @ .., last] = parts.as_slice() else {
        return false;
    };
    first.len() == 2
        && first.bytes().all(|b| b.is_ascii_lowercase())
        && !middle.is_empty()
        && middle
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_lowercase()))
        && last.len() == 1
        && last.bytes().all(|b| b.is_ascii_digit())
}

fn is_kebab_id(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|p| {
            !p.is_empty()
                && p.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

fn is_https_url(url: &str) -> bool {
    url.strip_prefix("https://").is_some_and(|rest| {
        let host = rest.split('/').next().unwrap_or("");
        host.contains('.') && !url.chars().any(char::is_whitespace)
    })
}

/// A real calendar date written YYYY-MM-DD.
pub fn is_date(text: &str) -> bool {
    let b = text.as_bytes();
    if !text.is_ascii() || b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let number = |s: &str| -> Option<u32> {
        if s.bytes().all(|c| c.is_ascii_digit()) {
            s.parse().ok()
        } else {
            None
        }
    };
    let (Some(year), Some(month), Some(day)) = (
        number(&text[0..4]),
        number(&text[5..7]),
        number(&text[8..10]),
    ) else {
        return false;
    };
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days_in_month = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    year >= 2000 && (1..=days_in_month).contains(&day)
}

fn check_date(text: &str, what: &str, problems: &mut Vec<String>) {
    if !is_date(text) {
        problems.push(format!("{what}: {text:?} is not a date written YYYY-MM-DD"));
    }
}
