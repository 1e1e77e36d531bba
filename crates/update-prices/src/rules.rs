//! Which Price List product carries which catalogue rate, and how a figure is read from it.
//!
//! A rate is matched by attributes, not by one exact usage-type string: the product's Region
//! (`fromRegionCode`, else `regionCode`) must be the offer file's Region, its `usagetype` must
//! end in the rule's suffix after a Region billing-code prefix (`USE1-`, `EU-`, `USE1-USW2-`,
//! or none, as us-east-1 sometimes has), and where a rule names them, `productFamily` and
//! `transferType` must match too. Only price dimensions in the rule's unit count.

use crate::offer::{PriceDimension, PricedProduct};

/// How the catalogue's one figure (or tier list) is taken from the matching products.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pick {
    /// One flat rate: the dimension that starts at 0. Every match must agree.
    Flat,
    /// The full tier list (beginRange/endRange in GB → cumulative `upToGb`).
    Tiers,
    /// The first tier whose price is above zero (internet egress after the free step).
    FirstPaidTier,
    /// One product per destination Region: the rate most destinations share (ties: the higher).
    MostCommon,
}

/// One catalogue field and where it comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    /// The catalogue's key, e.g. `"natGatewayGb"`.
    pub field: String,
    pub offer_code: String,
    /// The usage type after the Region prefix, e.g. `"NatGateway-Bytes"`.
    pub usage_suffix: String,
    /// `"Hrs"` or `"GB"`.
    pub unit: String,
    pub product_family: Option<String>,
    pub transfer_type: Option<String>,
    pub pick: Pick,
}

/// Every rate a catalogue Region holds: `PRICE_FIELDS` and the rates the whole-VPC plan added,
/// which only the feeds mode reads (the offer rules predate them).
pub const ALL_RATE_FIELDS: [&str; 17] = [
    "interfaceEndpointHour",
    "interfaceDataTiers",
    "gwlbEndpointHour",
    "gwlbEndpointGb",
    "natGatewayHour",
    "natGatewayGb",
    "publicIpv4Hour",
    "resourceEndpointHour",
    "serviceNetworkEndpointHour",
    "crossAzGb",
    "interRegionOutGb",
    "internetOutGb",
    "transitGatewayAttachmentHour",
    "transitGatewayGb",
    "privateHostedZoneMonth",
    "privateHostedZoneMonthOver25",
    "regionalNatGatewayAzHour",
];

/// The rates the offer rules read, in the order a new Region is written: the first twelve of
/// `ALL_RATE_FIELDS` (the five after them came with the whole-VPC plan).
pub const PRICE_FIELDS: &[&str] = ALL_RATE_FIELDS.split_at(12).0;

/// The offer codes read, in the order they are looked for.
pub const OFFER_CODES: [&str; 3] = ["AmazonVPC", "AmazonEC2", "AWSDataTransfer"];

fn rule(
    field: &str,
    offer_code: &str,
    usage_suffix: &str,
    unit: &str,
    pick: Pick,
    product_family: Option<&str>,
    transfer_type: Option<&str>,
) -> Rule {
    Rule {
        field: field.into(),
        offer_code: offer_code.into(),
        usage_suffix: usage_suffix.into(),
        unit: unit.into(),
        product_family: product_family.map(Into::into),
        transfer_type: transfer_type.map(Into::into),
        pick,
    }
}

/// The built-in rules. `resourceEndpointHour` and `serviceNetworkEndpointHour` have none: no
/// stored source names their usage types, so they are kept as they are unless a maintainer
/// adds a rule with `--rule`.
pub fn default_rules() -> Vec<Rule> {
    use Pick::*;
    let vpc = "AmazonVPC";
    let dt = "AWSDataTransfer";
    vec![
        rule(
            "interfaceEndpointHour",
            vpc,
            "VpcEndpoint-Hours",
            "Hrs",
            Flat,
            None,
            None,
        ),
        rule(
            "interfaceDataTiers",
            vpc,
            "VpcEndpoint-Bytes",
            "GB",
            Tiers,
            None,
            None,
        ),
        rule(
            "gwlbEndpointHour",
            vpc,
            "VpcEndpoint-GWLBE-Hours",
            "Hrs",
            Flat,
            None,
            None,
        ),
        rule(
            "gwlbEndpointGb",
            vpc,
            "VpcEndpoint-GWLBE-Bytes",
            "GB",
            Flat,
            None,
            None,
        ),
        rule(
            "natGatewayHour",
            "AmazonEC2",
            "NatGateway-Hours",
            "Hrs",
            Flat,
            Some("NAT Gateway"),
            None,
        ),
        rule(
            "natGatewayGb",
            "AmazonEC2",
            "NatGateway-Bytes",
            "GB",
            Flat,
            Some("NAT Gateway"),
            None,
        ),
        rule(
            "publicIpv4Hour",
            vpc,
            "PublicIPv4:InUseAddress",
            "Hrs",
            Flat,
            None,
            None,
        ),
        rule(
            "crossAzGb",
            dt,
            "DataTransfer-Regional-Bytes",
            "GB",
            Flat,
            None,
            None,
        ),
        rule(
            "interRegionOutGb",
            dt,
            "AWS-Out-Bytes",
            "GB",
            MostCommon,
            None,
            Some("InterRegion Outbound"),
        ),
        rule(
            "internetOutGb",
            dt,
            "DataTransfer-Out-Bytes",
            "GB",
            FirstPaidTier,
            None,
            None,
        ),
    ]
}

/// Parses `--rule FIELD=OfferCode:UsageSuffix[:Unit]` (unit defaults to Hrs for `…Hour`
/// fields, GB otherwise); the rule replaces a built-in one for the same field.
pub fn parse_rule(spec: &str) -> Result<Rule, String> {
    let bad = || {
        format!("--rule {spec:?}: expected FIELD=OfferCode:UsageSuffix[:Unit], e.g. resourceEndpointHour=AmazonVPC:VpcEndpoint-Resource-Hours")
    };
    let (field, rest) = spec.split_once('=').ok_or_else(bad)?;
    let mut parts = rest.split(':');
    let offer = parts.next().filter(|s| !s.is_empty()).ok_or_else(bad)?;
    // A usage type may itself hold a colon (PublicIPv4:InUseAddress): the unit is the last
    // part only when it is a known unit.
    let mut suffix_parts: Vec<&str> = parts.collect();
    let unit = match suffix_parts.last() {
        Some(&u) if u == "Hrs" || u == "GB" => {
            suffix_parts.pop();
            u.to_string()
        }
        _ if field.ends_with("Hour") => "Hrs".to_string(),
        _ => "GB".to_string(),
    };
    let suffix = suffix_parts.join(":");
    if suffix.is_empty() {
        return Err(bad());
    }
    if !PRICE_FIELDS.contains(&field) {
        return Err(format!(
            "--rule {spec:?}: unknown field {field:?}; fields are {}",
            PRICE_FIELDS.join(", ")
        ));
    }
    let pick = if field == "interfaceDataTiers" {
        Pick::Tiers
    } else {
        Pick::Flat
    };
    Ok(rule(field, offer, &suffix, &unit, pick, None, None))
}

/// True if `usagetype` is `suffix` behind zero or more Region billing-code segments
/// (upper-case letters and digits: `USE1`, `EU`, `APS3`, `USE1-USW2`).
pub fn usage_matches(usagetype: &str, suffix: &str) -> bool {
    if usagetype == suffix {
        return true;
    }
    let Some(prefix) = usagetype
        .strip_suffix(suffix)
        .and_then(|p| p.strip_suffix('-'))
    else {
        return false;
    };
    !prefix.is_empty()
        && prefix.split('-').all(|seg| {
            !seg.is_empty()
                && seg
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        })
}

/// The Region a product belongs to: where the traffic comes from for data transfer, else its
/// `regionCode`.
pub fn product_region(p: &crate::offer::Product) -> Option<&str> {
    p.attributes
        .from_region_code
        .as_deref()
        .or(p.attributes.region_code.as_deref())
}

impl Rule {
    /// Does this product carry this rule's rate in `region`?
    pub fn matches(&self, p: &crate::offer::Product, region: &str) -> bool {
        self.matches_any_region(p) && product_region(p) == Some(region)
    }

    /// The Region-independent part of `matches`: used to filter while streaming.
    pub fn matches_any_region(&self, p: &crate::offer::Product) -> bool {
        let usage_ok = p
            .attributes
            .usagetype
            .as_deref()
            .is_some_and(|u| usage_matches(u, &self.usage_suffix));
        let family_ok = self
            .product_family
            .as_deref()
            .map_or(true, |f| p.product_family.as_deref() == Some(f));
        let transfer_ok = self
            .transfer_type
            .as_deref()
            .map_or(true, |t| p.attributes.transfer_type.as_deref() == Some(t));
        usage_ok && family_ok && transfer_ok
    }
}

/// A decimal price read from an offer, as the catalogue writes it ("0.0100000000" → "0.01").
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Usd {
    /// Nano-dollars, the catalogue's precision.
    pub nanos: u128,
    pub text: String,
}

/// Normalises a decimal string: no exponent, no sign, at most 9 significant decimals.
pub fn parse_usd(raw: &str) -> Result<Usd, String> {
    let (whole, frac) = raw.split_once('.').unwrap_or((raw, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || !digits(whole) || !digits(frac) {
        return Err(format!("price {raw:?} is not a plain decimal"));
    }
    let frac = frac.trim_end_matches('0');
    if frac.len() > 9 {
        return Err(format!(
            "price {raw:?} has more than 9 decimals, finer than the catalogue holds"
        ));
    }
    let whole = whole.trim_start_matches('0');
    let whole = if whole.is_empty() { "0" } else { whole };
    let whole_n: u128 = whole
        .parse()
        .map_err(|_| format!("price {raw:?} is too large"))?;
    let frac_n: u128 = format!("{frac:0<9}")
        .parse()
        .map_err(|_| format!("price {raw:?} is not a plain decimal"))?;
    let nanos = whole_n
        .checked_mul(1_000_000_000)
        .and_then(|w| w.checked_add(frac_n))
        .ok_or_else(|| format!("price {raw:?} is too large"))?;
    let text = if frac.is_empty() {
        whole.to_string()
    } else {
        format!("{whole}.{frac}")
    };
    Ok(Usd { nanos, text })
}

/// A range bound in whole GB (or hours); `None` for "Inf".
fn parse_bound(raw: &str) -> Result<Option<u64>, String> {
    if raw.eq_ignore_ascii_case("inf") {
        return Ok(None);
    }
    let (whole, frac) = raw.split_once('.').unwrap_or((raw, ""));
    if !frac.bytes().all(|b| b == b'0') {
        return Err(format!("range bound {raw:?} is not a whole number"));
    }
    whole
        .parse::<u64>()
        .map(Some)
        .map_err(|_| format!("range bound {raw:?} is not a whole number"))
}

/// One step of a tier list, as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadTier {
    pub up_to_gb: Option<u64>,
    pub usd: Usd,
}

/// What a rule found in one Region's offer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    Flat {
        usd: Usd,
        /// Remarks a reviewer should see (extra tiers ignored, several destination rates).
        remark: Option<String>,
    },
    Tiers(Vec<ReadTier>),
}

/// Why a rule found nothing usable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Miss {
    /// No product matched.
    NotFound,
    /// Products matched but the figures could not be used (disagreeing SKUs, gaps in tiers,
    /// a malformed price); the text says what.
    Unusable(String),
}

/// Sorted tier dimensions of one product, in the rule's unit.
fn tiers_of(p: &PricedProduct, unit: &str) -> Result<Vec<(u64, Option<u64>, Usd)>, String> {
    let mut tiers = Vec::new();
    for d in p
        .dimensions
        .iter()
        .filter(|d| d.unit.eq_ignore_ascii_case(unit))
    {
        tiers.push(read_dimension(d)?);
    }
    tiers.sort_by_key(|t| t.0);
    tiers.dedup();
    Ok(tiers)
}

fn read_dimension(d: &PriceDimension) -> Result<(u64, Option<u64>, Usd), String> {
    let usd_raw = d
        .price_per_unit
        .get("USD")
        .ok_or_else(|| format!("rate {} has no USD price", d.rate_code))?;
    let usd = parse_usd(usd_raw).map_err(|e| format!("rate {}: {e}", d.rate_code))?;
    let begin = parse_bound(&d.begin_range)
        .map_err(|e| format!("rate {}: {e}", d.rate_code))?
        .ok_or_else(|| format!("rate {}: beginRange is Inf", d.rate_code))?;
    let end = parse_bound(&d.end_range).map_err(|e| format!("rate {}: {e}", d.rate_code))?;
    Ok((begin, end, usd))
}

fn usage_of(p: &PricedProduct) -> &str {
    p.product.attributes.usagetype.as_deref().unwrap_or("?")
}

/// The tier list of one product, checked to start at 0, be contiguous and end at "Inf".
fn contiguous_tiers(p: &PricedProduct, unit: &str) -> Result<Vec<ReadTier>, String> {
    let raw = tiers_of(p, unit)?;
    let sku = &p.product.sku;
    let mut expected_begin = 0u64;
    let mut out = Vec::new();
    for (i, (begin, end, usd)) in raw.iter().enumerate() {
        if *begin != expected_begin {
            return Err(format!(
                "SKU {sku}: tiers are not contiguous (a tier starts at {begin}, expected {expected_begin})"
            ));
        }
        let last = i + 1 == raw.len();
        match end {
            Some(e) if !last => {
                if *e <= *begin {
                    return Err(format!("SKU {sku}: tier {begin}–{e} is empty"));
                }
                expected_begin = *e;
            }
            Some(e) => return Err(format!("SKU {sku}: the last tier ends at {e}, not Inf")),
            None if !last => return Err(format!("SKU {sku}: a tier before the last ends at Inf")),
            None => {}
        }
        out.push(ReadTier {
            up_to_gb: *end,
            usd: usd.clone(),
        });
    }
    if out.is_empty() {
        return Err(format!("SKU {sku}: no price in unit {unit}"));
    }
    Ok(out)
}

/// Applies `rule` to the products of one Region's offer.
pub fn pick(rule: &Rule, products: &[&PricedProduct]) -> Result<Found, Miss> {
    if products.is_empty() {
        return Err(Miss::NotFound);
    }
    let mut per_product = Vec::new();
    for p in products {
        let tiers = contiguous_tiers(p, &rule.unit).map_err(Miss::Unusable)?;
        per_product.push((*p, tiers));
    }
    let describe = |list: &[(&PricedProduct, Vec<ReadTier>)]| {
        list.iter()
            .map(|(p, t)| {
                let prices: Vec<&str> = t.iter().map(|t| t.usd.text.as_str()).collect();
                format!("{} ({}) {}", p.product.sku, usage_of(p), prices.join("/"))
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    match rule.pick {
        Pick::Tiers | Pick::Flat | Pick::FirstPaidTier => {
            let first = &per_product[..1];
            if per_product.iter().any(|(_, t)| *t != first[0].1) {
                return Err(Miss::Unusable(format!(
                    "{} products match and disagree: {}",
                    per_product.len(),
                    describe(&per_product)
                )));
            }
            let tiers = first[0].1.clone();
            match rule.pick {
                Pick::Tiers => Ok(Found::Tiers(tiers)),
                Pick::FirstPaidTier => tiers
                    .into_iter()
                    .find(|t| t.usd.nanos > 0)
                    .map(|t| Found::Flat {
                        usd: t.usd,
                        remark: None,
                    })
                    .ok_or_else(|| Miss::Unusable("every tier is free".into())),
                _ => {
                    let remark = (tiers.len() > 1).then(|| {
                        format!(
                            "the offer has {} tiers ({}); the catalogue keeps the first",
                            tiers.len(),
                            describe(first)
                        )
                    });
                    let usd = tiers.into_iter().next().map(|t| t.usd);
                    usd.map(|usd| Found::Flat { usd, remark })
                        .ok_or(Miss::NotFound)
                }
            }
        }
        Pick::MostCommon => {
            // Count each destination's first-tier rate.
            let mut counts: Vec<(Usd, Vec<String>)> = Vec::new();
            for (p, tiers) in &per_product {
                let Some(first) = tiers.first() else { continue };
                let to = p
                    .product
                    .attributes
                    .to_region_code
                    .clone()
                    .unwrap_or_else(|| usage_of(p).to_string());
                match counts.iter_mut().find(|(u, _)| *u == first.usd) {
                    Some((_, dests)) => dests.push(to),
                    None => counts.push((first.usd.clone(), vec![to])),
                }
            }
            counts.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(b.0.nanos.cmp(&a.0.nanos)));
            let mut iter = counts.into_iter();
            let (usd, dests) = iter.next().ok_or(Miss::NotFound)?;
            let others: Vec<String> = iter
                .map(|(u, mut d)| {
                    d.sort();
                    format!("{} to {}", u.text, d.join(", "))
                })
                .collect();
            let remark = (!others.is_empty()).then(|| {
                format!(
                    "{} to {} destination Regions (kept); also {}",
                    usd.text,
                    dests.len(),
                    others.join("; ")
                )
            });
            Ok(Found::Flat { usd, remark })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::offer::{Attributes, Product};
    use std::collections::BTreeMap;

    #[test]
    fn usage_suffix_needs_a_billing_code_prefix_or_none() {
        assert!(usage_matches("VpcEndpoint-Hours", "VpcEndpoint-Hours"));
        assert!(usage_matches("USE1-VpcEndpoint-Hours", "VpcEndpoint-Hours"));
        assert!(usage_matches("EU-VpcEndpoint-Hours", "VpcEndpoint-Hours"));
        assert!(usage_matches("USE1-USW2-AWS-Out-Bytes", "AWS-Out-Bytes"));
        assert!(usage_matches(
            "USE1-PublicIPv4:InUseAddress",
            "PublicIPv4:InUseAddress"
        ));
        assert!(!usage_matches(
            "USE1-VpcEndpoint-GWLBE-Hours",
            "VpcEndpoint-Hours"
        ));
        assert!(!usage_matches(
            "USE1-VpcEndpoint-Service-Hours",
            "VpcEndpoint-Hours"
        ));
        assert!(!usage_matches(
            "USE1-RegionalNatGateway-Hours",
            "NatGateway-Hours"
        ));
        assert!(!usage_matches(
            "USE1-PublicIPv4:IdleAddress",
            "PublicIPv4:InUseAddress"
        ));
        assert!(!usage_matches("-VpcEndpoint-Hours", "VpcEndpoint-Hours"));
    }

    #[test]
    fn prices_normalise_to_catalogue_decimals() {
        assert_eq!(parse_usd("0.0100000000").unwrap().text, "0.01");
        assert_eq!(parse_usd("0.0100000000").unwrap().nanos, 10_000_000);
        assert_eq!(parse_usd("0.0000000000").unwrap().text, "0");
        assert_eq!(parse_usd("00.0035").unwrap().text, "0.0035");
        assert_eq!(parse_usd("1").unwrap().nanos, 1_000_000_000);
        assert!(parse_usd("0.0000000001").is_err());
        assert!(parse_usd("-1").is_err());
        assert!(parse_usd("1e-3").is_err());
        assert!(parse_usd("").is_err());
    }

    fn product(sku: &str, usage: &str, dims: &[(&str, &str, &str)]) -> PricedProduct {
        PricedProduct {
            product: Product {
                sku: sku.into(),
                product_family: None,
                attributes: Attributes {
                    usagetype: Some(usage.into()),
                    ..Attributes::default()
                },
            },
            dimensions: dims
                .iter()
                .map(|(b, e, usd)| PriceDimension {
                    rate_code: format!("{sku}.{b}"),
                    description: String::new(),
                    begin_range: (*b).into(),
                    end_range: (*e).into(),
                    unit: "GB".into(),
                    price_per_unit: BTreeMap::from([("USD".to_string(), (*usd).to_string())]),
                })
                .collect(),
        }
    }

    #[test]
    fn tiers_are_sorted_and_must_be_contiguous() {
        let rules = default_rules();
        let tiers_rule = rules
            .iter()
            .find(|r| r.field == "interfaceDataTiers")
            .unwrap();
        let p = product(
            "A",
            "USE1-VpcEndpoint-Bytes",
            &[
                ("5242880", "Inf", "0.004"),
                ("0", "1048576", "0.01"),
                ("1048576", "5242880", "0.006"),
            ],
        );
        let Ok(Found::Tiers(t)) = pick(tiers_rule, &[&p]) else {
            panic!()
        };
        let got: Vec<(Option<u64>, &str)> = t
            .iter()
            .map(|t| (t.up_to_gb, t.usd.text.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (Some(1048576), "0.01"),
                (Some(5242880), "0.006"),
                (None, "0.004")
            ]
        );

        let gap = product(
            "B",
            "USE1-VpcEndpoint-Bytes",
            &[("0", "1048576", "0.01"), ("2000000", "Inf", "0.004")],
        );
        assert!(matches!(pick(tiers_rule, &[&gap]), Err(Miss::Unusable(_))));
        let open = product("C", "USE1-VpcEndpoint-Bytes", &[("0", "1048576", "0.01")]);
        assert!(matches!(pick(tiers_rule, &[&open]), Err(Miss::Unusable(_))));
    }

    #[test]
    fn disagreeing_products_are_not_guessed_between() {
        let flat = default_rules()
            .into_iter()
            .find(|r| r.field == "crossAzGb")
            .unwrap();
        let a = product(
            "A",
            "USE1-DataTransfer-Regional-Bytes",
            &[("0", "Inf", "0.01")],
        );
        let b = product(
            "B",
            "USE1-DataTransfer-Regional-Bytes",
            &[("0", "Inf", "0.02")],
        );
        assert!(matches!(pick(&flat, &[&a, &b]), Err(Miss::Unusable(_))));
        assert!(matches!(
            pick(&flat, &[&a, &a.clone()]),
            Ok(Found::Flat { .. })
        ));
        assert_eq!(pick(&flat, &[]), Err(Miss::NotFound));
    }

    #[test]
    fn inter_region_keeps_the_rate_most_destinations_share() {
        let rule = default_rules()
            .into_iter()
            .find(|r| r.field == "interRegionOutGb")
            .unwrap();
        let a = product("A", "USE1-USE2-AWS-Out-Bytes", &[("0", "Inf", "0.01")]);
        let b = product("B", "USE1-USW2-AWS-Out-Bytes", &[("0", "Inf", "0.02")]);
        let c = product("C", "USE1-EU-AWS-Out-Bytes", &[("0", "Inf", "0.02")]);
        let Ok(Found::Flat { usd, remark }) = pick(&rule, &[&a, &b, &c]) else {
            panic!()
        };
        assert_eq!(usd.text, "0.02");
        assert!(remark.unwrap().contains("0.01 to USE1-USE2-AWS-Out-Bytes"));
    }

    #[test]
    fn internet_egress_skips_the_free_step() {
        let rule = default_rules()
            .into_iter()
            .find(|r| r.field == "internetOutGb")
            .unwrap();
        let p = product(
            "A",
            "USE1-DataTransfer-Out-Bytes",
            &[
                ("0", "100", "0"),
                ("100", "10240", "0.09"),
                ("10240", "Inf", "0.085"),
            ],
        );
        let Ok(Found::Flat { usd, .. }) = pick(&rule, &[&p]) else {
            panic!()
        };
        assert_eq!(usd.text, "0.09");
    }

    #[test]
    fn rule_option_parses_colons_in_usage_types() {
        let r = parse_rule("publicIpv4Hour=AmazonVPC:PublicIPv4:InUseAddress").unwrap();
        assert_eq!(
            (r.usage_suffix.as_str(), r.unit.as_str()),
            ("PublicIPv4:InUseAddress", "Hrs")
        );
        let r = parse_rule("crossAzGb=AWSDataTransfer:X-Bytes:GB").unwrap();
        assert_eq!(
            (r.usage_suffix.as_str(), r.unit.as_str()),
            ("X-Bytes", "GB")
        );
        assert!(parse_rule("nope=AmazonVPC:X").is_err());
        assert!(parse_rule("crossAzGb=AmazonVPC").is_err());
    }
}
