//! Streaming reader for one AWS Price List bulk offer file (`<OfferCode>/current/<region>/index.json`).
//!
//! The EC2 offer runs to hundreds of megabytes per Region, so the file is never held whole:
//! a hand-written `DeserializeSeed` walks `products` and keeps only the products a caller's
//! filter accepts (a few dozen), then walks `terms.OnDemand` and keeps the price dimensions of
//! just those SKUs. Everything else is skipped with `IgnoredAny` as it streams past.
//!
//! AWS writes `products` before `terms`. If a file has them the other way round, the terms
//! are skipped on the first pass and read on a second pass over the file, once the wanted SKUs
//! are known — never by buffering every term.

use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::fs::File;
use std::io::BufReader;
use std::path::Path;

/// The product attributes the rules look at. All optional: offers differ in what they carry.
#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase", default)]
pub struct Attributes {
    pub usagetype: Option<String>,
    pub region_code: Option<String>,
    pub from_region_code: Option<String>,
    pub to_region_code: Option<String>,
    pub location: Option<String>,
    pub from_location: Option<String>,
    pub transfer_type: Option<String>,
    pub group_description: Option<String>,
    pub operation: Option<String>,
}

/// One product as the file describes it (`products[SKU]`), reduced to what the rules need.
#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase", default)]
pub struct Product {
    pub sku: String,
    pub product_family: Option<String>,
    pub attributes: Attributes,
}

/// One `priceDimensions` entry of an on-demand term.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct PriceDimension {
    #[serde(default)]
    pub rate_code: String,
    #[serde(default)]
    pub description: String,
    #[serde(default = "zero")]
    pub begin_range: String,
    #[serde(default = "inf")]
    pub end_range: String,
    pub unit: String,
    pub price_per_unit: BTreeMap<String, String>,
}

fn zero() -> String {
    "0".to_string()
}

fn inf() -> String {
    "Inf".to_string()
}

/// One on-demand term: only its price dimensions matter here.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Term {
    #[serde(default)]
    price_dimensions: BTreeMap<String, PriceDimension>,
}

/// A product the filter kept, with the price dimensions of all its on-demand terms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PricedProduct {
    pub product: Product,
    pub dimensions: Vec<PriceDimension>,
}

/// What is kept of one offer file.
#[derive(Debug, Clone)]
pub struct Offer {
    pub offer_code: String,
    /// The publication id, e.g. `"20260831092232"`: the path segment of the pinned URL.
    pub version: String,
    /// e.g. `"2026-08-31T09:22:32Z"`.
    pub publication_date: String,
    /// Kept products by SKU.
    pub products: BTreeMap<String, PricedProduct>,
}

impl Offer {
    /// `publicationDate`'s date part, `YYYY-MM-DD`.
    pub fn publication_day(&self) -> &str {
        self.publication_date
            .get(..10)
            .unwrap_or(&self.publication_date)
    }
}

/// Reads the offer at `path`, keeping the products `keep` accepts.
pub fn read_offer(path: &Path, keep: &dyn Fn(&Product) -> bool) -> Result<Offer, String> {
    let first = parse_pass(path, Pass::Products { keep })?;
    let mut products = first.products.unwrap_or_default();
    if first.terms_skipped {
        let wanted: BTreeSet<String> = products.keys().cloned().collect();
        let second = parse_pass(path, Pass::TermsOnly { wanted: &wanted })?;
        attach_terms(&mut products, second.terms.unwrap_or_default());
    } else {
        attach_terms(&mut products, first.terms.unwrap_or_default());
    }
    let missing = |what: &str| format!("{}: not an offer file: no \"{what}\"", path.display());
    let offer_code = first.offer_code.ok_or_else(|| missing("offerCode"))?;
    let version = first.version.ok_or_else(|| missing("version"))?;
    let publication_date = first
        .publication_date
        .ok_or_else(|| missing("publicationDate"))?;
    if !looks_like_timestamp(&publication_date) {
        return Err(format!(
            "{}: publicationDate {publication_date:?} is not an ISO date-time",
            path.display()
        ));
    }
    if version.is_empty() || !version.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return Err(format!(
            "{}: version {version:?} is not a publication id",
            path.display()
        ));
    }
    Ok(Offer {
        offer_code,
        version,
        publication_date,
        products: products
            .into_iter()
            .map(|(sku, (product, dimensions))| {
                (
                    sku,
                    PricedProduct {
                        product,
                        dimensions,
                    },
                )
            })
            .collect(),
    })
}

fn looks_like_timestamp(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..7].iter().all(u8::is_ascii_digit)
        && b[7] == b'-'
        && b[8..10].iter().all(u8::is_ascii_digit)
}

type Kept = BTreeMap<String, (Product, Vec<PriceDimension>)>;
type Terms = BTreeMap<String, Vec<PriceDimension>>;

fn attach_terms(products: &mut Kept, terms: Terms) {
    for (sku, dims) in terms {
        if let Some((_, slot)) = products.get_mut(&sku) {
            slot.extend(dims);
        }
    }
}

#[derive(Clone, Copy)]
enum Pass<'a> {
    /// Read the header and products; read terms only if products came first.
    Products { keep: &'a dyn Fn(&Product) -> bool },
    /// Second pass: only the terms of these SKUs.
    TermsOnly { wanted: &'a BTreeSet<String> },
}

#[derive(Default)]
struct PassResult {
    offer_code: Option<String>,
    version: Option<String>,
    publication_date: Option<String>,
    products: Option<Kept>,
    terms: Option<Terms>,
    terms_skipped: bool,
}

fn parse_pass(path: &Path, pass: Pass) -> Result<PassResult, String> {
    let file = File::open(path).map_err(|e| format!("{}: cannot open: {e}", path.display()))?;
    let mut de = serde_json::Deserializer::from_reader(BufReader::with_capacity(1 << 16, file));
    let result = de
        .deserialize_map(OfferVisitor { pass })
        .and_then(|r| de.end().map(|()| r))
        .map_err(|e| format!("{}: malformed offer file: {e}", path.display()))?;
    Ok(result)
}

struct OfferVisitor<'a> {
    pass: Pass<'a>,
}

impl<'de> Visitor<'de> for OfferVisitor<'_> {
    type Value = PassResult;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an AWS Price List offer object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<PassResult, A::Error> {
        let mut out = PassResult::default();
        while let Some(key) = map.next_key::<String>()? {
            match (key.as_str(), self.pass) {
                ("offerCode", _) => out.offer_code = Some(map.next_value()?),
                ("version", _) => out.version = Some(map.next_value()?),
                ("publicationDate", _) => out.publication_date = Some(map.next_value()?),
                ("products", Pass::Products { keep }) => {
                    out.products = Some(map.next_value_seed(ProductsSeed { keep })?)
                }
                ("terms", Pass::Products { .. }) => match &out.products {
                    Some(products) => {
                        let wanted: BTreeSet<String> = products.keys().cloned().collect();
                        out.terms = Some(map.next_value_seed(TermsSeed { wanted: &wanted })?);
                    }
                    None => {
                        map.next_value::<IgnoredAny>()?;
                        out.terms_skipped = true;
                    }
                },
                ("terms", Pass::TermsOnly { wanted }) => {
                    out.terms = Some(map.next_value_seed(TermsSeed { wanted })?)
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(out)
    }
}

/// `products`: SKU → product; keeps those the filter accepts.
struct ProductsSeed<'a> {
    keep: &'a dyn Fn(&Product) -> bool,
}

impl<'de> DeserializeSeed<'de> for ProductsSeed<'_> {
    type Value = Kept;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Kept, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for ProductsSeed<'_> {
    type Value = Kept;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a map of SKU to product")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Kept, A::Error> {
        let mut kept = Kept::new();
        while let Some(sku) = map.next_key::<String>()? {
            let mut product: Product = map.next_value()?;
            if product.sku.is_empty() {
                product.sku = sku.clone();
            }
            if (self.keep)(&product) {
                kept.insert(sku, (product, Vec::new()));
            }
        }
        Ok(kept)
    }
}

/// `terms`: keeps `OnDemand` only.
struct TermsSeed<'a> {
    wanted: &'a BTreeSet<String>,
}

impl<'de> DeserializeSeed<'de> for TermsSeed<'_> {
    type Value = Terms;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Terms, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for TermsSeed<'_> {
    type Value = Terms;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a map of term types")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Terms, A::Error> {
        let mut terms = Terms::new();
        while let Some(kind) = map.next_key::<String>()? {
            if kind == "OnDemand" {
                terms = map.next_value_seed(OnDemandSeed {
                    wanted: self.wanted,
                })?;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(terms)
    }
}

/// `terms.OnDemand`: SKU → { offerTermKey → term }; keeps the wanted SKUs' dimensions.
struct OnDemandSeed<'a> {
    wanted: &'a BTreeSet<String>,
}

impl<'de> DeserializeSeed<'de> for OnDemandSeed<'_> {
    type Value = Terms;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Terms, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for OnDemandSeed<'_> {
    type Value = Terms;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a map of SKU to on-demand terms")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Terms, A::Error> {
        let mut terms = Terms::new();
        while let Some(sku) = map.next_key::<String>()? {
            if self.wanted.contains(&sku) {
                let by_term: BTreeMap<String, Term> = map.next_value()?;
                let dims = terms.entry(sku).or_default();
                for term in by_term.into_values() {
                    dims.extend(term.price_dimensions.into_values());
                }
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(terms)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(offer: &str) -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/offers/baseline")
            .join(offer)
            .join("current/us-east-1/index.json")
    }

    #[test]
    fn keeps_only_the_products_the_filter_wants_with_their_terms() {
        let nat = |p: &Product| p.product_family.as_deref() == Some("NAT Gateway");
        let offer = read_offer(&fixture("AmazonEC2"), &nat).unwrap();
        assert_eq!(offer.offer_code, "AmazonEC2");
        assert_eq!(offer.version, "20260831181331");
        assert_eq!(offer.publication_day(), "2026-08-31");
        let skus: Vec<&str> = offer.products.keys().map(String::as_str).collect();
        assert_eq!(skus, ["59S5R83GFPUAGVR5", "M2YSHUBETB3JX4M4"]);
        let hours = &offer.products["M2YSHUBETB3JX4M4"];
        assert_eq!(
            hours.product.attributes.usagetype.as_deref(),
            Some("NatGateway-Hours")
        );
        assert_eq!(hours.dimensions.len(), 1);
        assert_eq!(hours.dimensions[0].unit, "Hrs");
        assert_eq!(hours.dimensions[0].price_per_unit["USD"], "0.0450000000");
    }

    #[test]
    fn three_privatelink_tiers_come_through_as_dimensions() {
        let bytes =
            |p: &Product| p.attributes.usagetype.as_deref() == Some("USE1-VpcEndpoint-Bytes");
        let offer = read_offer(&fixture("AmazonVPC"), &bytes).unwrap();
        let dims = &offer.products["HBNQV4XWT8MTNSRP"].dimensions;
        let mut ranges: Vec<(&str, &str)> = dims
            .iter()
            .map(|d| (d.begin_range.as_str(), d.end_range.as_str()))
            .collect();
        ranges.sort();
        assert_eq!(
            ranges,
            [("0", "1048576"), ("1048576", "5242880"), ("5242880", "Inf")]
        );
    }

    #[test]
    fn a_missing_header_field_is_an_error() {
        let dir = std::env::temp_dir().join(format!("offer-header-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("index.json");
        std::fs::write(
            &path,
            r#"{"offerCode": "AmazonVPC", "products": {}, "terms": {}}"#,
        )
        .unwrap();
        let err = read_offer(&path, &|_| true).unwrap_err();
        assert!(err.contains("no \"version\""), "{err}");
        std::fs::remove_dir_all(dir).unwrap();
    }
}
