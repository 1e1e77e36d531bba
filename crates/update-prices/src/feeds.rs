//! Reads AWS's pricing-page feeds: the JSON files the AWS pricing pages render their tables
//! from (`vpc.json`, `natgateway.json`, `route53.json`), plus AWS's `locations.json`, which maps
//! the feeds' location names ("EU (Ireland)") to Region codes.
//!
//! A feed is `{"manifest": {…, "hawkFilePublicationDate", "currencyCode", "source"}, "regions":
//! {location: {key: {"rateCode": "<SKU>.<term>.<rate>", "price": "0.0100000000"}}}}`. Keys are
//! the rate's description ("Hourly charge for VPC Endpoints per Hrs"); some are opaque hashes.
//! Nothing here decides what changes in the catalogue: `feed_update` does that.

use crate::rules::{parse_usd, Found, ReadTier, Usd};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use vpce_advisor_catalog_schema::is_region_code;

/// The feed files read from the directory, by file stem.
pub const FEED_FILES: [&str; 3] = ["vpc", "natgateway", "route53"];

/// Base of the feeds' published addresses.
pub const FEED_BASE: &str = "https://b0.p.awsstatic.com/pricing/2.0/meteredUnitMaps";

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawManifest {
    service_id: String,
    hawk_file_publication_date: String,
    currency_code: String,
    source: String,
    #[serde(default)]
    es_index: Option<String>,
}

#[derive(Debug, Deserialize)]
struct RawFeed {
    manifest: RawManifest,
    regions: BTreeMap<String, BTreeMap<String, RawEntry>>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawEntry {
    rate_code: String,
    price: String,
}

/// One figure of a feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub rate_code: String,
    pub usd: Usd,
}

/// One feed file, checked.
#[derive(Debug)]
pub struct Feed {
    /// File stem and manifest `source`, e.g. `"vpc"`.
    pub name: String,
    /// Manifest `serviceId`, e.g. `"ec2"` for the NAT gateway feed.
    pub service_id: String,
    /// Publication day, YYYY-MM-DD.
    pub published: String,
    pub es_index: Option<String>,
    /// Location name → key → figure.
    pub regions: BTreeMap<String, BTreeMap<String, Entry>>,
}

impl Feed {
    /// The catalogue's source id for this publication, e.g. `aws-feed-vpc-20251104`.
    pub fn source_id(&self) -> String {
        format!("aws-feed-{}-{}", self.name, self.published.replace('-', ""))
    }

    /// Where AWS publishes the current version of this feed.
    pub fn aws_url(&self) -> String {
        format!(
            "{FEED_BASE}/{}/USD/current/{}.json",
            self.service_id, self.name
        )
    }

    pub fn get(&self, location: &str, key: &str) -> Option<&Entry> {
        self.regions.get(location).and_then(|r| r.get(key))
    }
}

fn is_day(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}

/// Parses and checks one feed; `what` names it in errors.
pub fn parse_feed(text: &str, what: &str) -> Result<Feed, String> {
    let raw: RawFeed =
        serde_json::from_str(text).map_err(|e| format!("{what}: not an AWS price feed: {e}"))?;
    let m = raw.manifest;
    if m.currency_code != "USD" {
        return Err(format!(
            "{what}: manifest.currencyCode is {:?}; only USD feeds are read",
            m.currency_code
        ));
    }
    let published = m.hawk_file_publication_date.get(..10).unwrap_or("");
    if !is_day(published) {
        return Err(format!(
            "{what}: manifest.hawkFilePublicationDate {:?} does not start with YYYY-MM-DD",
            m.hawk_file_publication_date
        ));
    }
    if m.source.is_empty() || !m.source.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return Err(format!(
            "{what}: manifest.source {:?} is not a feed name",
            m.source
        ));
    }
    let mut regions = BTreeMap::new();
    for (location, entries) in raw.regions {
        let mut checked = BTreeMap::new();
        for (key, e) in entries {
            let usd = parse_usd(&e.price)
                .map_err(|why| format!("{what}: {location:?} {key:?}: {why}"))?;
            if e.rate_code.split('.').count() != 3 || e.rate_code.split('.').any(str::is_empty) {
                return Err(format!(
                    "{what}: {location:?} {key:?}: rateCode {:?} is not <SKU>.<term>.<rate>",
                    e.rate_code
                ));
            }
            checked.insert(
                key,
                Entry {
                    rate_code: e.rate_code,
                    usd,
                },
            );
        }
        regions.insert(location, checked);
    }
    Ok(Feed {
        name: m.source,
        service_id: m.service_id,
        published: published.to_string(),
        es_index: m.es_index,
        regions,
    })
}

#[derive(Debug, Deserialize)]
struct RawLocation {
    code: String,
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    label: Option<String>,
}

/// A commercial Region as the locations file names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// The feeds' location name, e.g. `"EU (Ireland)"`.
    pub name: String,
    /// The label AWS shows on its pages, e.g. `"Europe (Ireland)"`.
    pub label: String,
}

/// Region code → location, for commercial AWS Regions only: GovCloud and China Regions bill
/// differently, and "AWS Region" entries whose code is not a Region code (Local Zone-like
/// oddities) are skipped.
pub fn parse_locations(text: &str, what: &str) -> Result<BTreeMap<String, Location>, String> {
    let raw: BTreeMap<String, RawLocation> = serde_json::from_str(text)
        .map_err(|e| format!("{what}: not an AWS locations file: {e}"))?;
    let mut out = BTreeMap::new();
    for (name, l) in raw {
        let commercial = !l.code.starts_with("us-gov-") && !l.code.starts_with("cn-");
        if l.kind == "AWS Region" && commercial && is_region_code(&l.code) {
            let label = l.label.unwrap_or_else(|| name.clone());
            if out
                .insert(l.code.clone(), Location { name, label })
                .is_some()
            {
                return Err(format!("{what}: Region {} appears twice", l.code));
            }
        }
    }
    if out.is_empty() {
        return Err(format!("{what}: no commercial AWS Region in it"));
    }
    Ok(out)
}

/// Everything read from a feeds directory.
#[derive(Debug)]
pub struct Feeds {
    pub locations: BTreeMap<String, Location>,
    /// By file stem.
    pub feeds: BTreeMap<String, Feed>,
}

/// Reads `DIR/locations.json` (required) and every feed file present; at least one feed.
pub fn read_dir(dir: &Path) -> Result<Feeds, String> {
    if !dir.is_dir() {
        return Err(format!("--feeds {}: not a directory", dir.display()));
    }
    let read = |name: &str| -> Result<Option<String>, String> {
        let path = dir.join(name);
        if !path.is_file() {
            return Ok(None);
        }
        fs::read_to_string(&path)
            .map(Some)
            .map_err(|e| format!("{}: cannot read: {e}", path.display()))
    };
    let loc_name = dir.join("locations.json").display().to_string();
    let locations = match read("locations.json")? {
        Some(text) => parse_locations(&text, &loc_name)?,
        None => {
            return Err(format!(
                "{loc_name}: missing (it maps location names to Region codes)"
            ))
        }
    };
    let mut feeds = BTreeMap::new();
    for stem in FEED_FILES {
        let file = format!("{stem}.json");
        if let Some(text) = read(&file)? {
            let what = dir.join(&file).display().to_string();
            let feed = parse_feed(&text, &what)?;
            if feed.name != stem {
                return Err(format!(
                    "{what}: manifest.source is {:?}, expected {stem:?}",
                    feed.name
                ));
            }
            feeds.insert(stem.to_string(), feed);
        }
    }
    if feeds.is_empty() {
        return Err(format!(
            "{}: no feed files found (expected {})",
            dir.display(),
            FEED_FILES.map(|s| format!("{s}.json")).join(", ")
        ));
    }
    Ok(Feeds { locations, feeds })
}

/// Where one catalogue rate is in the feeds.
#[derive(Debug, Clone, Copy)]
pub struct FeedRule {
    pub field: &'static str,
    /// File stem of the feed.
    pub feed: &'static str,
    pub key: Key,
    /// False for a key that is an unlabelled hash: the figure is read, but stays unverified.
    pub labelled: bool,
}

#[derive(Debug, Clone, Copy)]
pub enum Key {
    /// One key under the Region's location.
    Region(&'static str),
    /// One key under location "Any": the same figure in every Region.
    Global(&'static str),
    /// Tiers: every key `<prefix><from> to <to>` under the Region's location.
    TierPrefix(&'static str),
}

/// The built-in mapping of catalogue fields to feed keys.
pub const FEED_RULES: [FeedRule; 13] = [
    FeedRule { field: "interfaceEndpointHour", feed: "vpc", key: Key::Region("Hourly charge for VPC Endpoints per Hrs"), labelled: true },
    FeedRule { field: "interfaceDataTiers", feed: "vpc", key: Key::TierPrefix("Charge for per GB data processed by VPC Endpoints per GB from "), labelled: true },
    FeedRule { field: "gwlbEndpointHour", feed: "vpc", key: Key::Region("Hourly charge for AWS Gateway Load Balancer VPC Endpoint per Hrs"), labelled: true },
    FeedRule { field: "gwlbEndpointGb", feed: "vpc", key: Key::Region("Charge for per GB data processed by AWS Gateway Load Balancer VPC Endpoint per GB"), labelled: true },
    FeedRule { field: "publicIpv4Hour", feed: "vpc", key: Key::Region("Hourly charge for In use Public IPv4 Addresses per Hrs"), labelled: true },
    FeedRule { field: "transitGatewayAttachmentHour", feed: "vpc", key: Key::Region("Hourly charge for Transit Gateway VPC Attachments per hour"), labelled: true },
    FeedRule { field: "transitGatewayGb", feed: "vpc", key: Key::Region("Charge for per GB data processed by AWS Transit Gateways for VPC attachments per GigaBytes"), labelled: true },
    // 2 x the interface rate in every Region that has it: very probably the resource endpoint.
    FeedRule { field: "resourceEndpointHour", feed: "vpc", key: Key::Region("H8FUmXCgBs5mGKB0PcJDc6xbFIbJEC4QLRO9r9CuyMM"), labelled: false },
    FeedRule { field: "natGatewayHour", feed: "natgateway", key: Key::Region("Hourly charge for NAT Gateways"), labelled: true },
    FeedRule { field: "natGatewayGb", feed: "natgateway", key: Key::Region("Charge for per GB data processed by NatGateways"), labelled: true },
    FeedRule { field: "regionalNatGatewayAzHour", feed: "natgateway", key: Key::Region("Hourly charge for Regional NAT Gateways"), labelled: true },
    FeedRule { field: "privateHostedZoneMonth", feed: "route53", key: Key::Global("DNS Zone first 25"), labelled: true },
    // The same SKU's rate beyond an account's first 25 hosted zones.
    FeedRule { field: "privateHostedZoneMonthOver25", feed: "route53", key: Key::Global("DNS Zone"), labelled: true },
];

/// A figure found for one field of one Region.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading {
    pub found: Found,
    /// The rate code of the flat figure, or of each tier in order.
    pub rate_codes: Vec<String>,
    pub labelled: bool,
}

/// Parses `"1048576 to 5242880"` / `"5242880 to Inf"` into (from, to).
fn tier_range(rest: &str) -> Option<(u64, Option<u64>)> {
    let (from, to) = rest.split_once(" to ")?;
    let from = from.trim().parse().ok()?;
    let to = match to.trim() {
        "Inf" => None,
        t => Some(t.parse().ok()?),
    };
    Some((from, to))
}

impl FeedRule {
    /// The figure for `region`, or why there is none.
    pub fn read(&self, feeds: &Feeds, region: &str) -> Result<Reading, String> {
        let feed = feeds
            .feeds
            .get(self.feed)
            .ok_or_else(|| format!("{} not read: no {}.json", self.field, self.feed))?;
        let location = feeds
            .locations
            .get(region)
            .ok_or_else(|| format!("{} not read: {region} is not in locations.json", self.field))?;
        let flat = |entry: &Entry| Reading {
            found: Found::Flat {
                usd: entry.usd.clone(),
                remark: None,
            },
            rate_codes: vec![entry.rate_code.clone()],
            labelled: self.labelled,
        };
        match self.key {
            Key::Region(key) => feed.get(&location.name, key).map(flat).ok_or_else(|| {
                format!(
                    "{} not found in {}.json (no {key:?} under {:?})",
                    self.field, self.feed, location.name
                )
            }),
            Key::Global(key) => feed.get("Any", key).map(flat).ok_or_else(|| {
                format!(
                    "{} not found in {}.json (no {key:?} under \"Any\")",
                    self.field, self.feed
                )
            }),
            Key::TierPrefix(prefix) => {
                let entries = feed.regions.get(&location.name);
                let mut tiers: Vec<(u64, Option<u64>, &Entry)> = Vec::new();
                for (key, entry) in entries.into_iter().flatten() {
                    if let Some(rest) = key.strip_prefix(prefix) {
                        let (from, to) = tier_range(rest).ok_or_else(|| {
                            format!(
                                "{} in {}.json: cannot read the range of {key:?}",
                                self.field, self.feed
                            )
                        })?;
                        tiers.push((from, to, entry));
                    }
                }
                if tiers.is_empty() {
                    return Err(format!(
                        "{} not found in {}.json (no key starting {prefix:?} under {:?})",
                        self.field, self.feed, location.name
                    ));
                }
                tiers.sort_by_key(|t| t.0);
                let mut start = 0u64;
                let mut read = Vec::new();
                for (i, (from, to, entry)) in tiers.iter().enumerate() {
                    let last = i + 1 == tiers.len();
                    if *from != start || to.is_none() != last || to.is_some_and(|t| t <= *from) {
                        return Err(format!(
                            "{} in {}.json: the tiers under {:?} are not contiguous from 0 to Inf",
                            self.field, self.feed, location.name
                        ));
                    }
                    start = to.unwrap_or(0);
                    read.push(ReadTier {
                        up_to_gb: *to,
                        usd: entry.usd.clone(),
                    });
                }
                Ok(Reading {
                    found: Found::Tiers(read),
                    rate_codes: tiers.iter().map(|t| t.2.rate_code.clone()).collect(),
                    labelled: self.labelled,
                })
            }
        }
    }
}
