//! End-to-end tests of `update-prices --feeds DIR` on committed, trimmed excerpts of AWS's real
//! pricing-page feeds (tests/fixtures/feeds/, provenance in its README), and the check that the
//! committed catalogue equals those excerpts.
//!
//! Expected figures are copied by hand from the excerpts' `price` strings (quoted beside them),
//! never from the tool's output.

use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_update-prices");
const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn fixtures() -> PathBuf {
    Path::new(ROOT).join("tests/fixtures/feeds")
}

fn committed_text() -> String {
    fs::read_to_string(Path::new(ROOT).join("../../data/prices.json")).unwrap()
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap()
}

fn region<'a>(catalog: &'a Value, code: &str) -> &'a Value {
    catalog["regions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["code"] == code)
        .unwrap_or_else(|| panic!("no Region {code}"))
}

/// Exact decimal comparison: "0.0210000000" equals "0.021".
fn same_decimal(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        let (w, f) = s.split_once('.').unwrap_or((s, ""));
        (w.to_string(), f.trim_end_matches('0').to_string())
    };
    norm(a) == norm(b)
}

/// A scratch directory holding a copy of the feed excerpts and of a catalogue.
struct Scratch {
    dir: PathBuf,
}

impl Scratch {
    fn new(name: &str, catalog: &str) -> Scratch {
        let dir =
            std::env::temp_dir().join(format!("update-prices-feeds-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("feeds")).unwrap();
        for entry in fs::read_dir(fixtures()).unwrap() {
            let entry = entry.unwrap();
            fs::copy(entry.path(), dir.join("feeds").join(entry.file_name())).unwrap();
        }
        fs::write(dir.join("prices.json"), catalog).unwrap();
        Scratch { dir }
    }

    fn feed(&self, name: &str) -> PathBuf {
        self.dir.join("feeds").join(name)
    }

    fn edit_feed(&self, name: &str, edit: impl FnOnce(&mut Value)) {
        let mut v = json(&fs::read_to_string(self.feed(name)).unwrap());
        edit(&mut v);
        fs::write(self.feed(name), serde_json::to_string_pretty(&v).unwrap()).unwrap();
    }

    fn catalog_text(&self) -> String {
        fs::read_to_string(self.dir.join("prices.json")).unwrap()
    }

    fn run(&self, extra: &[&str]) -> (i32, String, String) {
        let out = Command::new(BIN)
            .arg("--feeds")
            .arg(self.dir.join("feeds"))
            .arg("--out")
            .arg(self.dir.join("prices.json"))
            .args(extra)
            .output()
            .unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        )
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.dir);
    }
}

/// Catalogue field → the excerpt key it is read from (the labelled ones).
const LABELLED: [(&str, &str, &str); 10] = [
    ("vpc.json", "interfaceEndpointHour", "Hourly charge for VPC Endpoints per Hrs"),
    ("vpc.json", "gwlbEndpointHour", "Hourly charge for AWS Gateway Load Balancer VPC Endpoint per Hrs"),
    ("vpc.json", "gwlbEndpointGb", "Charge for per GB data processed by AWS Gateway Load Balancer VPC Endpoint per GB"),
    ("vpc.json", "publicIpv4Hour", "Hourly charge for In use Public IPv4 Addresses per Hrs"),
    ("vpc.json", "transitGatewayAttachmentHour", "Hourly charge for Transit Gateway VPC Attachments per hour"),
    ("vpc.json", "transitGatewayGb", "Charge for per GB data processed by AWS Transit Gateways for VPC attachments per GigaBytes"),
    ("natgateway.json", "natGatewayHour", "Hourly charge for NAT Gateways"),
    ("natgateway.json", "natGatewayGb", "Charge for per GB data processed by NatGateways"),
    ("route53.json", "privateHostedZoneMonth", "DNS Zone first 25"),
    ("route53.json", "privateHostedZoneMonthOver25", "DNS Zone"),
];

#[test]
fn the_committed_catalogue_equals_the_feed_excerpts() {
    let catalog = json(&committed_text());
    let locations = json(&fs::read_to_string(fixtures().join("locations.json")).unwrap());
    let feed = |name: &str| json(&fs::read_to_string(fixtures().join(name)).unwrap());
    let (vpc, nat, r53) = (
        feed("vpc.json"),
        feed("natgateway.json"),
        feed("route53.json"),
    );
    let by_name = |name: &str| match name {
        "vpc.json" => &vpc,
        "natgateway.json" => &nat,
        _ => &r53,
    };
    let mut compared = 0;
    for (location, l) in locations.as_object().unwrap() {
        if l["type"] != "AWS Region" || l["code"].as_str().unwrap().starts_with("us-gov-") {
            continue;
        }
        let r = region(&catalog, l["code"].as_str().unwrap());
        for (file, field, key) in LABELLED {
            let at = if file == "route53.json" {
                "Any"
            } else {
                location.as_str()
            };
            let entry = &by_name(file)["regions"][at][key];
            let (price, rate_code) = (
                entry["price"].as_str().unwrap(),
                entry["rateCode"].as_str().unwrap(),
            );
            assert!(
                same_decimal(r[field]["usd"].as_str().unwrap(), price),
                "{location} {field}: {} vs {price}",
                r[field]["usd"]
            );
            assert_eq!(r[field]["rateCode"], rate_code, "{location} {field}");
            assert_eq!(
                r[field]["sku"],
                rate_code.split('.').next().unwrap(),
                "{location} {field}"
            );
            assert!(
                r[field].get("verified").is_none(),
                "{location} {field} is verified"
            );
            compared += 1;
        }
        for (i, range) in ["0 to 1048576", "1048576 to 5242880", "5242880 to Inf"]
            .iter()
            .enumerate()
        {
            let key =
                format!("Charge for per GB data processed by VPC Endpoints per GB from {range}");
            let price = vpc["regions"][location][&key]["price"].as_str().unwrap();
            let tier = &r["interfaceDataTiers"][i];
            assert!(
                same_decimal(tier["usd"].as_str().unwrap(), price),
                "{location} tier {i}"
            );
            compared += 1;
        }
    }
    // 5 Regions × (10 flat rates + 3 tiers).
    assert_eq!(compared, 65);
}

#[test]
fn the_corrected_rates_are_the_feeds() {
    let catalog = json(&committed_text());
    // vpc.json "South America (Sao Paulo)": "Hourly charge for VPC Endpoints per Hrs"
    // {"rateCode": "F23ZH8BV69TWPZ4C.JRTCKXETXF.6YS6EN2CT7", "price": "0.0210000000"}; the GWLB
    // endpoint hour "GMYEZTTE6JXRRQGD…" "0.0151000000".
    let sae1 = region(&catalog, "sa-east-1");
    assert_eq!(sae1["interfaceEndpointHour"]["usd"], "0.021");
    assert_eq!(sae1["interfaceEndpointHour"]["sku"], "F23ZH8BV69TWPZ4C");
    assert_eq!(sae1["gwlbEndpointHour"]["usd"], "0.0151");
    // "EU (Stockholm)": interface "RQDW4F29PDT7RYTA…" and GWLB "98U7Y7V22364BS99…", both "0.0105000000".
    let eun1 = region(&catalog, "eu-north-1");
    assert_eq!(eun1["interfaceEndpointHour"]["usd"], "0.0105");
    assert_eq!(eun1["gwlbEndpointHour"]["usd"], "0.0105");
    // "EU (Ireland)": interface "0.0110000000" but GWLB "MXEEDZWUKP5J8NBB…" "0.0112000000": the
    // GWLB hour is not always the interface hour.
    let euw1 = region(&catalog, "eu-west-1");
    assert_eq!(euw1["interfaceEndpointHour"]["usd"], "0.011");
    assert_eq!(euw1["gwlbEndpointHour"]["usd"], "0.0112");
    // "Mexico (Central)", a Region new to the catalogue: TGW attachment "0.0550000000", NAT "0.0472500000".
    let mxc1 = region(&catalog, "mx-central-1");
    assert_eq!(mxc1["transitGatewayAttachmentHour"]["usd"], "0.055");
    assert_eq!(mxc1["natGatewayHour"]["usd"], "0.04725");
    // route53.json "Any": "DNS Zone first 25" "0.5000000000" per hosted zone per month.
    assert_eq!(mxc1["privateHostedZoneMonth"]["usd"], "0.5");
    // … and "DNS Zone" "0.1000000000" beyond an account's first 25 zones.
    assert_eq!(mxc1["privateHostedZoneMonthOver25"]["usd"], "0.1");
    // Each rate's date is its feed's publication day, reachable from its source.
    assert_eq!(
        sae1["interfaceEndpointHour"]["source"],
        "aws-feed-vpc-20251104"
    );
    assert_eq!(
        catalog["sources"]["aws-feed-vpc-20251104"]["asOf"],
        "2025-11-04"
    );
    assert_eq!(
        catalog["sources"]["aws-feed-vpc-20251104"]["class"],
        "aws-feed"
    );
    assert_eq!(
        catalog["sources"]["aws-feed-natgateway-20251028"]["asOf"],
        "2025-10-28"
    );
}

#[test]
fn the_excerpts_on_the_committed_catalogue_are_no_change() {
    let before = committed_text();
    let s = Scratch::new("nochange", &before);
    let (code, stdout, stderr) = s.run(&[]);
    assert_eq!(code, 0, "{stdout}\n{stderr}");
    assert_eq!(stdout.trim(), "no change");
    assert_eq!(s.catalog_text(), before, "byte-identical");
    // Regions the excerpts do not cover are kept and said so.
    assert!(
        stderr.contains(
            "ap-southeast-2: not a commercial Region in locations.json; kept all its rates"
        ),
        "{stderr}"
    );
    // The resource-endpoint key is absent for Mexico (Central) in the feed.
    assert!(
        stderr.contains("mx-central-1: resourceEndpointHour not found in vpc.json"),
        "{stderr}"
    );
}

#[test]
fn a_new_publication_shows_old_and_new_and_cites_its_own_date() {
    let s = Scratch::new("change", &committed_text());
    s.edit_feed("vpc.json", |v| {
        v["manifest"]["hawkFilePublicationDate"] = "2026-12-01T00:00:00Z".into();
        v["regions"]["South America (Sao Paulo)"]["Hourly charge for VPC Endpoints per Hrs"]
            ["price"] = "0.0250000000".into();
    });
    let (code, stdout, stderr) = s.run(&[]);
    assert_eq!(code, 1, "{stdout}\n{stderr}");
    assert!(
        stdout.contains("sa-east-1 interfaceEndpointHour: 0.021 → 0.025"),
        "{stdout}"
    );
    assert!(
        stdout.contains("source aws-feed-vpc-20261201: new (vpc.json published 2026-12-01)"),
        "{stdout}"
    );
    let after = json(&s.catalog_text());
    let sae1 = region(&after, "sa-east-1");
    assert_eq!(
        sae1["interfaceEndpointHour"]["source"],
        "aws-feed-vpc-20261201"
    );
    let source = &after["sources"]["aws-feed-vpc-20261201"];
    assert_eq!(source["asOf"], "2026-12-01");
    assert_eq!(source["class"], "aws-feed");
    assert_eq!(
        source["url"],
        "https://b0.p.awsstatic.com/pricing/2.0/meteredUnitMaps/vpc/USD/current/vpc.json"
    );
    // The catalogue's one date stays the oldest cited source's (Route 53, 2025-08-28).
    assert_eq!(after["asOf"], "2025-08-28");
    // Regions outside the excerpts still cite the old publication, which therefore stays.
    assert_eq!(
        region(&after, "ap-southeast-2")["interfaceEndpointHour"]["source"],
        "aws-feed-vpc-20251104"
    );
}

#[test]
fn dry_run_reports_and_writes_nothing() {
    let before = committed_text();
    let s = Scratch::new("dry", &before);
    s.edit_feed("natgateway.json", |v| {
        v["regions"]["EU (Ireland)"]["Hourly charge for NAT Gateways"]["price"] =
            "0.0500000000".into();
    });
    let (code, stdout, _) = s.run(&["--dry-run"]);
    assert_eq!(code, 1);
    assert!(
        stdout.contains("eu-west-1 natGatewayHour: 0.048 → 0.05"),
        "{stdout}"
    );
    assert_eq!(s.catalog_text(), before);
}

fn assert_untouched_on_error(s: &Scratch, before: &str, expect: &str) {
    let (code, stdout, stderr) = s.run(&[]);
    assert_eq!(code, 2, "{stdout}\n{stderr}");
    assert!(stderr.contains(expect), "expected {expect:?} in {stderr}");
    assert!(stderr.contains("nothing written"), "{stderr}");
    assert_eq!(
        s.catalog_text(),
        before,
        "the catalogue must be byte-identical"
    );
}

#[test]
fn malformed_feeds_are_errors_and_write_nothing() {
    let before = committed_text();

    let s = Scratch::new("truncated", &before);
    let text = fs::read_to_string(s.feed("vpc.json")).unwrap();
    fs::write(s.feed("vpc.json"), &text[..text.len() / 2]).unwrap();
    assert_untouched_on_error(&s, &before, "vpc.json: not an AWS price feed");

    let s = Scratch::new("badprice", &before);
    s.edit_feed("vpc.json", |v| {
        v["regions"]["EU (Ireland)"]["Hourly charge for VPC Endpoints per Hrs"]["price"] =
            "1e-2".into();
    });
    assert_untouched_on_error(
        &s,
        &before,
        "\"EU (Ireland)\" \"Hourly charge for VPC Endpoints per Hrs\"",
    );

    let s = Scratch::new("currency", &before);
    s.edit_feed("natgateway.json", |v| {
        v["manifest"]["currencyCode"] = "CNY".into()
    });
    assert_untouched_on_error(&s, &before, "only USD feeds are read");

    let s = Scratch::new("date", &before);
    s.edit_feed("route53.json", |v| {
        v["manifest"]["hawkFilePublicationDate"] = "yesterday".into()
    });
    assert_untouched_on_error(&s, &before, "does not start with YYYY-MM-DD");

    let s = Scratch::new("ratecode", &before);
    s.edit_feed("vpc.json", |v| {
        v["regions"]["EU (Ireland)"]["Hourly charge for VPC Endpoints per Hrs"]["rateCode"] =
            "H37WJ97MHYGDXG2A".into();
    });
    assert_untouched_on_error(&s, &before, "is not <SKU>.<term>.<rate>");

    let s = Scratch::new("wrongfile", &before);
    fs::copy(s.feed("natgateway.json"), s.feed("vpc.json")).unwrap();
    assert_untouched_on_error(
        &s,
        &before,
        "manifest.source is \"natgateway\", expected \"vpc\"",
    );

    let s = Scratch::new("noloc", &before);
    fs::remove_file(s.feed("locations.json")).unwrap();
    assert_untouched_on_error(&s, &before, "locations.json: missing");

    let s = Scratch::new("gaptiers", &before);
    s.edit_feed("vpc.json", |v| {
        let r = v["regions"]["EU (Ireland)"].as_object_mut().unwrap();
        r.remove(
            "Charge for per GB data processed by VPC Endpoints per GB from 1048576 to 5242880",
        );
    });
    // A gap in the tiers is not a figure: that rate is kept, and the rest still refreshed.
    let (code, _, stderr) = s.run(&[]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("eu-west-1: interfaceDataTiers in vpc.json: the tiers under \"EU (Ireland)\" are not contiguous"), "{stderr}");

    let s = Scratch::new("badcatalog", "{\"asOf\": ");
    assert_untouched_on_error(&s, "{\"asOf\": ", "malformed catalogue");
}

#[test]
fn a_result_the_build_would_refuse_is_not_written() {
    // A catalogue whose unverified rate lost its note: the refreshed file would fail the
    // schema, so nothing is written even though the feeds are fine.
    let mut doc = json(&committed_text());
    let r = doc["regions"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|r| r["code"] == "ap-southeast-2")
        .unwrap();
    r["crossAzGb"].as_object_mut().unwrap().remove("note");
    let before = serde_json::to_string_pretty(&doc).unwrap();
    let s = Scratch::new("invalid", &before);
    assert_untouched_on_error(
        &s,
        &before,
        "ap-southeast-2.crossAzGb: verified is false but there is no note",
    );
}

#[test]
fn a_region_only_in_the_feeds_is_added_only_with_every_rate() {
    // Drop Mexico (Central) from the catalogue: the feeds price it, but not its data transfer.
    let mut doc = json(&committed_text());
    doc["regions"]
        .as_array_mut()
        .unwrap()
        .retain(|r| r["code"] != "mx-central-1");
    let before = serde_json::to_string_pretty(&doc).unwrap() + "\n";
    let s = Scratch::new("newregion", &before);
    let (code, stdout, stderr) = s.run(&["--dry-run"]);
    assert_eq!(code, 0, "{stdout}\n{stderr}");
    assert!(
        stderr.contains("mx-central-1 (Mexico (Central)): in the feeds but not in the catalogue; not added (no figure for resourceEndpointHour, serviceNetworkEndpointHour, crossAzGb, interRegionOutGb, internetOutGb, regionalNatGatewayAzHour)"),
        "{stderr}"
    );
}

#[test]
fn feeds_and_offers_options_do_not_mix() {
    let s = Scratch::new("args", &committed_text());
    for extra in [
        &["--prune"][..],
        &["--as-of", "2026-12-01"],
        &["--offers", "x"],
    ] {
        let (code, _, stderr) = s.run(extra);
        assert_eq!(code, 2, "{extra:?}");
        assert!(
            stderr.contains("--offers") || stderr.contains("applies to --offers only"),
            "{stderr}"
        );
    }
}
