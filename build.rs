//! Validates `data/prices.json` and turns it into static Rust tables (`$OUT_DIR/prices.rs`),
//! so the Wasm needs no JSON parser for its price catalogue. A catalogue that fails
//! validation fails the build, with a message naming the Region and the field.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::{env, fs, path::Path};

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct CatalogFile {
    as_of: String,
    currency: String,
    sources: BTreeMap<String, SourceEntry>,
    regions: Vec<RegionEntry>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct SourceEntry {
    title: String,
    url: String,
    as_of: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct PriceEntry {
    usd: String,
    source: String,
    #[serde(default = "yes")]
    verified: bool,
    #[serde(default)]
    #[allow(dead_code)]
    note: Option<String>,
}

fn yes() -> bool {
    true
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct TierEntry {
    up_to_gb: Option<u64>,
    usd: String,
    source: String,
    #[serde(default = "yes")]
    verified: bool,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct RegionEntry {
    code: String,
    name: String,
    interface_endpoint_hour: PriceEntry,
    interface_data_tiers: Vec<TierEntry>,
    gwlb_endpoint_hour: PriceEntry,
    gwlb_endpoint_gb: PriceEntry,
    nat_gateway_hour: PriceEntry,
    nat_gateway_gb: PriceEntry,
    public_ipv4_hour: PriceEntry,
    resource_endpoint_hour: PriceEntry,
    service_network_endpoint_hour: PriceEntry,
    cross_az_gb: PriceEntry,
    inter_region_out_gb: PriceEntry,
    internet_out_gb: PriceEntry,
}

/// "0.0035" → 3_500_000 nano-dollars, exactly; at most 9 decimal places.
fn nanos(text: &str, what: &str) -> u64 {
    let (whole, frac) = text.split_once('.').unwrap_or((text, ""));
    let ok = !whole.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && frac.bytes().all(|b| b.is_ascii_digit())
        && frac.len() <= 9;
    if !ok {
        panic!(
            "{what}: price {text:?} must be a non-negative decimal string with at most 9 decimals"
        );
    }
    let padded = format!("{frac:0<9}");
    whole.parse::<u64>().unwrap() * 1_000_000_000 + padded.parse::<u64>().unwrap()
}

fn main() {
    let path = Path::new("data/prices.json");
    println!("cargo:rerun-if-changed={}", path.display());
    let text = fs::read_to_string(path).expect("read data/prices.json");
    let file: CatalogFile = serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("data/prices.json is malformed: {e}"));

    let source_ids: Vec<&String> = file.sources.keys().collect();
    let source_index = |id: &str, what: &str| -> usize {
        source_ids
            .iter()
            .position(|s| s.as_str() == id)
            .unwrap_or_else(|| panic!("{what}: unknown source {id:?}"))
    };

    let mut out = String::new();
    let price = |p: &PriceEntry, what: &str| -> String {
        format!(
            "Price {{ rate: Rate({}), source: {}, verified: {} }}",
            nanos(&p.usd, what),
            source_index(&p.source, what),
            p.verified
        )
    };

    let mut seen = Vec::new();
    for r in &file.regions {
        assert!(!seen.contains(&&r.code), "Region {} appears twice", r.code);
        seen.push(&r.code);
        let ident = r.code.to_uppercase().replace('-', "_");
        let mut tiers = String::new();
        let mut last = 0u64;
        for (i, t) in r.interface_data_tiers.iter().enumerate() {
            let what = format!("{} interfaceDataTiers[{i}]", r.code);
            let is_last = i + 1 == r.interface_data_tiers.len();
            match t.up_to_gb {
                Some(up) => {
                    assert!(!is_last, "{what}: the last tier must have upToGb: null");
                    assert!(up > last, "{what}: tiers must ascend");
                    last = up;
                }
                None => assert!(is_last, "{what}: only the last tier may be open-ended"),
            }
            let p = format!(
                "Price {{ rate: Rate({}), source: {}, verified: {} }}",
                nanos(&t.usd, &what),
                source_index(&t.source, &what),
                t.verified
            );
            let up = t
                .up_to_gb
                .map_or("None".to_string(), |u| format!("Some({u})"));
            write!(tiers, "Tier {{ up_to_gb: {up}, price: {p} }},").unwrap();
        }
        assert!(
            !r.interface_data_tiers.is_empty(),
            "{}: interfaceDataTiers is empty",
            r.code
        );
        writeln!(
            out,
            "static TIERS_{ident}: [Tier; {}] = [{tiers}];",
            r.interface_data_tiers.len()
        )
        .unwrap();
    }

    write!(
        out,
        "static REGIONS: [RegionPrices; {}] = [",
        file.regions.len()
    )
    .unwrap();
    for r in &file.regions {
        let ident = r.code.to_uppercase().replace('-', "_");
        let c = &r.code;
        write!(
            out,
            "RegionPrices {{ code: {:?}, name: {:?}, interface_endpoint_hour: {}, interface_data_tiers: &TIERS_{ident}, \
             gwlb_endpoint_hour: {}, gwlb_endpoint_gb: {}, nat_gateway_hour: {}, nat_gateway_gb: {}, \
             public_ipv4_hour: {}, resource_endpoint_hour: {}, service_network_endpoint_hour: {}, \
             cross_az_gb: {}, inter_region_out_gb: {}, internet_out_gb: {} }},",
            r.code,
            r.name,
            price(&r.interface_endpoint_hour, &format!("{c} interfaceEndpointHour")),
            price(&r.gwlb_endpoint_hour, &format!("{c} gwlbEndpointHour")),
            price(&r.gwlb_endpoint_gb, &format!("{c} gwlbEndpointGb")),
            price(&r.nat_gateway_hour, &format!("{c} natGatewayHour")),
            price(&r.nat_gateway_gb, &format!("{c} natGatewayGb")),
            price(&r.public_ipv4_hour, &format!("{c} publicIpv4Hour")),
            price(&r.resource_endpoint_hour, &format!("{c} resourceEndpointHour")),
            price(&r.service_network_endpoint_hour, &format!("{c} serviceNetworkEndpointHour")),
            price(&r.cross_az_gb, &format!("{c} crossAzGb")),
            price(&r.inter_region_out_gb, &format!("{c} interRegionOutGb")),
            price(&r.internet_out_gb, &format!("{c} internetOutGb")),
        )
        .unwrap();
    }
    out.push_str("];\n");

    write!(out, "static SOURCES: [Source; {}] = [", file.sources.len()).unwrap();
    for (id, s) in &file.sources {
        write!(
            out,
            "Source {{ id: {id:?}, title: {:?}, url: {:?}, as_of: {:?} }},",
            s.title, s.url, s.as_of
        )
        .unwrap();
    }
    out.push_str("];\n");
    writeln!(
        out,
        "static BUILTIN: Catalog = Catalog {{ as_of: {:?}, currency: {:?}, regions: &REGIONS, sources: &SOURCES }};",
        file.as_of, file.currency
    )
    .unwrap();

    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("prices.rs");
    fs::write(dest, out).unwrap();
}
