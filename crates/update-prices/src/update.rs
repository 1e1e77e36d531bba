//! Applies the figures read from offer files to the catalogue, and says what changed.
//!
//! Input: the current catalogue (order-preserving JSON), the offers read per Region, the
//! rules. Output: the new catalogue, the review diff (stdout) and the notes (stderr) about
//! rates and Regions that could not be refreshed. A rate that is not found keeps its old
//! value and source; fields this tool does not know are left as they are.

use crate::json::Json;
use crate::offer::{Offer, PricedProduct};
use crate::rules::{self, Found, Miss, ReadTier, Rule, Usd, PRICE_FIELDS};
use std::collections::{BTreeMap, BTreeSet};

/// Offers read, by Region code, then by offer code.
pub type Offers = BTreeMap<String, BTreeMap<String, Offer>>;

pub struct Options {
    /// The new catalogue "asOf"; `None`: the newest publication date read.
    pub as_of: Option<String>,
    /// Remove Regions that have no offer file at all.
    pub prune: bool,
    /// How to name the offers directory in notes.
    pub offers_dir: String,
}

pub struct Outcome {
    pub catalog: Json,
    /// Review lines for stdout.
    pub diff: Vec<String>,
    /// Notes for stderr: what could not be refreshed, and why.
    pub notes: Vec<String>,
    /// The catalogue differs from the old one (not just in layout).
    pub changed: bool,
}

/// Base of the pinned offer URLs (the Price List bulk API).
pub const PRICE_LIST_BASE: &str = "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws";

pub fn source_id(offer_code: &str, region: &str) -> String {
    format!(
        "aws-price-list-{}-{region}",
        offer_code.to_ascii_lowercase()
    )
}

fn source_entry(offer: &Offer, region: &str) -> Json {
    Json::Object(vec![
        ("class".into(), Json::str("aws-feed")),
        (
            "title".into(),
            Json::String(format!(
                "AWS Price List {} offer, {region}",
                offer.offer_code
            )),
        ),
        (
            "url".into(),
            Json::String(format!(
                "{PRICE_LIST_BASE}/{}/{}/{region}/index.json",
                offer.offer_code, offer.version
            )),
        ),
        ("asOf".into(), Json::str(offer.publication_day())),
    ])
}

/// What one rule yields for one Region.
enum Reading {
    Found(Found),
    /// The text finishes "… ; kept X from Y".
    Missed(String),
}

fn read_rule(
    rule: &Rule,
    region: &str,
    offers: Option<&BTreeMap<String, Offer>>,
    dir: &str,
) -> Reading {
    let Some(offer) = offers.and_then(|o| o.get(&rule.offer_code)) else {
        return Reading::Missed(format!(
            "{} not read: no {} offer file ({dir}/{}/current/{region}/index.json)",
            rule.field, rule.offer_code, rule.offer_code
        ));
    };
    let matching: Vec<&PricedProduct> = offer
        .products
        .values()
        .filter(|p| rule.matches(&p.product, region))
        .collect();
    match rules::pick(rule, &matching) {
        Ok(found) => Reading::Found(found),
        Err(Miss::NotFound) => Reading::Missed(format!(
            "{} not found in {} offer (no product with usage type *{} in {region})",
            rule.field, rule.offer_code, rule.usage_suffix
        )),
        Err(Miss::Unusable(why)) => Reading::Missed(format!(
            "{} in {} offer not usable: {why}",
            rule.field, rule.offer_code
        )),
    }
}

fn describe_old(value: Option<&Json>) -> String {
    match value {
        Some(Json::Array(tiers)) => {
            let parts: Vec<String> = tiers.iter().map(|t| describe_old(Some(t))).collect();
            format!("[{}]", parts.join(", "))
        }
        Some(v) => {
            let usd = v.get("usd").and_then(Json::as_str).unwrap_or("?");
            let source = v.get("source").and_then(Json::as_str).unwrap_or("?");
            format!("{usd} from {source}")
        }
        None => "nothing (field absent)".into(),
    }
}

/// Sets usd and source on a price object, keeping any other field; a figure read from the
/// Price List is verified, so an explicit `"verified": false` goes.
fn apply_price(slot: &mut Json, usd: &Usd, source: &str) {
    if !matches!(slot, Json::Object(_)) {
        *slot = Json::Object(Vec::new());
    }
    slot.set("usd", Json::str(&usd.text));
    slot.set("source", Json::str(source));
    if slot.get("verified") == Some(&Json::Bool(false)) {
        slot.remove("verified");
    }
}

fn apply_tiers(slot: &mut Json, tiers: &[ReadTier], source: &str) {
    rewrite_tiers(slot, tiers, |obj, _, t| apply_price(obj, &t.usd, source));
}

/// Replaces the tier list in `slot` with `tiers`, keeping each existing tier object (its notes
/// and usage type) by position, setting `upToGb`, and letting `fill` write the price. Shared by
/// the offer and the feed updates.
pub(crate) fn rewrite_tiers(
    slot: &mut Json,
    tiers: &[ReadTier],
    mut fill: impl FnMut(&mut Json, usize, &ReadTier),
) {
    let old = slot.as_array().cloned().unwrap_or_default();
    let new = tiers
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let mut obj = match old.get(i) {
                Some(o @ Json::Object(_)) => o.clone(),
                _ => Json::Object(Vec::new()),
            };
            obj.set(
                "upToGb",
                t.up_to_gb.map_or(Json::Null, |gb| Json::Number(gb.into())),
            );
            fill(&mut obj, i, t);
            obj
        })
        .collect();
    *slot = Json::Array(new);
}

fn usd_of(v: &Json) -> Option<&str> {
    v.get("usd").and_then(Json::as_str)
}

fn tier_label(tiers: &[Json], i: usize) -> String {
    let from = if i == 0 {
        Some("0".to_string())
    } else {
        tiers
            .get(i - 1)
            .and_then(|t| t.get("upToGb"))
            .map(up_to_text)
    };
    let to = tiers.get(i).and_then(|t| t.get("upToGb")).map(up_to_text);
    format!(
        "{}–{} GB",
        from.unwrap_or_else(|| "?".into()),
        to.unwrap_or_else(|| "?".into())
    )
}

fn up_to_text(v: &Json) -> String {
    match v {
        Json::Number(n) => n.to_string(),
        Json::Null => "Inf".into(),
        _ => "?".into(),
    }
}

fn tiers_text(tiers: &[Json]) -> String {
    tiers
        .iter()
        .enumerate()
        .map(|(i, t)| format!("{} {}", tier_label(tiers, i), usd_of(t).unwrap_or("?")))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Review lines for one field of one Region: value changes only.
pub fn diff_field(
    region: &str,
    field: &str,
    old: Option<&Json>,
    new: &Json,
    out: &mut Vec<String>,
) {
    match (old, new) {
        (Some(Json::Array(a)), Json::Array(b)) => {
            let bounds = |t: &[Json]| {
                t.iter()
                    .map(|x| x.get("upToGb").cloned())
                    .collect::<Vec<_>>()
            };
            if bounds(a) == bounds(b) {
                for (i, (x, y)) in a.iter().zip(b).enumerate() {
                    if usd_of(x) != usd_of(y) {
                        out.push(format!(
                            "{region} {field}[{i}] ({}): {} → {}",
                            tier_label(b, i),
                            usd_of(x).unwrap_or("?"),
                            usd_of(y).unwrap_or("?")
                        ));
                    }
                }
            } else {
                out.push(format!(
                    "{region} {field}: {} → {}",
                    tiers_text(a),
                    tiers_text(b)
                ));
            }
        }
        (Some(o), n) if usd_of(o) != usd_of(n) || !same_kind(o, n) => out.push(format!(
            "{region} {field}: {} → {}",
            usd_of(o).unwrap_or("?"),
            usd_of(n).unwrap_or("?")
        )),
        (None, n) => out.push(format!(
            "{region} {field}: (absent) → {}",
            usd_of(n).map_or_else(
                || tiers_text(n.as_array().map_or(&[][..], Vec::as_slice)),
                str::to_string
            )
        )),
        _ => {}
    }
}

fn same_kind(a: &Json, b: &Json) -> bool {
    matches!(
        (a, b),
        (Json::Object(_), Json::Object(_)) | (Json::Array(_), Json::Array(_))
    )
}

/// Every `"source"` value anywhere under `v`.
fn sources_used(v: &Json, out: &mut BTreeSet<String>) {
    match v {
        Json::Object(pairs) => {
            for (k, x) in pairs {
                match (k.as_str(), x) {
                    ("source", Json::String(s)) => {
                        out.insert(s.clone());
                    }
                    _ => sources_used(x, out),
                }
            }
        }
        Json::Array(items) => items.iter().for_each(|x| sources_used(x, out)),
        _ => {}
    }
}

/// Source ids cited by any rate (Regions and inter-Region routes).
fn cited_sources(catalog: &Json) -> BTreeSet<String> {
    let mut used = BTreeSet::new();
    for key in ["regions", "interRegionRoutes"] {
        if let Some(v) = catalog.get(key) {
            sources_used(v, &mut used);
        }
    }
    used
}

/// Source ids no rate cites.
pub fn unused_sources(catalog: &Json) -> Vec<String> {
    let used = cited_sources(catalog);
    catalog
        .get("sources")
        .and_then(Json::as_object)
        .map(|all| {
            all.iter()
                .map(|(k, _)| k.clone())
                .filter(|k| !used.contains(k))
                .collect()
        })
        .unwrap_or_default()
}

/// The catalogue's one "prices as of": the oldest date of a source any rate cites.
pub fn oldest_cited_date(catalog: &Json) -> Result<String, String> {
    let sources = catalog
        .get("sources")
        .ok_or("catalogue: \"sources\" is missing")?;
    cited_sources(catalog)
        .iter()
        .filter_map(|id| sources.get(id)?.get("asOf")?.as_str().map(str::to_string))
        .min()
        .ok_or_else(|| "catalogue: no rate cites a dated source".to_string())
}

/// Reads what the rules find for one Region; returns the field readings.
fn readings(
    region: &str,
    offers: &Offers,
    rules: &[Rule],
    dir: &str,
) -> Vec<(String, Reading, String)> {
    let region_offers = offers.get(region);
    rules
        .iter()
        .map(|r| {
            (
                r.field.clone(),
                read_rule(r, region, region_offers, dir),
                r.offer_code.clone(),
            )
        })
        .collect()
}

pub fn update(
    old: &Json,
    offers: &Offers,
    rules: &[Rule],
    opts: &Options,
) -> Result<Outcome, String> {
    let mut catalog = old.clone();
    let mut diff = Vec::new();
    let mut notes = Vec::new();
    let dir = &opts.offers_dir;

    let regions = catalog
        .get("regions")
        .and_then(Json::as_array)
        .ok_or("catalogue: \"regions\" is missing or not a list")?;
    let mut codes = Vec::new();
    for (i, r) in regions.iter().enumerate() {
        let code = r
            .get("code")
            .and_then(Json::as_str)
            .ok_or_else(|| format!("catalogue: regions[{i}] has no \"code\""))?;
        codes.push(code.to_string());
    }
    if catalog.get("sources").and_then(Json::as_object).is_none() {
        return Err("catalogue: \"sources\" is missing or not an object".into());
    }

    let ruled: BTreeSet<&str> = rules.iter().map(|r| r.field.as_str()).collect();
    let unruled: Vec<&str> = PRICE_FIELDS
        .iter()
        .copied()
        .filter(|f| !ruled.contains(f))
        .collect();
    if !unruled.is_empty() {
        notes.push(format!(
            "{}: no Price List rule (usage type not verified); kept as they are in every Region",
            unruled.join(", ")
        ));
    }

    // Sources cited by refreshed rates: id → (offer, region).
    let mut cited: BTreeMap<String, (&Offer, String)> = BTreeMap::new();
    let mut kept_regions = Vec::new();

    let old_regions = regions.clone();
    for (code, region_old) in codes.iter().zip(&old_regions) {
        let name = region_old.get("name").and_then(Json::as_str).unwrap_or("?");
        if !offers.contains_key(code) {
            if opts.prune {
                diff.push(format!(
                    "- Region {code} ({name}) removed: no offer files for it"
                ));
            } else {
                notes.push(format!(
                    "{code}: no offer files for this Region in {dir}; kept all its rates"
                ));
                kept_regions.push(region_old.clone());
            }
            continue;
        }
        let mut region_new = region_old.clone();
        let mut resourced = 0usize;
        for (field, reading, offer_code) in readings(code, offers, rules, dir) {
            match reading {
                Reading::Missed(why) => notes.push(format!(
                    "{code}: {why}; kept {}",
                    describe_old(region_old.get(&field))
                )),
                Reading::Found(found) => {
                    let Some(offer) = offers.get(code).and_then(|o| o.get(&offer_code)) else {
                        continue;
                    };
                    let id = source_id(&offer_code, code);
                    cited.insert(id.clone(), (offer, code.clone()));
                    let mut slot = region_new.get(&field).cloned().unwrap_or(Json::Null);
                    match &found {
                        Found::Flat { usd, remark } => {
                            apply_price(&mut slot, usd, &id);
                            if let Some(remark) = remark {
                                notes.push(format!("{code}: {field}: {remark}"));
                            }
                        }
                        Found::Tiers(tiers) => apply_tiers(&mut slot, tiers, &id),
                    }
                    let before = diff.len();
                    diff_field(code, &field, region_old.get(&field), &slot, &mut diff);
                    if diff.len() == before && region_old.get(&field) != Some(&slot) {
                        resourced += 1;
                    }
                    region_new.set(&field, slot);
                }
            }
        }
        if resourced > 0 {
            diff.push(format!(
                "{code}: {resourced} unchanged rate(s) now cite the AWS Price List offer files"
            ));
        }
        kept_regions.push(region_new);
    }

    // Regions the offers have and the catalogue lacks.
    for (code, region_offers) in offers.iter().filter(|(c, _)| !codes.contains(c)) {
        let mut entry = Json::Object(vec![("code".into(), Json::str(code))]);
        let name = region_offers
            .values()
            .flat_map(|o| o.products.values())
            .find(|p| p.product.attributes.region_code.as_deref() == Some(code.as_str()))
            .and_then(|p| p.product.attributes.location.clone());
        entry.set(
            "name",
            Json::String(name.clone().unwrap_or_else(|| code.clone())),
        );
        let mut missing: Vec<String> = Vec::new();
        let mut region_cites = Vec::new();
        let by_field: BTreeMap<String, (Reading, String)> = readings(code, offers, rules, dir)
            .into_iter()
            .map(|(f, r, o)| (f, (r, o)))
            .collect();
        for &field in PRICE_FIELDS {
            match by_field.get(field) {
                Some((Reading::Found(found), offer_code)) => {
                    let id = source_id(offer_code, code);
                    let mut slot = Json::Null;
                    match found {
                        Found::Flat { usd, .. } => apply_price(&mut slot, usd, &id),
                        Found::Tiers(t) => apply_tiers(&mut slot, t, &id),
                    }
                    entry.set(field, slot);
                    region_cites.push(offer_code.clone());
                }
                _ => missing.push(field.to_string()),
            }
        }
        if missing.is_empty() && name.is_some() {
            for offer_code in region_cites {
                if let Some(offer) = region_offers.get(&offer_code) {
                    cited.insert(source_id(&offer_code, code), (offer, code.clone()));
                }
            }
            diff.push(format!(
                "+ Region {code} ({}) added",
                entry.get("name").and_then(Json::as_str).unwrap_or("?")
            ));
            kept_regions.push(entry);
        } else {
            let mut why = Vec::new();
            if name.is_none() {
                why.push("no product names its location".to_string());
            }
            if !missing.is_empty() {
                why.push(format!("no figure for {}", missing.join(", ")));
            }
            notes.push(format!(
                "{code}: in the offer files but not in the catalogue; not added ({}). Add its entry by hand, or give --rule for the missing fields, and run again",
                why.join("; ")
            ));
        }
    }

    // Sources.
    let sources = catalog.get_mut("sources").ok_or("catalogue: no sources")?;
    for (id, (offer, region)) in &cited {
        let new = source_entry(offer, region);
        match sources.get(id) {
            None => diff.push(format!(
                "source {id}: new ({} {} published {})",
                offer.offer_code,
                offer.version,
                offer.publication_day()
            )),
            Some(old) if *old != new => {
                let old_as_of = old.get("asOf").and_then(Json::as_str).unwrap_or("?");
                diff.push(format!(
                    "source {id}: {old_as_of} → {} ({} {})",
                    offer.publication_day(),
                    offer.offer_code,
                    offer.version
                ));
            }
            _ => {}
        }
        // Keep unknown fields of an existing entry; refresh title, url, asOf.
        let mut merged = sources.get(id).cloned().unwrap_or(Json::Object(Vec::new()));
        if let Some(pairs) = new.as_object() {
            for (k, v) in pairs {
                merged.set(k, v.clone());
            }
        }
        sources.set(id, merged);
    }
    catalog.set("regions", Json::Array(kept_regions));

    // asOf.
    let newest = offers
        .values()
        .flat_map(|o| o.values())
        .map(|o| o.publication_day().to_string())
        .max();
    let as_of = opts
        .as_of
        .clone()
        .or(newest)
        .ok_or("no offer file was read")?;
    Ok(finish(old, catalog, as_of, diff, notes))
}

/// The common end of both updates: the new `asOf` (its change first in the diff), a note on
/// sources no rate cites any more (the reviewer decides: code may name them), and whether
/// anything changed.
pub(crate) fn finish(
    old: &Json,
    mut catalog: Json,
    as_of: String,
    mut diff: Vec<String>,
    mut notes: Vec<String>,
) -> Outcome {
    let old_as_of = old
        .get("asOf")
        .and_then(Json::as_str)
        .unwrap_or("?")
        .to_string();
    if old_as_of != as_of {
        diff.insert(0, format!("asOf: {old_as_of} → {as_of}"));
    }
    catalog.set("asOf", Json::String(as_of));
    let unused = unused_sources(&catalog);
    if !unused.is_empty() {
        notes.push(format!(
            "sources no rate cites any more (kept; remove by hand if nothing else names them): {}",
            unused.join(", ")
        ));
    }
    let changed = catalog != *old;
    Outcome {
        catalog,
        diff,
        notes,
        changed,
    }
}
