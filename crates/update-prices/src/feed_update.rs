//! Applies the figures read from AWS's pricing-page feeds (`feeds`) to the catalogue, for every
//! Region the catalogue lists, and says what changed: the `--feeds DIR` mode of `update-prices`.
//!
//! A figure found replaces the old one and cites the feed publication it came from (one source
//! per feed file and publication day, so every rate keeps its own date). A figure not found
//! keeps its old value and source, with a note on stderr. Rates the feeds do not carry (data
//! transfer, service-network endpoints) are left as they are.

use crate::feeds::{Feed, Feeds, Reading, FEED_RULES};
use crate::json::Json;
use crate::rules::{Found, ALL_RATE_FIELDS};
use crate::update::{diff_field, finish, oldest_cited_date, rewrite_tiers, Outcome};
use std::collections::BTreeSet;

/// Sets a flat figure on a price object, keeping its other fields (usage type, a hand note on an
/// unlabelled key). A note written for another source goes: it described that source.
fn apply(slot: &mut Json, usd: &str, rate_code: &str, source: &str, labelled: bool) {
    if !matches!(slot, Json::Object(_)) {
        *slot = Json::Object(Vec::new());
    }
    let same_source = slot.get("source").and_then(Json::as_str) == Some(source);
    slot.set("usd", Json::str(usd));
    slot.set("source", Json::str(source));
    slot.set("sku", Json::str(rate_code.split('.').next().unwrap_or("")));
    slot.set("rateCode", Json::str(rate_code));
    if labelled {
        slot.remove("verified");
        if !same_source {
            slot.remove("note");
        }
    } else {
        slot.set("verified", Json::Bool(false));
        if slot.get("note").is_none() {
            slot.set(
                "note",
                Json::str("Read from an unlabelled key of the AWS price feed; the key's meaning is inferred, so unverified."),
            );
        }
    }
}

fn apply_reading(slot: &mut Json, reading: &Reading, source: &str) {
    match &reading.found {
        Found::Flat { usd, .. } => apply(
            slot,
            &usd.text,
            &reading.rate_codes[0],
            source,
            reading.labelled,
        ),
        Found::Tiers(tiers) => rewrite_tiers(slot, tiers, |obj, i, t| {
            let code = reading.rate_codes.get(i).map_or("", String::as_str);
            apply(obj, &t.usd.text, code, source, reading.labelled);
        }),
    }
}

fn source_entry(feed: &Feed) -> Json {
    let mut note = format!(
        "The JSON the AWS pricing pages render from (manifest source {:?}, serviceId {:?}",
        feed.name, feed.service_id
    );
    if let Some(index) = &feed.es_index {
        note.push_str(&format!(", esIndex {index}"));
    }
    note.push_str("); a rateCode is <SKU>.<term>.<rate> of the Price List offer.");
    Json::Object(vec![
        ("class".into(), Json::str("aws-feed")),
        (
            "title".into(),
            Json::String(format!(
                "AWS price feed {}.json, published {}",
                feed.name, feed.published
            )),
        ),
        ("url".into(), Json::String(feed.aws_url())),
        ("asOf".into(), Json::str(&feed.published)),
        ("note".into(), Json::String(note)),
    ])
}

pub fn update(old: &Json, feeds: &Feeds) -> Result<Outcome, String> {
    let mut catalog = old.clone();
    let mut diff = Vec::new();
    let mut notes = Vec::new();

    let regions = catalog
        .get("regions")
        .and_then(Json::as_array)
        .cloned()
        .ok_or("catalogue: \"regions\" is missing or not a list")?;
    if catalog.get("sources").and_then(Json::as_object).is_none() {
        return Err("catalogue: \"sources\" is missing or not an object".into());
    }
    let mut codes = Vec::new();
    for (i, r) in regions.iter().enumerate() {
        let code = r
            .get("code")
            .and_then(Json::as_str)
            .ok_or_else(|| format!("catalogue: regions[{i}] has no \"code\""))?;
        codes.push(code.to_string());
    }

    let mut cited: BTreeSet<&str> = BTreeSet::new();
    let mut new_regions = Vec::new();
    for (code, region_old) in codes.iter().zip(&regions) {
        if !feeds.locations.contains_key(code) {
            notes.push(format!(
                "{code}: not a commercial Region in locations.json; kept all its rates"
            ));
            new_regions.push(region_old.clone());
            continue;
        }
        let mut region_new = region_old.clone();
        for rule in &FEED_RULES {
            match rule.read(feeds, code) {
                Err(why) => {
                    if feeds.feeds.contains_key(rule.feed) {
                        notes.push(format!("{code}: {why}; kept it as it is"));
                    }
                }
                Ok(reading) => {
                    let feed = &feeds.feeds[rule.feed];
                    let id = feed.source_id();
                    cited.insert(rule.feed);
                    let mut slot = region_new.get(rule.field).cloned().unwrap_or(Json::Null);
                    apply_reading(&mut slot, &reading, &id);
                    diff_field(
                        code,
                        rule.field,
                        region_old.get(rule.field),
                        &slot,
                        &mut diff,
                    );
                    region_new.set(rule.field, slot);
                }
            }
        }
        new_regions.push(region_new);
    }

    // Regions the feeds price and the catalogue lacks: added only with every rate.
    for (code, location) in feeds.locations.iter().filter(|(c, _)| !codes.contains(c)) {
        let mut entry = Json::Object(vec![
            ("code".into(), Json::str(code)),
            ("name".into(), Json::str(&location.label)),
        ]);
        let mut found = BTreeSet::new();
        let mut uses = Vec::new();
        for rule in &FEED_RULES {
            if let Ok(reading) = rule.read(feeds, code) {
                let mut slot = Json::Null;
                apply_reading(&mut slot, &reading, &feeds.feeds[rule.feed].source_id());
                entry.set(rule.field, slot);
                found.insert(rule.field);
                uses.push(rule.feed);
            }
        }
        let missing: Vec<&str> = ALL_RATE_FIELDS
            .iter()
            .copied()
            .filter(|f| !found.contains(f))
            .collect();
        if missing.is_empty() {
            cited.extend(uses);
            diff.push(format!("+ Region {code} ({}) added", location.label));
            new_regions.push(entry);
        } else {
            notes.push(format!(
                "{code} ({}): in the feeds but not in the catalogue; not added (no figure for {}). Add its entry by hand and run again",
                location.label,
                missing.join(", ")
            ));
        }
    }
    catalog.set("regions", Json::Array(new_regions));

    // One source per feed publication; an entry already present (same publication) is kept, so a
    // pinned copy's address and a reviewer's note survive.
    let sources = catalog.get_mut("sources").ok_or("catalogue: no sources")?;
    for name in &cited {
        let feed = &feeds.feeds[*name];
        let id = feed.source_id();
        if sources.get(&id).is_none() {
            diff.push(format!(
                "source {id}: new ({}.json published {})",
                feed.name, feed.published
            ));
            sources.set(&id, source_entry(feed));
        }
    }

    let as_of = oldest_cited_date(&catalog)?;
    Ok(finish(old, catalog, as_of, diff, notes))
}
