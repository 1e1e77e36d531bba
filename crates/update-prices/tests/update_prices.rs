//! End-to-end tests of the `update-prices` maintainer tool on fixture offer files in the AWS
//! Price List bulk format (tests/fixtures/offers/, written by make_fixtures.py there).
//!
//! Each test works in its own temporary directory: a copy of the catalogue and of the
//! baseline offers, with at most one fixture variant dropped over an offer file. Expected
//! figures are AWS's published us-east-1 rates (the AWS pricing pages cited in
//! data/prices.json), written out here by hand, not taken from the tool's output.

use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_update-prices");
const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// A scratch directory with `offers/` (a copy of the baseline) and `prices.json`.
struct Scratch {
    dir: PathBuf,
}

impl Scratch {
    fn new(name: &str, catalog: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("update-prices-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        copy_dir(
            &Path::new(ROOT).join("tests/fixtures/offers/baseline"),
            &dir.join("offers"),
        );
        fs::write(dir.join("prices.json"), catalog).unwrap();
        Scratch { dir }
    }

    fn committed(name: &str) -> Scratch {
        Scratch::new(name, &committed_catalog())
    }

    fn catalog_path(&self) -> PathBuf {
        self.dir.join("prices.json")
    }

    fn catalog_text(&self) -> String {
        fs::read_to_string(self.catalog_path()).unwrap()
    }

    fn catalog(&self) -> Value {
        serde_json::from_str(&self.catalog_text()).unwrap()
    }

    /// Replaces `<offer>/current/us-east-1/index.json` with a variant fixture.
    fn use_variant(&self, offer: &str, variant: &str) {
        let from = Path::new(ROOT)
            .join("tests/fixtures/offers/variants")
            .join(variant);
        let to = self
            .dir
            .join("offers")
            .join(offer)
            .join("current/us-east-1/index.json");
        fs::copy(from, to).unwrap();
    }

    fn run(&self, extra: &[&str]) -> Run {
        let out: Output = Command::new(BIN)
            .arg("--offers")
            .arg(self.dir.join("offers"))
            .arg("--out")
            .arg(self.catalog_path())
            .args(extra)
            .output()
            .unwrap();
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8(out.stdout).unwrap(),
            stderr: String::from_utf8(out.stderr).unwrap(),
        }
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.dir);
    }
}

#[derive(Debug)]
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn committed_catalog() -> String {
    fs::read_to_string(Path::new(ROOT).join("../../data/prices.json")).unwrap()
}

fn region<'a>(catalog: &'a Value, code: &str) -> &'a Value {
    catalog["regions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["code"] == code)
        .unwrap_or_else(|| panic!("no Region {code}"))
}

/// Flat rates as (field, usd).
type FlatRates = Vec<(&'static str, String)>;
/// PrivateLink tiers as (upToGb, usd).
type TierList = Vec<(Option<u64>, String)>;

/// The rates the rules read, as (field, usd).
fn flat_rates(region: &Value) -> FlatRates {
    [
        "interfaceEndpointHour",
        "gwlbEndpointHour",
        "gwlbEndpointGb",
        "natGatewayHour",
        "natGatewayGb",
        "publicIpv4Hour",
        "crossAzGb",
        "interRegionOutGb",
        "internetOutGb",
    ]
    .into_iter()
    .map(|f| (f, region[f]["usd"].as_str().unwrap().to_string()))
    .collect()
}

fn tiers(region: &Value) -> TierList {
    region["interfaceDataTiers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| (t["upToGb"].as_u64(), t["usd"].as_str().unwrap().to_string()))
        .collect()
}

/// us-east-1 as AWS publishes it: interface endpoint $0.01/h; PrivateLink processing $0.01 for
/// the first 1 PB (1,048,576 GB), $0.006 to 5 PB (5,242,880 GB), $0.004 beyond; GWLB endpoint
/// $0.01/h + $0.0035/GB; NAT gateway $0.045/h + $0.045/GB; public IPv4 $0.005/h; cross-AZ
/// $0.01/GB each way; inter-Region $0.02/GB; internet egress $0.09/GB (first 10 TB).
fn aws_us_east_1() -> (FlatRates, TierList) {
    let flat = [
        ("interfaceEndpointHour", "0.01"),
        ("gwlbEndpointHour", "0.01"),
        ("gwlbEndpointGb", "0.0035"),
        ("natGatewayHour", "0.045"),
        ("natGatewayGb", "0.045"),
        ("publicIpv4Hour", "0.005"),
        ("crossAzGb", "0.01"),
        ("interRegionOutGb", "0.02"),
        ("internetOutGb", "0.09"),
    ]
    .map(|(f, u)| (f, u.to_string()))
    .to_vec();
    let tiers = vec![
        (Some(1_048_576), "0.01".to_string()),
        (Some(5_242_880), "0.006".to_string()),
        (None, "0.004".to_string()),
    ];
    (flat, tiers)
}

#[test]
fn the_fixtures_reproduce_the_committed_us_east_1_figures() {
    let s = Scratch::committed("reproduce");
    let before = s.catalog();
    let run = s.run(&["--as-of", "2026-12-01"]);
    assert_eq!(run.code, 1, "{run:?}");
    let after = s.catalog();

    let (flat, tier_list) = aws_us_east_1();
    let (old, new) = (region(&before, "us-east-1"), region(&after, "us-east-1"));
    assert_eq!(flat_rates(new), flat);
    assert_eq!(tiers(new), tier_list);
    assert_eq!(
        flat_rates(old),
        flat_rates(new),
        "the committed figures are reproduced"
    );
    assert_eq!(tiers(old), tiers(new));
    // Fields without a rule, and unknown fields, are left as they were.
    for field in ["resourceEndpointHour", "serviceNetworkEndpointHour", "name"] {
        assert_eq!(old[field], new[field], "{field}");
    }
    assert_eq!(new["publicIpv4Hour"]["note"], old["publicIpv4Hour"]["note"]);

    // Sources: one per offer file, the pinned URL, the publication date.
    assert_eq!(
        new["natGatewayGb"]["source"],
        "aws-price-list-amazonec2-us-east-1"
    );
    assert_eq!(
        new["interfaceDataTiers"][2]["source"],
        "aws-price-list-amazonvpc-us-east-1"
    );
    assert_eq!(
        new["internetOutGb"]["source"],
        "aws-price-list-awsdatatransfer-us-east-1"
    );
    let vpc = &after["sources"]["aws-price-list-amazonvpc-us-east-1"];
    assert_eq!(vpc["title"], "AWS Price List AmazonVPC offer, us-east-1");
    assert_eq!(
        vpc["url"],
        "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonVPC/20260831092232/us-east-1/index.json"
    );
    assert_eq!(vpc["asOf"], "2026-08-31");
    assert_eq!(after["asOf"], "2026-12-01");
    // Every cited source exists (build.rs refuses the catalogue otherwise).
    let text = s.catalog_text();
    for id in text.split("\"source\": \"").skip(1) {
        let id = &id[..id.find('"').unwrap()];
        assert!(after["sources"].get(id).is_some(), "unknown source {id}");
    }
    assert!(text.ends_with("}\n"));
    assert!(run.stdout.contains("asOf: "), "{}", run.stdout);
    assert!(run
        .stdout
        .contains("source aws-price-list-amazonec2-us-east-1: new"));
    // Values did not change, so no rate line.
    assert!(!run.stdout.contains(" → 0."), "{}", run.stdout);
}

#[test]
fn a_second_run_on_the_same_offers_is_no_change() {
    let s = Scratch::committed("nochange");
    assert_eq!(s.run(&[]).code, 1);
    let written = s.catalog_text();
    let run = s.run(&[]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.stdout.trim(), "no change");
    assert_eq!(s.catalog_text(), written, "the file is not rewritten");
}

#[test]
fn the_default_as_of_is_the_newest_publication_date() {
    let s = Scratch::committed("asof");
    s.run(&[]);
    // Offers published 2026-08-31 (VPC, EC2, data transfer).
    assert_eq!(s.catalog()["asOf"], "2026-08-31");
    s.use_variant("AmazonEC2", "ec2-price-change.json");
    s.run(&[]);
    assert_eq!(s.catalog()["asOf"], "2026-09-15");
}

#[test]
fn a_price_change_shows_old_and_new() {
    let s = Scratch::committed("change");
    s.run(&[]);
    s.use_variant("AmazonEC2", "ec2-price-change.json");
    let run = s.run(&[]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(
        run.stdout.contains("us-east-1 natGatewayGb: 0.045 → 0.05"),
        "{}",
        run.stdout
    );
    assert!(run
        .stdout
        .contains("source aws-price-list-amazonec2-us-east-1: 2026-08-31 → 2026-09-15"));
    assert!(
        !run.stdout.contains("natGatewayHour"),
        "unchanged rates are not listed"
    );
    assert_eq!(
        region(&s.catalog(), "us-east-1")["natGatewayGb"]["usd"],
        "0.05"
    );
}

#[test]
fn a_tier_change_names_the_tier_and_its_range() {
    let s = Scratch::committed("tier");
    s.run(&[]);
    s.use_variant("AmazonVPC", "vpc-price-change.json");
    let run = s.run(&[]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(
        run.stdout
            .contains("us-east-1 interfaceDataTiers[1] (1048576–5242880 GB): 0.006 → 0.005"),
        "{}",
        run.stdout
    );
    assert_eq!(
        tiers(region(&s.catalog(), "us-east-1")),
        [
            (Some(1_048_576), "0.01".to_string()),
            (Some(5_242_880), "0.005".to_string()),
            (None, "0.004".to_string())
        ]
    );
}

#[test]
fn dry_run_reports_but_writes_nothing() {
    let s = Scratch::committed("dry");
    let before = s.catalog_text();
    let run = s.run(&["--dry-run"]);
    assert_eq!(run.code, 1);
    assert!(run
        .stdout
        .contains("source aws-price-list-amazonvpc-us-east-1: new"));
    assert_eq!(s.catalog_text(), before);
}

#[test]
fn a_rate_missing_from_its_offer_keeps_its_old_value_and_says_so() {
    let s = Scratch::committed("missing-rate");
    s.use_variant("AmazonEC2", "ec2-no-nat-bytes.json");
    let before = s.catalog();
    let run = s.run(&[]);
    assert_eq!(run.code, 1, "{run:?}");
    let old_source = before["regions"][0]["natGatewayGb"]["source"]
        .as_str()
        .unwrap();
    let expected = format!("kept 0.045 from {old_source}");
    assert!(
        run.stderr.lines().any(|l| l
            .starts_with("us-east-1: natGatewayGb not found in AmazonEC2 offer")
            && l.ends_with(&expected)),
        "{}",
        run.stderr
    );
    let after = s.catalog();
    assert_eq!(
        region(&after, "us-east-1")["natGatewayGb"],
        region(&before, "us-east-1")["natGatewayGb"]
    );
    assert_eq!(
        region(&after, "us-east-1")["natGatewayHour"]["source"],
        "aws-price-list-amazonec2-us-east-1"
    );
}

/// The committed catalogue plus a Region the fixtures do not cover. Its figures are a copy of
/// us-east-1's under another code: test data only, never shipped.
fn with_extra_region() -> String {
    let mut catalog: Value = serde_json::from_str(&committed_catalog()).unwrap();
    let mut extra = region(&catalog, "us-east-1").clone();
    extra["code"] = "xx-test-1".into();
    extra["name"] = "Test Region".into();
    catalog["regions"].as_array_mut().unwrap().push(extra);
    serde_json::to_string_pretty(&catalog).unwrap()
}

#[test]
fn a_region_without_offer_files_is_reported_and_kept() {
    let s = Scratch::new("missing-region", &with_extra_region());
    let before = s.catalog();
    let run = s.run(&[]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(
        run.stderr
            .contains("xx-test-1: no offer files for this Region in"),
        "{}",
        run.stderr
    );
    assert_eq!(
        region(&s.catalog(), "xx-test-1"),
        region(&before, "xx-test-1")
    );
}

#[test]
fn prune_removes_a_region_without_offer_files() {
    let s = Scratch::new("prune", &with_extra_region());
    let run = s.run(&["--prune"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(
        run.stdout
            .contains("- Region xx-test-1 (Test Region) removed"),
        "{}",
        run.stdout
    );
    let codes: Vec<Value> = s.catalog()["regions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["code"].clone())
        .collect();
    assert!(!codes.contains(&"xx-test-1".into()));
}

#[test]
fn a_region_only_in_the_offers_is_added_only_when_every_rate_is_found() {
    let mut catalog: Value = serde_json::from_str(&committed_catalog()).unwrap();
    catalog["regions"] = Value::Array(Vec::new());
    let s = Scratch::new("add", &serde_json::to_string_pretty(&catalog).unwrap());
    let before = s.catalog_text();
    let run = s.run(&[]);
    assert!(
        run.stderr.contains("us-east-1: in the offer files but not in the catalogue; not added (no figure for resourceEndpointHour, serviceNetworkEndpointHour)"),
        "{}",
        run.stderr
    );
    assert!(!run.stdout.contains("+ Region"));
    assert_ne!(run.code, 2);
    drop(before);

    // With rules for the two fields it is added. These rules only exercise the mechanism:
    // they point at the interface-endpoint hour, which is not what those fields mean.
    let run = s.run(&[
        "--rule",
        "resourceEndpointHour=AmazonVPC:VpcEndpoint-Hours",
        "--rule",
        "serviceNetworkEndpointHour=AmazonVPC:VpcEndpoint-Hours:Hrs",
    ]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(
        run.stdout
            .contains("+ Region us-east-1 (US East (N. Virginia)) added"),
        "{}",
        run.stdout
    );
    let after = s.catalog();
    let added = region(&after, "us-east-1");
    let (flat, tier_list) = aws_us_east_1();
    assert_eq!(flat_rates(added), flat);
    assert_eq!(tiers(added), tier_list);
    let text = s.catalog_text();
    let keys: Vec<&str> = text
        .lines()
        .skip_while(|l| !l.contains("\"code\": \"us-east-1\""))
        .filter_map(|l| l.trim_start().strip_prefix('"')?.split('"').next())
        .take(14)
        .collect();
    assert_eq!(
        keys,
        [
            "code",
            "name",
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
            "internetOutGb"
        ]
    );
}

#[test]
fn terms_before_products_read_the_same() {
    let a = Scratch::committed("order-a");
    a.run(&[]);
    let b = Scratch::committed("order-b");
    b.use_variant("AmazonVPC", "vpc-terms-first.json");
    b.run(&[]);
    assert_eq!(a.catalog_text(), b.catalog_text());
}

fn assert_untouched_on_error(s: &Scratch, run: &Run, before: &str, expect: &str) {
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains(expect), "{}", run.stderr);
    assert!(run.stderr.contains("nothing written"), "{}", run.stderr);
    assert_eq!(s.catalog_text(), before, "the catalogue is byte-identical");
    assert!(run.stdout.is_empty(), "no diff on error: {}", run.stdout);
    let leftovers: Vec<_> = fs::read_dir(&s.dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|n| n.to_string_lossy().contains(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn a_malformed_offer_file_is_an_error_and_writes_nothing() {
    let s = Scratch::committed("malformed");
    s.use_variant("AmazonVPC", "vpc-truncated.json");
    let before = s.catalog_text();
    let run = s.run(&[]);
    assert_untouched_on_error(
        &s,
        &run,
        &before,
        "AmazonVPC/current/us-east-1/index.json: malformed offer file: EOF while parsing",
    );
    assert!(
        run.stderr.contains(" line "),
        "the position is given: {}",
        run.stderr
    );
}

#[test]
fn an_offer_under_the_wrong_code_is_an_error() {
    let s = Scratch::committed("wrongcode");
    fs::copy(
        s.dir.join("offers/AmazonEC2/current/us-east-1/index.json"),
        s.dir.join("offers/AmazonVPC/current/us-east-1/index.json"),
    )
    .unwrap();
    let before = s.catalog_text();
    let run = s.run(&[]);
    assert_untouched_on_error(
        &s,
        &run,
        &before,
        "offerCode is \"AmazonEC2\", but the file sits under AmazonVPC/",
    );
}

#[test]
fn a_malformed_catalogue_or_bad_arguments_are_errors() {
    let s = Scratch::new("badcatalog", "{\"asOf\": ");
    let run = s.run(&[]);
    assert_untouched_on_error(&s, &run, "{\"asOf\": ", "malformed catalogue");

    let s = Scratch::committed("badargs");
    let before = s.catalog_text();
    let run = s.run(&["--as-of", "31/08/2026"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("expected YYYY-MM-DD"));
    assert_eq!(s.catalog_text(), before);

    let empty = std::env::temp_dir().join(format!("update-prices-{}-empty", std::process::id()));
    fs::create_dir_all(&empty).unwrap();
    let out = Command::new(BIN)
        .args([
            "--offers".as_ref(),
            empty.as_os_str(),
            "--out".as_ref(),
            s.catalog_path().as_os_str(),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no offer files found"));
    let _ = fs::remove_dir_all(empty);
}
