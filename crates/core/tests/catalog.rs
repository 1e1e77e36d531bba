//! The price catalogue: the built-in tables checked against the figures their sources state, and
//! the build-time validation of `data/prices.json` checked against malformed catalogues.
//!
//! Expected figures below are written from the sources named beside them, never copied from the
//! generated tables.

use vpce_advisor_catalog_schema as catalog_file;

use proptest::prelude::*;
use serde_json::{json, Value};
use vpce_advisor_core::catalog::{self, Catalog, Price, RegionPrices, SourceClass};
use vpce_advisor_core::money::Rate;

const PRICES_JSON: &str = include_str!("../../../data/prices.json");

/// AWS's 34 commercial Regions (every "AWS Region" location of AWS's locations feed except
/// GovCloud), all of which the catalogue covers.
const REQUIRED_REGIONS: [&str; 34] = [
    "us-east-1",
    "us-east-2",
    "us-west-1",
    "us-west-2",
    "ca-central-1",
    "eu-west-1",
    "eu-west-2",
    "eu-west-3",
    "eu-central-1",
    "eu-north-1",
    "ap-south-1",
    "ap-northeast-1",
    "ap-northeast-2",
    "ap-northeast-3",
    "ap-southeast-1",
    "ap-southeast-2",
    "sa-east-1",
    "af-south-1",
    "ap-east-1",
    "ap-east-2",
    "ap-south-2",
    "ap-southeast-3",
    "ap-southeast-4",
    "ap-southeast-5",
    "ap-southeast-6",
    "ap-southeast-7",
    "ca-west-1",
    "eu-central-2",
    "eu-south-1",
    "eu-south-2",
    "il-central-1",
    "me-central-1",
    "me-south-1",
    "mx-central-1",
];

fn builtin() -> &'static Catalog {
    catalog::builtin()
}

fn region(code: &str) -> &'static RegionPrices {
    builtin()
        .region(code)
        .unwrap_or_else(|| panic!("{code} is missing from the catalogue"))
}

/// Dollars written as a decimal string → nano-dollars, by hand-independent arithmetic on the
/// digits (so that an expected figure reads as the source prints it).
fn usd(text: &str) -> Rate {
    Rate(catalog_file::nanos(text).expect("a test figure is a decimal"))
}

/// A monthly amount divided back into its rate: `cents / quantity`, exact in nano-dollars.
/// (1 cent = 10,000,000 nano-dollars.)
fn rate_from_total(total_cents: u64, quantity: u64) -> Rate {
    assert_eq!(
        total_cents * 10_000_000 % quantity,
        0,
        "{total_cents} cents / {quantity} is not an exact rate"
    );
    Rate(total_cents * 10_000_000 / quantity)
}

// ---------------------------------------------------------------------------------------------
// The built-in catalogue.

#[test]
fn all_thirty_four_commercial_regions_are_present_once() {
    assert_eq!(builtin().regions.len(), 34);
    for code in REQUIRED_REGIONS {
        assert_eq!(
            builtin().regions.iter().filter(|r| r.code == code).count(),
            1,
            "{code}"
        );
    }
}

#[test]
fn catalogue_is_dated_by_its_oldest_source_and_in_dollars() {
    // The oldest figures cited: the Route 53 feed, hawkFilePublicationDate 2025-08-28T22:23:12Z.
    assert_eq!(builtin().as_of, "2025-08-28");
    assert_eq!(builtin().currency, "USD");
    for s in builtin().sources {
        assert!(catalog_file::is_date(s.as_of), "{}: {}", s.id, s.as_of);
        assert!(
            s.as_of >= builtin().as_of,
            "{} is older than the catalogue's date",
            s.id
        );
        assert!(s.url.starts_with("https://"), "{}: {}", s.id, s.url);
    }
}

#[test]
fn every_region_has_every_rate_and_the_feed_rates_are_aws_figures() {
    // The rates AWS's pricing-page feeds carry for every commercial Region.
    let from_the_feeds = [
        "interfaceEndpointHour",
        "interfaceDataTiers",
        "gwlbEndpointHour",
        "gwlbEndpointGb",
        "natGatewayHour",
        "natGatewayGb",
        "publicIpv4Hour",
        "transitGatewayAttachmentHour",
        "transitGatewayGb",
        "privateHostedZoneMonth",
        "privateHostedZoneMonthOver25",
    ];
    let c = builtin();
    for r in c.regions {
        // 16 single rates and 3 PrivateLink tiers, each with a dated, classed source.
        assert_eq!(r.all_prices().count(), 19, "{}", r.code);
        for (field, p) in r.all_prices() {
            let s = c.source_of(p).expect("source");
            assert!(catalog_file::is_date(s.as_of), "{} {field}", r.code);
            if from_the_feeds.contains(&field) {
                assert_eq!(
                    s.class,
                    SourceClass::AwsFeed,
                    "{} {field}: {}",
                    r.code,
                    s.id
                );
                assert!(p.verified, "{} {field}", r.code);
            }
        }
    }
}

#[test]
fn whole_vpc_rates_match_the_feeds() {
    // vpc.json (2025-11-04) "Hourly charge for Transit Gateway VPC Attachments per hour":
    // US East (N. Virginia) "0.0500000000", Asia Pacific (Tokyo) "0.0700000000", South America
    // (Sao Paulo) "0.0900000000", Israel (Tel Aviv) "0.0550000000"; "Charge for per GB data
    // processed by AWS Transit Gateways for VPC attachments" "0.0200000000" in every Region.
    for (code, hourly) in [
        ("us-east-1", "0.05"),
        ("ap-northeast-1", "0.07"),
        ("sa-east-1", "0.09"),
        ("il-central-1", "0.055"),
    ] {
        assert_eq!(
            region(code).transit_gateway_attachment_hour.rate,
            usd(hourly),
            "{code}"
        );
    }
    // route53.json (2025-08-28), location "Any": "DNS Zone first 25" "0.5000000000" and, beyond
    // an account's first 25, "DNS Zone" "0.1000000000" (same SKU KVPGEJE88UW8S779) — one price
    // for every hosted zone, private ones included, wherever the VPC is.
    for r in builtin().regions {
        assert_eq!(r.transit_gateway_gb.rate, usd("0.02"), "{}", r.code);
        assert_eq!(r.private_hosted_zone_month.rate, usd("0.5"), "{}", r.code);
        assert_eq!(
            r.private_hosted_zone_month_over_25.rate,
            usd("0.1"),
            "{}",
            r.code
        );
        // A regional NAT gateway bills one NAT gateway-hour per AZ it is active in, at the
        // zonal rate (VPC pricing page; offer rows EU-RegionalNatGateway-Hours 0.048 etc.).
        assert_eq!(
            r.regional_nat_gateway_az_hour.rate, r.nat_gateway_hour.rate,
            "{}",
            r.code
        );
    }
}

#[test]
fn inter_region_transfer_depends_on_the_source_and_a_few_pairs() {
    let c = builtin();
    // infracost data_transfer golden: us-east-1 "to US East regions 500 GB $5.00", "to other
    // regions 750 GB $15.00"; us-east-2 "to US East regions 200 GB $2.00".
    assert_eq!(
        c.inter_region_out_gb("us-east-1", "us-east-2")
            .unwrap()
            .rate,
        rate_from_total(500, 500)
    );
    assert_eq!(
        c.inter_region_out_gb("us-east-2", "us-east-1")
            .unwrap()
            .rate,
        rate_from_total(200, 200)
    );
    assert_eq!(
        c.inter_region_out_gb("us-east-1", "eu-west-1")
            .unwrap()
            .rate,
        rate_from_total(1500, 750)
    );
    // sa-east-1 "to other regions 750 GB $103.50", whatever the destination.
    assert_eq!(
        c.inter_region_out_gb("sa-east-1", "us-east-1")
            .unwrap()
            .rate,
        rate_from_total(10350, 750)
    );
    assert!(c.inter_region_out_gb("xx-nowhere-1", "us-east-1").is_none());
}

#[test]
fn privatelink_tiers_are_one_four_and_over_five_binary_petabytes_in_every_region() {
    // AWS PrivateLink pricing: "First 1 PB $0.01, Next 4 PB $0.006, Anything over 5 PB $0.004",
    // on the total over all interface endpoints of the Region. The price list states the ranges
    // as 0-1048576, 1048576-5242880, 5242880-Inf GB: 1 PB = 1024 × 1024 GB.
    let one_pb = 1024 * 1024;
    assert_eq!(one_pb, 1_048_576);
    for r in builtin().regions {
        let tiers: Vec<(Option<u64>, Rate)> = r
            .interface_data_tiers
            .iter()
            .map(|t| (t.up_to_gb, t.price.rate))
            .collect();
        assert_eq!(
            tiers,
            vec![
                (Some(one_pb), usd("0.01")),
                (Some(5 * one_pb), usd("0.006")),
                (None, usd("0.004")),
            ],
            "{}",
            r.code
        );
    }
}

#[test]
fn us_east_1_endpoint_rates_match_the_infracost_golden() {
    // infracost vpc_endpoint_test.golden: "Endpoint (Interface) 730 hours $7.30",
    // "Endpoint (GatewayLoadBalancer) 730 hours $7.30", "Data processed ... $0.0035 per GB".
    let r = region("us-east-1");
    assert_eq!(r.interface_endpoint_hour.rate, rate_from_total(730, 730));
    assert_eq!(r.interface_endpoint_hour.rate, usd("0.01"));
    assert_eq!(r.gwlb_endpoint_hour.rate, rate_from_total(730, 730));
    assert_eq!(r.gwlb_endpoint_gb.rate, usd("0.0035"));
    // "multiple_interfaces ... 1,460 hours $14.60": two endpoint-AZs at the same rate.
    assert_eq!(rate_from_total(1460, 1460), usd("0.01"));
    assert!(r.interface_endpoint_hour.verified && r.gwlb_endpoint_hour.verified);
}

#[test]
fn nat_gateway_rates_match_their_sources() {
    // infracost nat_gateway_test.golden (us-east-1): "NAT gateway 730 hours $32.85",
    // "Data processed 100 GB $4.50".
    let use1 = region("us-east-1");
    assert_eq!(use1.nat_gateway_hour.rate, rate_from_total(3285, 730));
    assert_eq!(use1.nat_gateway_gb.rate, rate_from_total(450, 100));
    // infracost hclprovider_alias.golden (sa-east-1): "730 hours $67.89", "$0.093 per GB".
    let sae1 = region("sa-east-1");
    assert_eq!(sae1.nat_gateway_hour.rate, rate_from_total(6789, 730));
    assert_eq!(sae1.nat_gateway_gb.rate, usd("0.093"));
    // AWS VPC pricing page example, US East (Ohio): "$0.045 per hour", "$0.045 per GB".
    assert_eq!(region("us-east-2").nat_gateway_hour.rate, usd("0.045"));
    assert_eq!(region("us-east-2").nat_gateway_gb.rate, usd("0.045"));
    // AmazonEC2 offer 20260904231117: EUW2-NatGateway-Hours and -Bytes 0.0500000000.
    assert_eq!(region("eu-west-2").nat_gateway_hour.rate, usd("0.05"));
    assert_eq!(region("eu-west-2").nat_gateway_gb.rate, usd("0.05"));
    // Same offer, <code>-NatGateway-Hours: USW1 0.048, EU 0.048, EUC1 0.052, EUN1 0.046,
    // APS3 0.056, APN1 0.062, APN2 0.059, CAN1 0.05.
    for (code, hourly) in [
        ("us-west-1", "0.048"),
        ("eu-west-1", "0.048"),
        ("eu-central-1", "0.052"),
        ("eu-north-1", "0.046"),
        ("ap-south-1", "0.056"),
        ("ap-northeast-1", "0.062"),
        ("ap-northeast-2", "0.059"),
        ("ca-central-1", "0.05"),
    ] {
        assert_eq!(region(code).nat_gateway_hour.rate, usd(hourly), "{code}");
    }
    // Every Region's NAT hourly rate was read from AWS's NAT gateway price feed.
    for r in builtin().regions {
        assert!(r.nat_gateway_hour.verified, "{}", r.code);
    }
}

#[test]
fn data_transfer_rates_match_the_infracost_golden() {
    // data_transfer_test.golden: monthly_intra_region_gb 1,000 is doubled to 2,000 GB (one
    // charge each way) and priced $20.00 in every Region → $0.01 per GB each direction.
    for r in builtin().regions {
        assert_eq!(
            r.cross_az_gb.rate,
            rate_from_total(2000, 2000),
            "{}",
            r.code
        );
    }
    // "Outbound data transfer to Internet (first 10TB) 10,240 GB": $921.60 in us-east-1,
    // $1,536.00 in sa-east-1, $1,290.24 in ap-northeast-2, $1,228.80 in ap-southeast-1.
    assert_eq!(
        region("us-east-1").internet_out_gb.rate,
        rate_from_total(92160, 10240)
    );
    assert_eq!(
        region("sa-east-1").internet_out_gb.rate,
        rate_from_total(153600, 10240)
    );
    assert_eq!(
        region("ap-northeast-2").internet_out_gb.rate,
        rate_from_total(129024, 10240)
    );
    assert_eq!(
        region("ap-southeast-1").internet_out_gb.rate,
        rate_from_total(122880, 10240)
    );
    // ap-south-1: $1,119.23 for 10,240 GB is $0.1093/GB rounded to the cent (1,119.232).
    assert_eq!(region("ap-south-1").internet_out_gb.rate, usd("0.1093"));
    // "Outbound data transfer to other regions 750 GB": $15.00 (us-east-1), $103.50
    // (sa-east-1), $73.50 (ap-southeast-2), $64.50 (ap-south-1), $60.00 (ap-northeast-2).
    for (code, cents) in [
        ("us-east-1", 1500),
        ("sa-east-1", 10350),
        ("ap-southeast-2", 7350),
        ("ap-south-1", 6450),
        ("ap-northeast-2", 6000),
    ] {
        assert_eq!(
            region(code).inter_region_out_gb.rate,
            rate_from_total(cents, 750),
            "{code}"
        );
    }
}

#[test]
fn public_ipv4_is_half_a_cent_an_hour_everywhere() {
    // AWS public IPv4 charge: $0.005 per IP per hour, in use or idle, from 2024-02-01.
    for r in builtin().regions {
        assert_eq!(r.public_ipv4_hour.rate, usd("0.005"), "{}", r.code);
        assert!(r.public_ipv4_hour.verified, "{}", r.code);
    }
}

#[test]
fn every_price_cites_a_source_that_exists() {
    let c = builtin();
    for r in c.regions {
        for (field, p) in r.all_prices() {
            let s = c
                .source_of(p)
                .unwrap_or_else(|| panic!("{} {field}: source {} missing", r.code, p.source_index));
            assert!(!s.title.is_empty() && s.url.starts_with("https://"));
        }
    }
    // And every source is cited by some price, or by the cost model's free lines.
    for (i, s) in c.sources.iter().enumerate() {
        if catalog_file::CITED_BY_THE_COST_MODEL.contains(&s.id) {
            continue;
        }
        let cited = c
            .regions
            .iter()
            .any(|r| r.all_prices().any(|(_, p)| p.source_index == i));
        assert!(cited, "{} is not cited", s.id);
    }
}

#[test]
fn generated_tables_equal_the_json_file() {
    // The tables are build.rs output; reading the file independently must give the same rates,
    // sources and flags, in the same order.
    let file = catalog_file::parse(PRICES_JSON).expect("data/prices.json is valid");
    let c = builtin();
    assert_eq!(file.regions.len(), c.regions.len());
    let ids: Vec<&str> = c.sources.iter().map(|s| s.id).collect();
    let check = |code: &str, field: &str, json_usd: &str, json_src: &str, ok: bool, p: &Price| {
        assert_eq!(
            catalog_file::nanos(json_usd).ok(),
            Some(p.rate.0),
            "{code} {field}"
        );
        assert_eq!(ids.get(p.source_index), Some(&json_src), "{code} {field}");
        assert_eq!(ok, p.verified, "{code} {field}");
    };
    for (f, r) in file.regions.iter().zip(c.regions) {
        assert_eq!(f.code, r.code);
        for ((field, fp), (_, p)) in f.prices().into_iter().zip(r.named_prices()) {
            check(&f.code, field, &fp.usd, &fp.source, fp.verified, p);
        }
        assert_eq!(f.interface_data_tiers.len(), r.interface_data_tiers.len());
        for (ft, t) in f.interface_data_tiers.iter().zip(r.interface_data_tiers) {
            assert_eq!(ft.up_to_gb, t.up_to_gb);
            check(&f.code, "tier", &ft.usd, &ft.source, ft.verified, &t.price);
        }
    }
}

#[test]
fn unverified_prices_are_listed_with_their_reasons() {
    // Printed so the count is visible in `cargo test -- --nocapture`; each reason is the
    // price's note in data/prices.json (the validator refuses an unverified price without one).
    let file = catalog_file::parse(PRICES_JSON).expect("valid");
    let unverified: Vec<_> = builtin().unverified().collect();
    println!(
        "{} unverified prices in {} Regions:",
        unverified.len(),
        builtin().regions.len()
    );
    for (code, field, price) in &unverified {
        let entry = file
            .regions
            .iter()
            .find(|r| r.code == *code)
            .expect("region");
        let note = entry
            .prices()
            .into_iter()
            .find(|(f, _)| f == field)
            .and_then(|(_, p)| p.note.clone())
            .unwrap_or_default();
        assert!(!note.is_empty(), "{code} {field} has no note");
        println!("  {code} {field} = {} nano-USD: {note}", price.rate.0);
    }
    // Every rate AWS's price feeds carry is confirmed from them; only the fields below may be
    // unconfirmed: resource endpoints (an unlabelled feed key), service-network endpoints (no
    // AWS figure), regional NAT (newer than the feed read), cross-AZ transfer (the 2026 xAZ
    // meters question) and data transfer in the Regions no source prices.
    let may_be_unverified = [
        "resourceEndpointHour",
        "serviceNetworkEndpointHour",
        "regionalNatGatewayAzHour",
        "crossAzGb",
        "interRegionOutGb",
        "internetOutGb",
    ];
    for (code, field, _) in &unverified {
        assert!(may_be_unverified.contains(field), "{code} {field}");
    }
}

// ---------------------------------------------------------------------------------------------
// Build-time validation (the catalog-schema crate), on malformed catalogues.

fn valid_json() -> Value {
    serde_json::from_str(PRICES_JSON).expect("data/prices.json is JSON")
}

fn problems_of(doc: &Value) -> String {
    match catalog_file::parse(&doc.to_string()) {
        Ok(_) => panic!("the catalogue was accepted"),
        Err(problems) => problems,
    }
}

fn assert_rejected(doc: &Value, expected: &str) {
    let problems = problems_of(doc);
    assert!(
        problems.contains(expected),
        "expected {expected:?} in:\n{problems}"
    );
}

#[test]
fn the_real_catalogue_is_valid() {
    let c = catalog_file::parse(PRICES_JSON).unwrap_or_else(|p| panic!("{p}"));
    assert!(c.regions.len() >= 17);
}

#[test]
fn a_region_missing_a_rate_is_named() {
    let mut doc = valid_json();
    doc["regions"][2]
        .as_object_mut()
        .unwrap()
        .remove("natGatewayGb");
    assert_rejected(&doc, "regions[2] (us-west-1): missing field `natGatewayGb`");
}

#[test]
fn an_unknown_field_in_a_region_is_named() {
    let mut doc = valid_json();
    doc["regions"][0]["natGatewayHours"] = json!({ "usd": "1", "source": "vpc-pricing" });
    assert_rejected(
        &doc,
        "regions[0] (us-east-1): unknown field `natGatewayHours`",
    );
}

#[test]
fn duplicate_regions_are_rejected() {
    let mut doc = valid_json();
    let first = doc["regions"][0].clone();
    doc["regions"].as_array_mut().unwrap().push(first);
    assert_rejected(&doc, "us-east-1: the Region appears more than once");
}

#[test]
fn malformed_region_codes_are_rejected() {
    for bad in [
        "US-east-1",
        "useast1",
        "us-east-x",
        "u-east-1",
        "us--1",
        "us-east-12",
    ] {
        let mut doc = valid_json();
        doc["regions"][0]["code"] = json!(bad);
        assert_rejected(&doc, &format!("{bad}: a Region code must look like"));
    }
    for good in ["us-gov-west-1", "ap-southeast-2", "eu-central-1"] {
        assert!(catalog_file::is_region_code(good), "{good}");
    }
}

#[test]
fn an_empty_region_list_is_rejected() {
    let mut doc = valid_json();
    doc["regions"] = json!([]);
    let problems = problems_of(&doc);
    assert!(
        problems.contains("regions: the list is empty"),
        "{problems}"
    );
}

#[test]
fn tiers_must_ascend_and_end_open() {
    let tiers = |t: Value| {
        let mut doc = valid_json();
        doc["regions"][1]["interfaceDataTiers"] = t;
        doc
    };
    let tier = |up: Value, rate: &str| json!({ "upToGb": up, "usd": rate, "source": "privatelink-pricing" });
    assert_rejected(
        &tiers(json!([
            tier(json!(5242880), "0.01"),
            tier(json!(1048576), "0.006"),
            tier(Value::Null, "0.004")
        ])),
        "us-east-2.interfaceDataTiers[1].upToGb: 1048576 must be greater than 5242880",
    );
    assert_rejected(
        &tiers(json!([
            tier(json!(1048576), "0.01"),
            tier(json!(1048576), "0.006"),
            tier(Value::Null, "0.004")
        ])),
        "us-east-2.interfaceDataTiers[1].upToGb: 1048576 must be greater than 1048576",
    );
    assert_rejected(
        &tiers(json!([tier(json!(0), "0.01"), tier(Value::Null, "0.004")])),
        "us-east-2.interfaceDataTiers[0].upToGb: 0 must be greater than 0",
    );
    assert_rejected(
        &tiers(json!([
            tier(json!(1048576), "0.01"),
            tier(json!(5242880), "0.006")
        ])),
        "us-east-2.interfaceDataTiers[1].upToGb: the last tier must be open-ended",
    );
    assert_rejected(
        &tiers(json!([
            tier(Value::Null, "0.01"),
            tier(Value::Null, "0.004")
        ])),
        "us-east-2.interfaceDataTiers[0].upToGb: only the last tier may be open-ended",
    );
    assert_rejected(&tiers(json!([])), "us-east-2.interfaceDataTiers: is empty");
}

#[test]
fn negative_and_malformed_rates_are_rejected() {
    for (bad, why) in [
        ("-0.01", "is negative"),
        ("abc", "is not a decimal number"),
        ("", "is not a decimal number"),
        (".5", "is not a decimal number"),
        ("1.", "is not a decimal number"),
        ("0.0.1", "is not a decimal number"),
        ("1e-3", "is not a decimal number"),
        ("0.0000000001", "has more than 9 decimal places"),
        ("99999999999999999999", "is too large"),
    ] {
        let mut doc = valid_json();
        doc["regions"][3]["crossAzGb"]["usd"] = json!(bad);
        assert_rejected(&doc, &format!("us-west-2.crossAzGb: rate {bad:?} {why}"));
    }
}

#[test]
fn rates_convert_to_nano_dollars_exactly() {
    assert_eq!(catalog_file::nanos("0.0035"), Ok(3_500_000));
    assert_eq!(catalog_file::nanos("0.01"), Ok(10_000_000));
    assert_eq!(catalog_file::nanos("0"), Ok(0));
    assert_eq!(catalog_file::nanos("1"), Ok(1_000_000_000));
    assert_eq!(catalog_file::nanos("0.000000001"), Ok(1));
    assert_eq!(catalog_file::nanos("0.1093"), Ok(109_300_000));
}

#[test]
fn unknown_sources_are_rejected_and_unused_ones_reported() {
    let mut doc = valid_json();
    doc["regions"][0]["internetOutGb"]["source"] = json!("my-memory");
    assert_rejected(
        &doc,
        "us-east-1.internetOutGb.source: unknown source \"my-memory\"",
    );

    let mut doc = valid_json();
    doc["sources"]["orphan"] = json!({
        "class": "aws-page", "title": "Nobody cites me", "url": "https://example.org/", "asOf": "2026-11-01"
    });
    let text = serde_json::to_string(&doc).unwrap();
    let valid = catalog_file::parse(&text).unwrap_or_else(|p| panic!("{p}"));
    assert_eq!(
        valid.unused_sources,
        ["sources.orphan: no price refers to it"]
    );
}

#[test]
fn sources_need_a_title_an_https_url_and_a_date() {
    let mut doc = valid_json();
    doc["sources"]["vpc-pricing"]["url"] = json!("http://aws.amazon.com/vpc/pricing/");
    assert_rejected(
        &doc,
        "sources.vpc-pricing.url: \"http://aws.amazon.com/vpc/pricing/\" is not an https URL",
    );

    let mut doc = valid_json();
    doc["sources"]["vpc-pricing"]["title"] = json!(" ");
    assert_rejected(&doc, "sources.vpc-pricing.title: is empty");

    // The catalogue's date is its oldest cited source's: a source older than it, or a
    // catalogue date newer than every source, is refused.
    let mut doc = valid_json();
    doc["sources"]["vpc-pricing"]["asOf"] = json!("2025-01-02");
    assert_rejected(
        &doc,
        "asOf: 2025-08-28 must be 2025-01-02, the oldest date of a source a rate cites",
    );
    let mut doc = valid_json();
    doc["asOf"] = json!("2026-11-28");
    assert_rejected(
        &doc,
        "asOf: 2026-11-28 must be 2025-08-28, the oldest date of a source a rate cites",
    );

    let mut doc = valid_json();
    doc["sources"]["vpc-pricing"]["class"] = json!("blog");
    assert_rejected(
        &doc,
        "sources.vpc-pricing.class: \"blog\" is not one of aws-feed, aws-page, third-party-copy",
    );
    let mut doc = valid_json();
    doc["sources"]["vpc-pricing"]
        .as_object_mut()
        .unwrap()
        .remove("class");
    assert!(problems_of(&doc).contains("missing field `class`"));
}

#[test]
fn dates_must_be_real_and_written_yyyy_mm_dd() {
    for bad in [
        "2026-13-01",
        "2026-02-30",
        "2026-02-29",
        "28/11/2026",
        "2026-1-01",
        "2026-11-28T00:00",
    ] {
        let mut doc = valid_json();
        doc["asOf"] = json!(bad);
        assert_rejected(
            &doc,
            &format!("asOf: {bad:?} is not a date written YYYY-MM-DD"),
        );
    }
    assert!(catalog_file::is_date("2024-02-29"));
    assert!(!catalog_file::is_date("2100-02-29"));
}

#[test]
fn an_unverified_price_must_say_why() {
    let mut doc = valid_json();
    doc["regions"][0]["natGatewayHour"]["verified"] = json!(false);
    assert_rejected(
        &doc,
        "us-east-1.natGatewayHour: verified is false but there is no note saying what is known",
    );
}

#[test]
fn every_problem_is_reported_at_once() {
    let mut doc = valid_json();
    doc["regions"][0]["crossAzGb"]["usd"] = json!("-1");
    doc["regions"][4]["code"] = json!("Canada");
    doc["currency"] = json!("EUR");
    let problems = problems_of(&doc);
    assert!(problems.lines().count() >= 3, "{problems}");
    assert!(problems.contains("us-east-1.crossAzGb"));
    assert!(problems.contains("Canada: a Region code"));
    assert!(problems.contains("currency: \"EUR\""));
}

proptest! {
    #[test]
    fn any_decimal_with_up_to_nine_places_converts_exactly(
        whole in 0u64..1_000_000,
        frac in 0u64..1_000_000_000,
        places in 1usize..=9,
    ) {
        // Keep only `places` digits of the fraction, then write it back as the file would.
        let scale = 10u64.pow(9 - places as u32);
        let kept = frac / scale;
        let text = format!("{whole}.{kept:0width$}", width = places);
        prop_assert_eq!(catalog_file::nanos(&text), Ok(whole * 1_000_000_000 + kept * scale));
    }
}

#[test]
fn the_page_sees_each_source_with_its_class_and_date() {
    use vpce_advisor_core::catalog_view::CatalogView;
    let view = CatalogView::of(builtin());
    assert_eq!(view.regions.len(), 34);
    assert_eq!(view.as_of, "2025-08-28");
    let vpc = view
        .sources
        .iter()
        .find(|s| s.id == "aws-feed-vpc-20251104")
        .expect("the VPC feed");
    assert_eq!(vpc.class, "aws-feed");
    assert_eq!(vpc.class_title, "AWS price feed or offer file");
    assert_eq!(
        vpc.citation,
        "AWS price feed for Amazon VPC (vpc.json), published 2025-11-04 (AWS price feed or offer file, as of 2025-11-04)"
    );
    // Every source names one of the three classes; the third-party ones are only where no AWS
    // figure was found (data transfer, VPC Lattice's service-network endpoints).
    for s in &view.sources {
        assert!(
            ["aws-feed", "aws-page", "third-party-copy"].contains(&s.class),
            "{}",
            s.id
        );
    }
    let third: Vec<&str> = view
        .sources
        .iter()
        .filter(|s| s.class == "third-party-copy")
        .map(|s| s.id)
        .collect();
    assert_eq!(
        third,
        ["infracost-data-transfer-golden", "vpc-lattice-pricing"]
    );
}
