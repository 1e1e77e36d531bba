//! The whole-VPC plan against hand-worked golden cases (`tests/golden/plan.json`, each with its
//! arithmetic) and properties that hold for every valid input: every design's total equals its
//! lines, the destinations' shares add up to the recommended total, the per-VPC design grows
//! linearly in the VPC count, and the centralised design's endpoint hours do not grow with it.

use proptest::prelude::*;
use serde_json::{json, Value};
use std::sync::OnceLock;
use vpce_advisor_core::approach::Approach;
use vpce_advisor_core::catalog::{self, Catalog, Price, RegionPrices, Tier};
use vpce_advisor_core::cost::price_approaches;
use vpce_advisor_core::input::Loose;
use vpce_advisor_core::money::Rate;
use vpce_advisor_core::plan::{self, services, Design, Endpoint, Plan};
use vpce_advisor_core::scenario::{ClientLocation, Scenario, Service};

fn golden() -> &'static Value {
    static GOLDEN: OnceLock<Value> = OnceLock::new();
    GOLDEN.get_or_init(|| {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/golden/plan.json"
        ))
        .expect("read tests/golden/plan.json");
        serde_json::from_str(&text).expect("tests/golden/plan.json is valid JSON")
    })
}

/// "0.0035" → 3,500,000 nano-dollars, exactly.
fn nanos(text: &str) -> u64 {
    let (whole, frac) = text.split_once('.').unwrap_or((text, ""));
    whole.parse::<u64>().unwrap() * 1_000_000_000 + format!("{frac:0<9}").parse::<u64>().unwrap()
}

/// "10423.50" → 1,042,350 cents.
fn cents(text: &str) -> i64 {
    let (whole, frac) = text.split_once('.').unwrap();
    assert_eq!(frac.len(), 2, "{text}: write money with two decimals");
    whole.parse::<i64>().unwrap() * 100 + frac.parse::<i64>().unwrap()
}

fn to_cents(usd: f64) -> i64 {
    (usd * 100.0).round() as i64
}

/// The builtin catalogue with us-east-1's rates replaced by the golden file's, so the cases do
/// not move when data/prices.json does (its Transit Gateway and Route 53 rates are placeholders
/// another change fills in).
fn test_catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| {
        let builtin = catalog::builtin();
        let base = *builtin.region("us-east-1").unwrap();
        let rates = &golden()["rates"];
        let price = |field: &str, like: Price| Price {
            rate: Rate(nanos(rates[field].as_str().unwrap())),
            source_index: like.source_index,
            verified: true,
        };
        let tiers: Vec<Tier> = rates["interfaceDataTiers"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| Tier {
                up_to_gb: t[0].as_u64(),
                price: price_of(t[1].as_str().unwrap(), base.interface_data_tiers[0].price),
            })
            .collect();
        let region = RegionPrices {
            interface_endpoint_hour: price("interfaceEndpointHour", base.interface_endpoint_hour),
            interface_data_tiers: Box::leak(tiers.into_boxed_slice()),
            nat_gateway_hour: price("natGatewayHour", base.nat_gateway_hour),
            nat_gateway_gb: price("natGatewayGb", base.nat_gateway_gb),
            public_ipv4_hour: price("publicIpv4Hour", base.public_ipv4_hour),
            cross_az_gb: price("crossAzGb", base.cross_az_gb),
            inter_region_out_gb: price("interRegionOutGb", base.inter_region_out_gb),
            transit_gateway_attachment_hour: price(
                "transitGatewayAttachmentHour",
                base.transit_gateway_attachment_hour,
            ),
            transit_gateway_gb: price("transitGatewayGb", base.transit_gateway_gb),
            private_hosted_zone_month: price(
                "privateHostedZoneMonth",
                base.private_hosted_zone_month,
            ),
            private_hosted_zone_month_over_25: price(
                "privateHostedZoneMonthOver25",
                base.private_hosted_zone_month_over_25,
            ),
            ..base
        };
        let mut regions: Vec<RegionPrices> = vec![region];
        regions.extend(builtin.regions.iter().filter(|r| r.code != "us-east-1"));
        Catalog {
            as_of: "2026-11-28",
            currency: "USD",
            regions: Box::leak(regions.into_boxed_slice()),
            sources: builtin.sources,
            inter_region_routes: builtin.inter_region_routes,
        }
    })
}

fn price_of(text: &str, like: Price) -> Price {
    Price {
        rate: Rate(nanos(text)),
        source_index: like.source_index,
        verified: true,
    }
}

fn run(input: &Value) -> Result<Plan, vpce_advisor_core::error::InputError> {
    let loose: Loose = serde_json::from_value(input.clone()).unwrap();
    plan::plan(&loose, test_catalog())
}

fn design<'p>(plan: &'p Plan, id: &str) -> &'p Design {
    plan.designs
        .iter()
        .find(|d| d.id == id)
        .unwrap_or_else(|| panic!("no design {id}"))
}

fn check_case(case: &Value) {
    let name = case["name"].as_str().unwrap();
    let expect = &case["expect"];
    assert!(
        case["arithmetic"].as_array().is_some_and(|a| !a.is_empty()),
        "{name}: every case shows its arithmetic"
    );
    let result = run(&case["input"]);
    if let Some(error) = expect.get("error") {
        let e = result
            .err()
            .unwrap_or_else(|| panic!("{name}: expected an error"));
        assert_eq!(e.code.as_str(), error["code"].as_str().unwrap(), "{name}");
        assert_eq!(e.field.as_deref(), error["field"].as_str(), "{name}");
        for text in error["contains"].as_array().into_iter().flatten() {
            assert!(
                e.message.contains(text.as_str().unwrap()),
                "{name}: message {:?} lacks {text}",
                e.message
            );
        }
        return;
    }
    let plan = result.unwrap_or_else(|e| panic!("{name}: rejected: {}", e.message));
    if let Some(id) = expect["recommended"].as_str() {
        assert_eq!(plan.recommended, id, "{name}: recommended");
    }
    for (id, usd) in expect["totals"].as_object().into_iter().flatten() {
        assert_eq!(
            to_cents(design(&plan, id).monthly_usd),
            cents(usd.as_str().unwrap()),
            "{name}: total of {id}"
        );
    }
    // `savings`, when given, lists every other eligible design with what the recommended saves.
    if let Some(want) = expect["savings"].as_object() {
        let got: Vec<(&str, i64)> = plan
            .savings
            .iter()
            .map(|s| (s.design, to_cents(s.monthly_usd)))
            .collect();
        let mut want: Vec<(&str, i64)> = want
            .iter()
            .map(|(id, usd)| (id.as_str(), cents(usd.as_str().unwrap())))
            .collect();
        let mut sorted = got.clone();
        sorted.sort();
        want.sort();
        assert_eq!(sorted, want, "{name}: savings");
        for s in &plan.savings {
            assert_eq!(
                s.title,
                design(&plan, s.design).title,
                "{name}: saving's title"
            );
        }
    }
    for (id, eligible) in expect["eligible"].as_object().into_iter().flatten() {
        assert_eq!(
            design(&plan, id).eligible,
            eligible.as_bool().unwrap(),
            "{name}: {id} eligible"
        );
    }
    for (id, lines) in expect["lines"].as_object().into_iter().flatten() {
        let d = design(&plan, id);
        for want in lines.as_array().unwrap() {
            let prefix = want[0].as_str().unwrap();
            let line = d
                .lines
                .iter()
                .find(|l| l.label.starts_with(prefix))
                .unwrap_or_else(|| panic!("{name}: {id} has no line {prefix:?}: {:#?}", d.lines));
            let quantity: f64 = want[1].as_str().unwrap().parse().unwrap();
            assert!(
                (line.quantity - quantity).abs() < 1e-6,
                "{name}: {prefix} quantity {} ≠ {quantity}",
                line.quantity
            );
            assert_eq!(
                to_cents(line.usd),
                cents(want[2].as_str().unwrap()),
                "{name}: {prefix}"
            );
        }
    }
    for (id, count) in expect["lineCount"].as_object().into_iter().flatten() {
        assert_eq!(
            design(&plan, id).lines.len() as u64,
            count.as_u64().unwrap(),
            "{name}"
        );
    }
    if let Some(n) = expect.get("breakEvenVpcCount") {
        assert_eq!(
            plan.break_even_vpc_count.map(u64::from),
            n.as_u64(),
            "{name}: breakEvenVpcCount"
        );
    }
    for (id, endpoints) in expect["endpoints"].as_object().into_iter().flatten() {
        let d = design(&plan, id);
        for want in endpoints.as_array().unwrap() {
            let found = d
                .endpoints
                .iter()
                .find(|e| e.kind == want[0] && e.service_name == want[1])
                .unwrap_or_else(|| panic!("{name}: {id} lacks {want}: {:#?}", d.endpoints));
            assert_eq!(found.placement, want[2], "{name}: {want}");
            assert_eq!(u64::from(found.vpcs), want[3].as_u64().unwrap(), "{name}");
            assert_eq!(found.private_dns, want[4].as_bool().unwrap(), "{name}");
        }
    }
    for (id, pairs) in expect["ipTypes"].as_object().into_iter().flatten() {
        let d = design(&plan, id);
        for want in pairs.as_array().unwrap() {
            let e = d
                .endpoints
                .iter()
                .find(|e| e.service_name == want[0])
                .unwrap();
            assert_eq!(e.ip_address_type, want[1], "{name}: {want}");
        }
    }
    for (id, names) in expect["interfaceNames"].as_object().into_iter().flatten() {
        let d = design(&plan, id);
        let mut got: Vec<String> = d
            .endpoints
            .iter()
            .filter(|e| e.kind == "interface")
            .map(|e| {
                e.service_name
                    .trim_start_matches("com.amazonaws.us-east-1.")
                    .to_string()
            })
            .collect();
        let mut want: Vec<String> = names
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n.as_str().unwrap().to_string())
            .collect();
        got.sort();
        want.sort();
        assert_eq!(got, want, "{name}: interface endpoints of {id}");
    }
    for (id, count) in expect["gatewayCount"].as_object().into_iter().flatten() {
        let n = design(&plan, id)
            .endpoints
            .iter()
            .filter(|e| e.kind == "gateway")
            .count();
        assert_eq!(n as u64, count.as_u64().unwrap(), "{name}");
    }
    for want in expect["destinations"].as_array().into_iter().flatten() {
        let d = plan
            .destinations
            .iter()
            .find(|d| d.name == want["name"])
            .unwrap_or_else(|| panic!("{name}: no destination {}", want["name"]));
        assert_eq!(d.path, want["path"], "{name}: path of {}", d.name);
        if let Some(gb) = want.get("breakEvenGbPerMonth") {
            let got = d.break_even_gb_per_month.expect("a break-even");
            assert!(
                (got - gb.as_f64().unwrap()).abs() < 0.01,
                "{name}: break-even {got}"
            );
        }
    }
    for code in expect["warnings"].as_array().into_iter().flatten() {
        assert!(
            plan.warnings.iter().any(|w| w.code == code),
            "{name}: no warning {code}"
        );
    }
    for code in expect["noWarnings"].as_array().into_iter().flatten() {
        assert!(
            !plan.warnings.iter().any(|w| w.code == code),
            "{name}: unexpected warning {code}"
        );
    }
    for source in expect["reasonSources"].as_array().into_iter().flatten() {
        assert!(
            plan.reasons.iter().any(|r| r.url == source),
            "{name}: no reason citing {source}"
        );
    }
    for text in expect["terraformContains"].as_array().into_iter().flatten() {
        assert!(
            plan.exports.terraform.contains(text.as_str().unwrap()),
            "{name}: Terraform lacks {text}:\n{}",
            plan.exports.terraform
        );
    }
    check_invariants(&plan);
}

/// What must hold for every plan: totals equal their lines; shares add up to the total.
fn check_invariants(plan: &Plan) {
    for d in &plan.designs {
        let sum: i64 = d.lines.iter().map(|l| to_cents(l.usd)).sum();
        assert_eq!(to_cents(d.monthly_usd), sum, "{}: total ≠ lines", d.id);
        assert!(d.lines.iter().all(|l| l.usd >= 0.0));
        assert_eq!(d.eligible, d.why_not.is_none());
    }
    let best = design(plan, plan.recommended);
    let shares: i64 = plan
        .destinations
        .iter()
        .map(|d| to_cents(d.monthly_usd))
        .sum();
    assert_eq!(shares, to_cents(best.monthly_usd), "shares ≠ total");
    assert!(plan.exports.csv.lines().count() == best.lines.len() + 1);
    assert!(plan.exports.markdown.contains(plan.prices_as_of));
}

#[test]
fn golden_cases() {
    let cases = golden()["cases"].as_array().unwrap();
    assert!(cases.len() >= 20);
    for case in cases {
        check_case(case);
    }
}

#[test]
fn the_worked_example_reads_the_same_in_every_export() {
    let case = &golden()["cases"][0];
    let plan = run(&case["input"]).unwrap();
    let md = &plan.exports.markdown;
    assert!(md.contains("| **Total** | | | | **$221.30** |"), "{md}");
    assert!(md.contains("from 2 VPCs on"));
    assert!(plan
        .exports
        .csv
        .contains("centralised,Transit Gateway data processing of the interface endpoint traffic from the VPCs,120,GB,0.02,2.40,true,"));
    let tf = &plan.exports.terraform;
    assert_eq!(tf.matches("resource \"aws_vpc_endpoint\"").count(), 12);
    assert_eq!(tf.matches("resource \"aws_route53_zone\"").count(), 12);
    assert!(tf.contains("service_name        = \"com.amazonaws.us-east-1.sqs\""));
    assert!(tf.contains("private_dns_enabled = false"));
    assert!(tf.contains("variable \"subnet_ids\""));
}

#[test]
fn per_vpc_terraform_has_gateway_route_tables_and_subnets_per_az() {
    let plan = run(&json!({
        "azCount": 3,
        "destinations": [{ "service": "dynamodb" }, { "service": "aws-service", "awsService": "ecr.dkr" }]
    }))
    .unwrap();
    let tf = &plan.exports.terraform;
    assert!(tf.contains("resource \"aws_vpc_endpoint\" \"dynamodb_gateway\""));
    assert!(tf.contains("resource \"aws_vpc_endpoint\" \"s3_gateway\""));
    assert!(tf.contains("route_table_ids   = var.route_table_ids"));
    assert!(tf.contains("condition     = length(var.subnet_ids) == 3"));
    assert!(tf.contains("resource \"aws_vpc_endpoint\" \"ecr_api_interface\""));
}

#[test]
fn bad_input_is_an_error_never_a_panic() {
    for input in [
        json!(null),
        json!([]),
        json!({}),
        json!({ "destinations": [] }),
        json!({ "destinations": "s3" }),
        json!({ "destinations": [{ "service": "resource" }] }),
        json!({ "destinations": [{ "service": "s3", "awsService": "sqs" }] }),
        json!({ "destinations": [{ "service": "aws-service" }] }),
        json!({ "destinations": [{ "service": "s3" }], "vpcCount": 1001 }),
        json!({ "destinations": [{ "service": "s3" }], "preset": "nope" }),
        json!({ "destinations": [{ "service": "s3" }], "ipAddressType": "ipv5" }),
        json!({ "destinations": [{ "service": "aws-service", "awsService": "sqs", "serviceRegion": "eu-west-1" }] }),
    ] {
        assert!(run(&input).is_err(), "{input}");
    }
    let fifty_one: Vec<Value> = services::SERVICES
        .iter()
        .take(51)
        .map(|s| json!({ "service": "aws-service", "awsService": s.name }))
        .collect();
    let e = run(&json!({ "destinations": fifty_one })).unwrap_err();
    assert_eq!(e.code.as_str(), "out-of-range");
}

#[test]
fn fifty_destinations_in_a_thousand_vpcs() {
    let fifty: Vec<Value> = services::SERVICES
        .iter()
        .take(50)
        .map(|s| json!({ "service": "aws-service", "awsService": s.name, "gbPerMonth": 1000 }))
        .collect();
    let plan =
        run(&json!({ "vpcCount": 1000, "transitGateway": true, "destinations": fifty })).unwrap();
    check_invariants(&plan);
    assert_eq!(plan.recommended, "centralised");
}

// ---------------------------------------------------------------------------------------------
// Properties.

fn destination() -> impl Strategy<Value = Value> {
    let names: Vec<&'static str> = services::SERVICES.iter().map(|s| s.name).collect();
    prop_oneof![
        (0.0..100_000.0f64).prop_map(|gb| json!({ "service": "s3", "gbPerMonth": gb })),
        (0.0..100_000.0f64).prop_map(|gb| json!({ "service": "dynamodb", "gbPerMonth": gb })),
        (prop::sample::select(names), 0.0..2_000_000.0f64).prop_map(
            |(n, gb)| json!({ "service": "aws-service", "awsService": n, "gbPerMonth": gb })
        ),
    ]
}

fn input() -> impl Strategy<Value = Value> {
    (
        prop::collection::vec(destination(), 1..12),
        1u32..=6,
        1u32..=6,
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
        0.0..6_000_000.0f64,
        prop::sample::select(vec!["ipv4", "dualstack", "ipv6"]),
    )
        .prop_map(|(dests, az, eaz, nat, internet, sg, existing, ip)| {
            // Distinct services: duplicates are (correctly) rejected.
            let mut seen: Vec<String> = Vec::new();
            let dests: Vec<Value> = dests
                .into_iter()
                .filter(|d| {
                    let key = format!("{}{}", d["service"], d["awsService"]);
                    let fresh = !seen.contains(&key);
                    seen.push(key);
                    fresh
                })
                .collect();
            json!({
                "destinations": dests, "azCount": az, "endpointAzCount": eaz.min(az),
                "hasNatGateway": nat, "allowInternetPath": internet, "requireSecurityGroups": sg,
                "existingPrivateLinkGbPerMonth": existing, "ipAddressType": ip, "transitGateway": true
            })
        })
}

fn with_vpcs(input: &Value, vpcs: u32) -> Value {
    let mut v = input.clone();
    v["vpcCount"] = json!(vpcs);
    v
}

fn hours_line(d: &Design) -> Option<f64> {
    d.lines
        .iter()
        .find(|l| l.label.starts_with("Interface endpoint hours"))
        .map(|l| l.quantity)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn every_total_equals_its_lines(input in input(), vpcs in 1u32..=1000) {
        let plan = run(&with_vpcs(&input, vpcs)).unwrap();
        check_invariants(&plan);
    }

    /// per-vpc(n) = a + b·n: the difference from one VPC count to the next is the same
    /// everywhere (at $0.01 an hour whole hours are whole cents, so no rounding blurs it).
    #[test]
    fn per_vpc_grows_linearly_in_the_vpc_count(input in input(), n in 2u32..=999) {
        let total = |vpcs| to_cents(design(&run(&with_vpcs(&input, vpcs)).unwrap(), "per-vpc").monthly_usd);
        let step = total(2) - total(1);
        prop_assert!(step >= 0);
        prop_assert_eq!(total(n + 1) - total(n), step);
        prop_assert_eq!(total(n) - total(1), step * i64::from(n - 1));
    }

    /// No export ever builds a zone over DynamoDB's or DynamoDB Streams' names, and their
    /// interface endpoints never get private DNS.
    #[test]
    fn no_export_overrides_dynamodb_names(input in input(), vpcs in 1u32..=50) {
        let plan = run(&with_vpcs(&input, vpcs)).unwrap();
        for name in tf_zone_names(&plan.exports.terraform) {
            prop_assert!(!name.contains("dynamodb"), "{}", name);
        }
        for d in &plan.designs {
            for e in d.endpoints.iter().filter(|e| e.kind == "interface") {
                if e.service_name.ends_with(".dynamodb") || e.service_name.ends_with(".dynamodb-streams") {
                    prop_assert!(!e.private_dns && e.hosted_zone.is_none(), "{:?}", e);
                }
            }
        }
    }

    #[test]
    fn centralised_endpoint_hours_do_not_grow_with_the_vpc_count(input in input(), n in 2u32..=1000) {
        let at = |vpcs| {
            let plan = run(&with_vpcs(&input, vpcs)).unwrap();
            let d = design(&plan, "centralised").clone();
            (hours_line(&d), to_cents(d.monthly_usd))
        };
        prop_assert_eq!(at(2), at(n));
    }
}

// ---------------------------------------------------------------------------------------------
// DNS: hosted zones carry the names clients call, never the PrivateLink names.

fn tf_zone_names(tf: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut in_zone = false;
    for line in tf.lines() {
        if line.starts_with("resource \"aws_route53_zone\"") {
            in_zone = true;
        } else if in_zone {
            if let Some(rest) = line.trim().strip_prefix("name = \"") {
                names.push(rest.trim_end_matches('"').to_string());
                in_zone = false;
            }
        }
    }
    names
}

/// The design's Route 53 private hosted zone line: (zones, cents a month).
fn zone_line(d: &Design) -> (f64, i64) {
    let line = d
        .lines
        .iter()
        .find(|l| l.label.starts_with("Route 53 private hosted zones"))
        .unwrap();
    (line.quantity, to_cents(line.usd))
}

/// The design's interface endpoint for `com.amazonaws.us-east-1.<svc>`.
fn endpoint_of<'d>(d: &'d Design, svc: &str) -> &'d Endpoint {
    d.endpoints
        .iter()
        .find(|e| e.service_name == format!("com.amazonaws.us-east-1.{svc}"))
        .unwrap()
}

#[test]
fn centralised_zones_use_the_documented_names_and_none_where_unconfirmed() {
    // 20 VPCs, 4 services × 10 GB, centralised:
    // hours 4 endpoints × 2 AZs × 730 h = 5,840 h × $0.01 = $58.40; processing 40 GB × $0.01 = $0.40;
    // attachment 730 h × $0.05 = $36.50; TGW 40 GB × $0.02 = $0.80;
    // zones: kinesis.us-east-1.amazonaws.com (General Reference, ak.html) and
    // firehose.us-east-1.amazonaws.com (fh.html); none for eks-auth (its api.aws name is not
    // confirmed here) nor iam (global, no Region part) → 2 × $0.50 = $1.00. Total $97.10.
    let plan = run(&json!({
        "vpcCount": 20, "transitGateway": true,
        "destinations": [
            { "service": "aws-service", "awsService": "kinesis-streams", "gbPerMonth": 10 },
            { "service": "aws-service", "awsService": "kinesis-firehose", "gbPerMonth": 10 },
            { "service": "aws-service", "awsService": "eks-auth", "gbPerMonth": 10 },
            { "service": "aws-service", "awsService": "iam", "gbPerMonth": 10 }
        ]
    }))
    .unwrap();
    assert_eq!(plan.recommended, "centralised");
    let central = design(&plan, "centralised");
    assert_eq!(to_cents(central.monthly_usd), cents("97.10"));
    assert_eq!(zone_line(central), (2.0, 100));
    let mut names = tf_zone_names(&plan.exports.terraform);
    names.sort();
    assert_eq!(
        names,
        [
            "firehose.us-east-1.amazonaws.com",
            "kinesis.us-east-1.amazonaws.com"
        ]
    );
    assert_eq!(
        endpoint_of(central, "kinesis-streams")
            .hosted_zone
            .as_deref(),
        Some("kinesis.us-east-1.amazonaws.com")
    );
    for svc in ["com.amazonaws.us-east-1.eks-auth", "com.amazonaws.iam"] {
        let e = central
            .endpoints
            .iter()
            .find(|e| e.service_name == svc)
            .unwrap();
        assert_eq!(e.hosted_zone, None, "{svc}");
        assert!(!e.private_dns);
        assert!(
            e.note.as_deref().unwrap().contains("not confirmed"),
            "{svc}"
        );
    }
    assert!(plan
        .exports
        .markdown
        .contains("private hosted zone kinesis.us-east-1.amazonaws.com"));
}

#[test]
fn centralised_zones_for_the_agent_runtime_smtp_mesh_and_dms_names() {
    // 20 VPCs on a Transit Gateway, 7 services × 10 GB, centralised (us-east-1, 2 AZs), and the
    // `ecs` endpoint the agent's two need (ECS guide, vpc-endpoints.html: the agent gets the
    // ecs-a./ecs-t. names through it), API calls only, 0 GB:
    // hours 8 endpoints × 2 AZs × 730 h = 11,680 h × $0.01 = $116.80; processing 70 GB × $0.01 =
    // $0.70; one attachment 730 h × $0.05 = $36.50; Transit Gateway 70 GB × $0.02 = $1.40;
    // zones, each from its AWS page, none under the PrivateLink name:
    // ecs-a.… for ecs-agent and ecs-t.… for ecs-telemetry, and ecs.… (the ECS guide: zones "only
    // for" ecs., ecs-a. and ecs-t.),
    // runtime.sagemaker.… for sagemaker.runtime (SageMaker guide, interface-vpc-endpoint.html),
    // email-smtp.… (SES guide, send-email-smtp-client-command-line.html),
    // aps-workspaces.… (General Reference, prometheus-service.html),
    // appmesh-envoy-management.… (App Mesh guide, troubleshooting-setup.html),
    // dms.… (DMS guide, CHAP_ReplicationInstance.html)
    // → 8 × $0.50 = $4.00. Total $116.80 + $0.70 + $36.50 + $1.40 + $4.00 = $159.40.
    // Per VPC instead: 20 × 8 × 2 × 730 h × $0.01 = $2,336.00 + $0.70 = $2,336.70.
    let plan = run(&json!({
        "vpcCount": 20, "transitGateway": true,
        "destinations": [
            { "service": "aws-service", "awsService": "ecs-agent", "gbPerMonth": 10 },
            { "service": "aws-service", "awsService": "ecs-telemetry", "gbPerMonth": 10 },
            { "service": "aws-service", "awsService": "sagemaker.runtime", "gbPerMonth": 10 },
            { "service": "aws-service", "awsService": "email-smtp", "gbPerMonth": 10 },
            { "service": "aws-service", "awsService": "aps-workspaces", "gbPerMonth": 10 },
            { "service": "aws-service", "awsService": "appmesh-envoy-management", "gbPerMonth": 10 },
            { "service": "aws-service", "awsService": "dms", "gbPerMonth": 10 }
        ]
    }))
    .unwrap();
    assert_eq!(plan.recommended, "centralised");
    let central = design(&plan, "centralised");
    assert_eq!(to_cents(central.monthly_usd), cents("159.40"));
    assert_eq!(
        to_cents(design(&plan, "per-vpc").monthly_usd),
        cents("2336.70")
    );
    assert_eq!(zone_line(central), (8.0, 400));
    let ecs = endpoint_of(central, "ecs");
    assert_eq!(ecs.gb_per_month, 0.0);
    assert!(
        ecs.note
            .as_deref()
            .is_some_and(|n| n.starts_with("Needed by ecs-")),
        "{ecs:?}"
    );
    assert!(plan.reasons.iter().any(|r| r
        .url
        .ends_with("AmazonECS/latest/developerguide/vpc-endpoints.html")));
    // App Mesh ended on 2026-09-30 (the notice heading every page of its guide): the plan says so.
    assert!(plan.reasons.iter().any(|r| r
        .text
        .starts_with("AWS discontinued App Mesh on September 30, 2026")));
    let zone_of = |svc: &str| endpoint_of(central, svc).hosted_zone.as_deref();
    assert_eq!(zone_of("ecs-agent"), Some("ecs-a.us-east-1.amazonaws.com"));
    assert_eq!(
        zone_of("ecs-telemetry"),
        Some("ecs-t.us-east-1.amazonaws.com")
    );
    assert_eq!(
        zone_of("sagemaker.runtime"),
        Some("runtime.sagemaker.us-east-1.amazonaws.com")
    );
    let tf = &plan.exports.terraform;
    let mut names = tf_zone_names(tf);
    names.sort();
    assert_eq!(
        names,
        [
            "appmesh-envoy-management.us-east-1.amazonaws.com",
            "aps-workspaces.us-east-1.amazonaws.com",
            "dms.us-east-1.amazonaws.com",
            "ecs-a.us-east-1.amazonaws.com",
            "ecs-t.us-east-1.amazonaws.com",
            "ecs.us-east-1.amazonaws.com",
            "email-smtp.us-east-1.amazonaws.com",
            "runtime.sagemaker.us-east-1.amazonaws.com"
        ]
    );
    // The ECS page: the numbered ecs-a-1.… names need no records, so no `*.` under any of these.
    assert!(!tf.contains("name    = \"*."), "{tf}");
    for e in &central.endpoints {
        let note = e.note.as_deref();
        assert!(!note.is_some_and(|n| n.contains("not confirmed")), "{e:?}");
    }
}

#[test]
fn centralised_zones_carry_the_names_clients_call_not_the_privatelink_names() {
    // 20 VPCs on a Transit Gateway, 5 services × 10 GB, centralised (us-east-1, 2 AZs):
    // hours 5 endpoints × 2 AZs × 730 h = 7,300 h × $0.01 = $73.00; processing 50 GB × $0.01 = $0.50;
    // one attachment 730 h × $0.05 = $36.50; Transit Gateway 50 GB × $0.02 = $1.00;
    // zones, each from its AWS page: lambda.us-east-1.amazonaws.com (General Reference,
    // lambda-service.html), api.sagemaker.… (not sagemaker.api; sagemaker.html),
    // execute-api.… with *.execute-api.… (private APIs are <api-id>.execute-api.…),
    // d.codeartifact.… with *.d.codeartifact.… (repositories are <domain>-<owner>.d.codeartifact.…);
    // none for eks-auth (its api.aws name is not confirmed here) → 4 × $0.50 = $2.00.
    // Total $73.00 + $0.50 + $36.50 + $1.00 + $2.00 = $113.00.
    // Per VPC instead: 20 × 5 × 2 × 730 h × $0.01 = $1,460.00 + $0.50 → centralised is recommended.
    let plan = run(&json!({
        "vpcCount": 20, "transitGateway": true,
        "destinations": [
            { "service": "aws-service", "awsService": "lambda", "gbPerMonth": 10 },
            { "service": "aws-service", "awsService": "sagemaker.api", "gbPerMonth": 10 },
            { "service": "aws-service", "awsService": "execute-api", "gbPerMonth": 10 },
            { "service": "aws-service", "awsService": "codeartifact.repositories", "gbPerMonth": 10 },
            { "service": "aws-service", "awsService": "eks-auth", "gbPerMonth": 10 }
        ]
    }))
    .unwrap();
    assert_eq!(plan.recommended, "centralised");
    let central = design(&plan, "centralised");
    assert_eq!(to_cents(central.monthly_usd), cents("113.00"));
    assert_eq!(
        to_cents(design(&plan, "per-vpc").monthly_usd),
        cents("1460.50")
    );
    assert_eq!(zone_line(central), (4.0, 200));
    let zone_of = |svc: &str| endpoint_of(central, svc).hosted_zone.as_deref();
    assert_eq!(zone_of("lambda"), Some("lambda.us-east-1.amazonaws.com"));
    assert_eq!(
        zone_of("sagemaker.api"),
        Some("api.sagemaker.us-east-1.amazonaws.com")
    );
    assert_eq!(zone_of("eks-auth"), None);
    let tf = &plan.exports.terraform;
    let mut names = tf_zone_names(tf);
    names.sort();
    assert_eq!(
        names,
        [
            "api.sagemaker.us-east-1.amazonaws.com",
            "d.codeartifact.us-east-1.amazonaws.com",
            "execute-api.us-east-1.amazonaws.com",
            "lambda.us-east-1.amazonaws.com"
        ]
    );
    // Each zone is associated with every VPC; `*.` records only where clients call sub-names.
    assert_eq!(tf.matches("for_each = var.vpc_ids").count(), 4, "{tf}");
    for wild in [
        "*.execute-api.us-east-1.amazonaws.com",
        "*.d.codeartifact.us-east-1.amazonaws.com",
    ] {
        assert!(
            tf.contains(&format!("name    = \"{wild}\"")),
            "{wild}\n{tf}"
        );
    }
    assert!(!tf.contains("*.lambda."), "{tf}");
    assert!(!tf.contains("*.api.sagemaker."), "{tf}");
    // The *.execute-api zone also answers for public APIs' default names: AWS's Knowledge Center
    // says those calls then answer HTTP 403, so the plan says so with that page.
    let api_403 = |p: &Plan| {
        p.reasons.iter().any(|r| {
            r.text.contains("HTTP 403")
                && r.url
                    == "https://aws.amazon.com/premiumsupport/knowledge-center/api-gateway-vpc-connections/"
        })
    };
    assert!(api_403(&plan));
    let without = run(&json!({
        "vpcCount": 20, "transitGateway": true,
        "destinations": [{ "service": "aws-service", "awsService": "lambda", "gbPerMonth": 10 }]
    }))
    .unwrap();
    assert!(!api_403(&without));
}

#[test]
fn dynamodb_and_streams_endpoints_take_no_private_dns_and_no_zone() {
    // Per VPC, 1 VPC: both interface endpoints have private DNS off (AWS: clients use the
    // endpoint URL; no private or hybrid DNS for DynamoDB through PrivateLink).
    let one = run(&json!({
        "destinations": [
            { "service": "dynamodb-streams", "gbPerMonth": 10 },
            { "service": "dynamodb", "gbPerMonth": 10, "trafficFrom": ["same-vpc", "on-premises"] }
        ]
    }))
    .unwrap();
    let tf = &one.exports.terraform;
    assert_eq!(tf.matches("private_dns_enabled = false").count(), 2, "{tf}");
    assert!(!tf.contains("private_dns_enabled = true"), "{tf}");
    assert!(
        tf.contains("vpce-….streams.dynamodb.us-east-1.vpce.amazonaws.com"),
        "{tf}"
    );
    // Centralised, 10 VPCs: dynamodb-streams 1,000 GB, dynamodb 1,000 GB of which 50% on premises
    // (500 GB interface, 500 GB on the gateway endpoints).
    // 2 endpoints × 2 AZs × 730 h = 2,920 h × $0.01 = $29.20; 1,500 GB × $0.01 = $15.00;
    // attachment $36.50; TGW only for what the VPCs send: 1,000 GB (Streams) × $0.02 = $20.00
    // (DynamoDB's 500 interface GB come from on premises); no hosted zone → $100.70.
    let ten = run(&json!({
        "vpcCount": 10, "transitGateway": true,
        "destinations": [
            { "service": "dynamodb-streams", "gbPerMonth": 1000 },
            { "service": "dynamodb", "gbPerMonth": 1000, "trafficFrom": ["same-vpc", "on-premises"] }
        ]
    }))
    .unwrap();
    let central = design(&ten, "centralised");
    assert_eq!(to_cents(central.monthly_usd), cents("100.70"));
    assert!(!central
        .lines
        .iter()
        .any(|l| l.label.starts_with("Route 53")));
    assert!(central
        .endpoints
        .iter()
        .all(|e| !e.private_dns && e.hosted_zone.is_none()));
    assert!(ten
        .reasons
        .iter()
        .any(|r| r.url.ends_with("privatelink-interface-endpoints.html")
            && r.text.contains("says not to override")));
}

#[test]
fn centralised_s3_stays_on_the_gateway_endpoints_with_no_override_zone() {
    // 10 VPCs on a Transit Gateway: s3 1,000 GB, half of it from on premises; ecr.dkr 1,000 GB of
    // image layers; logs 1,000 GB. Centralised:
    // S3 gateway endpoints carry 500 GB (in-VPC S3) + 1,000 GB (layers) = 1,500 GB at $0;
    // interface endpoints s3 (500 GB), ecr.dkr, ecr.api (API calls only), logs (1,000 GB):
    // 4 × 2 AZs × 730 h = 5,840 h × $0.01 = $58.40; 1,500 GB × $0.01 = $15.00;
    // attachment 730 h × $0.05 = $36.50; TGW only for what the VPCs send: logs 1,000 GB × $0.02
    // = $20.00 (S3's 500 interface GB come from on premises, the layers take the gateway);
    // zones dkr.ecr, api.ecr, logs (none over S3's names) 3 × $0.50 = $1.50 → $131.40.
    let plan = run(&json!({
        "vpcCount": 10, "transitGateway": true,
        "destinations": [
            { "service": "s3", "gbPerMonth": 1000, "trafficFrom": ["same-vpc", "on-premises"] },
            { "service": "aws-service", "awsService": "ecr.dkr", "gbPerMonth": 1000 },
            { "service": "aws-service", "awsService": "logs", "gbPerMonth": 1000 }
        ]
    }))
    .unwrap();
    assert_eq!(plan.recommended, "centralised");
    let central = design(&plan, "centralised");
    assert_eq!(to_cents(central.monthly_usd), cents("131.40"));
    let gw = central
        .lines
        .iter()
        .find(|l| l.label.starts_with("Gateway endpoint for Amazon S3"))
        .unwrap();
    assert_eq!(gw.quantity, 1500.0);
    let s3 = central
        .endpoints
        .iter()
        .find(|e| e.kind == "interface" && e.service_name == "com.amazonaws.us-east-1.s3")
        .unwrap();
    assert_eq!(s3.placement, "shared-services-vpc");
    assert!(s3.private_dns);
    assert_eq!(s3.hosted_zone, None);
    assert_eq!(
        s3.private_dns_only_for_inbound_resolver_endpoint,
        Some(true)
    );
    let mut zones = tf_zone_names(&plan.exports.terraform);
    zones.sort();
    assert_eq!(
        zones,
        [
            "api.ecr.us-east-1.amazonaws.com",
            "dkr.ecr.us-east-1.amazonaws.com",
            "logs.us-east-1.amazonaws.com"
        ]
    );
    let tf = &plan.exports.terraform;
    assert!(
        tf.contains("private_dns_only_for_inbound_resolver_endpoint = true"),
        "{tf}"
    );
    assert!(
        tf.contains("depends_on          = [aws_vpc_endpoint.s3_gateway]"),
        "{tf}"
    );
    assert!(plan
        .reasons
        .iter()
        .any(|r| r.url.ends_with("API_DnsOptionsSpecification.html")));
    assert!(plan
        .reasons
        .iter()
        .any(|r| r.url.ends_with("resolver-forwarding-inbound-queries.html")));
}

#[test]
fn s3_interface_private_dns_sets_inbound_only_explicitly() {
    // Security groups required: no gateway endpoint, so "only for inbound Resolver endpoint"
    // (on by default for S3) must be false, or the API rejects the endpoint.
    // 1 endpoint × 2 AZs × 730 h × $0.01 = $14.60 + 1,000 GB × $0.01 = $10.00 → $24.60.
    let plan = run(&json!({
        "requireSecurityGroups": true,
        "destinations": [{ "service": "s3", "gbPerMonth": 1000 }]
    }))
    .unwrap();
    assert_eq!(
        to_cents(design(&plan, "per-vpc").monthly_usd),
        cents("24.60")
    );
    let tf = &plan.exports.terraform;
    assert!(tf.contains("private_dns_enabled = true"), "{tf}");
    assert!(
        tf.contains(
            "  dns_options {\n    private_dns_only_for_inbound_resolver_endpoint = false\n  }"
        ),
        "{tf}"
    );
    assert!(!tf.contains("depends_on"), "{tf}");
    // With the S3 gateway endpoint in the VPC (clients in the VPC and on premises): true, after it.
    let mixed = run(&json!({
        "destinations": [{ "service": "s3", "gbPerMonth": 1000, "trafficFrom": ["same-vpc", "on-premises"] }]
    }))
    .unwrap();
    let tf = &mixed.exports.terraform;
    assert!(tf.contains("  dns_options {\n    private_dns_only_for_inbound_resolver_endpoint = true\n  }\n  depends_on          = [aws_vpc_endpoint.s3_gateway]"), "{tf}");
}

fn overlap_input() -> impl Strategy<Value = Value> {
    (
        0.0..100_000.0f64,
        0.0..=100.0f64,
        prop::sample::select(vec![0usize, 1, 2]),
        0.0..100_000.0f64,
        0.0..100_000.0f64,
        any::<bool>(),
        any::<bool>(),
        2u32..=200,
    )
        .prop_map(|(s3, pct, from, ecr, ddb, sg, internet, vpcs)| {
            let froms = [
                json!(["same-vpc"]),
                json!(["same-vpc", "on-premises"]),
                json!(["on-premises"]),
            ];
            json!({
                "vpcCount": vpcs, "transitGateway": true, "requireSecurityGroups": sg,
                "allowInternetPath": internet,
                "destinations": [
                    { "service": "s3", "gbPerMonth": s3, "trafficFrom": froms[from].clone(), "remoteTrafficPercent": pct },
                    { "service": "aws-service", "awsService": "ecr.dkr", "gbPerMonth": ecr },
                    { "service": "dynamodb", "gbPerMonth": ddb, "trafficFrom": froms[from].clone() },
                    { "service": "aws-service", "awsService": "sqs", "gbPerMonth": 10 }
                ]
            })
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// In a centralised design no byte is both on a gateway endpoint's line and routed by a
    /// hosted zone: a service with a gateway endpoint gets no zone over its names.
    #[test]
    fn no_gateway_bytes_are_routed_by_an_override_zone(input in overlap_input()) {
        let plan = run(&input).unwrap();
        check_invariants(&plan);
        let central = design(&plan, "centralised");
        let zones: Vec<String> = central.endpoints.iter().filter_map(|e| e.hosted_zone.clone()).collect();
        let tf_zones = if plan.recommended == "centralised" {
            tf_zone_names(&plan.exports.terraform)
        } else {
            Vec::new()
        };
        for gw in central.endpoints.iter().filter(|e| e.kind == "gateway") {
            let short = gw.service_name.trim_start_matches("com.amazonaws.us-east-1.");
            let public = format!("{short}.us-east-1.amazonaws.com");
            prop_assert!(!zones.contains(&public), "{} with a zone", short);
            prop_assert!(!tf_zones.contains(&public), "{} with a zone in Terraform", short);
            for itf in central.endpoints.iter().filter(|e| e.kind == "interface" && e.service_name == gw.service_name) {
                prop_assert!(itf.hosted_zone.is_none());
            }
        }
    }
}

#[test]
fn no_break_even_volume_from_ecr_image_layers() {
    // The ECR endpoints' cost does not depend on the layer volume (the layers take the S3
    // gateway endpoint either way): no volume of layers makes them pay against NAT.
    for gb in [10, 2000, 1_000_000] {
        let plan = run(&json!({
            "allowInternetPath": true, "hasNatGateway": true,
            "destinations": [{ "service": "aws-service", "awsService": "ecr.dkr", "gbPerMonth": gb }]
        }))
        .unwrap();
        assert_eq!(plan.recommended, "nat+endpoints", "{gb} GB");
        assert_eq!(
            plan.destinations[0].break_even_gb_per_month, None,
            "{gb} GB"
        );
    }
}

#[test]
fn centralised_endpoint_used_only_from_outside_the_vpcs_gets_no_zone() {
    // 10 VPCs on a Transit Gateway: sqs 100 GB from the VPCs; s3 1,000 GB only from on premises
    // (no S3 gateway endpoint: no client in the VPCs). A zone associated with the VPCs would not
    // answer on premises: the S3 endpoint keeps its own private DNS for an inbound Resolver
    // endpoint, with "only for inbound Resolver endpoint" false (no S3 gateway endpoint).
    // centralised: 2 × 2 AZs × 730 h = 2,920 h × $0.01 = $29.20; 1,100 GB × $0.01 = $11.00;
    // attachment $36.50; TGW only for what the VPCs send: sqs 100 GB × $0.02 = $2.00 (the S3
    // clients are on premises); 1 zone (sqs) × $0.50 → $79.20.
    // per-vpc: (10 × 1 + 1) × 1,460 h × $0.01 = $160.60 + $11.00 → $171.60.
    let plan = run(&json!({
        "vpcCount": 10, "transitGateway": true,
        "destinations": [
            { "service": "aws-service", "awsService": "sqs", "gbPerMonth": 100 },
            { "service": "s3", "gbPerMonth": 1000, "trafficFrom": ["on-premises"] }
        ]
    }))
    .unwrap();
    assert_eq!(plan.recommended, "centralised");
    assert_eq!(
        to_cents(design(&plan, "centralised").monthly_usd),
        cents("79.20")
    );
    assert_eq!(
        to_cents(design(&plan, "per-vpc").monthly_usd),
        cents("171.60")
    );
    let s3 = design(&plan, "centralised")
        .endpoints
        .iter()
        .find(|e| e.service_name == "com.amazonaws.us-east-1.s3")
        .unwrap();
    assert!(s3.private_dns);
    assert_eq!(s3.hosted_zone, None);
    assert_eq!(
        s3.private_dns_only_for_inbound_resolver_endpoint,
        Some(false)
    );
    assert_eq!(
        tf_zone_names(&plan.exports.terraform),
        ["sqs.us-east-1.amazonaws.com"]
    );
}

#[test]
fn ecr_presets_credit_the_layers_to_ecr_dkr_and_no_named_endpoint_is_needed_by_another() {
    // The ECS-on-Fargate preset lists ecr.api, ecr.dkr, s3 (10 GB) and logs, ecr.dkr with 100 GB
    // of image layers. ecr.dkr is a destination of its own: no "Needed by ecr.api" note. The S3
    // gateway endpoint carries 10 + 100 = 110 GB, of which the layers are the 100 GB the registry
    // (ecr.dkr) serves from S3, and the plan says so ("Amazon ECR uses Amazon S3 to store your
    // image layers", ECR user guide).
    let plan = run(&json!({ "preset": "ecs-fargate-no-nat" })).unwrap();
    let per_vpc = design(&plan, "per-vpc");
    let find = |kind: &str, name: &str| {
        per_vpc
            .endpoints
            .iter()
            .find(|e| e.kind == kind && e.service_name == format!("com.amazonaws.us-east-1.{name}"))
            .unwrap_or_else(|| panic!("no {kind} {name}: {:#?}", per_vpc.endpoints))
    };
    assert_eq!(find("interface", "ecr.dkr").note, None);
    assert_eq!(find("interface", "ecr.api").note, None);
    let s3 = find("gateway", "s3");
    assert_eq!(s3.gb_per_month, 110.0);
    assert_eq!(
        s3.note.as_deref(),
        Some("Carries the image layers ecr.dkr serves from S3.")
    );
    // One VPC: "in the VPC", not "in each of 1 VPC".
    assert!(per_vpc.lines.iter().any(|l| l
        .label
        .starts_with("Gateway endpoint for Amazon S3 in the VPC: no charge")));
    let texts: Vec<&str> = plan.reasons.iter().map(|r| r.text.as_str()).collect();
    assert!(
        texts
            .iter()
            .any(|t| t
                .contains("the 100 GB pulled through ecr.dkr go through the S3 gateway endpoint")),
        "{texts:#?}"
    );
}

#[test]
fn without_a_transit_gateway_centralising_counts_the_attachments_to_create() {
    // 3 VPCs, no Transit Gateway, sqs, kms and logs at 100 GB each. Per VPC: n × 3 × 2 × 730 h ×
    // $0.01 = n × $43.80, + 300 GB × $0.01 = $3.00. Centralised: $43.80 + $3.00 + TGW processing
    // 300 GB × $0.02 = $6.00 + 3 zones × $0.50 = $1.50, + (n + 1) attachments × 730 h × $0.05 =
    // (n + 1) × $36.50. At 3 VPCs: $134.40 against $54.30 + $146.00 = $200.30. Centralising pays
    // when 43.80n + 3.00 > 90.80 + 36.50n → 7.30n > 87.80 → n > 12.03 → 13 VPCs.
    let plan = run(&json!({
        "vpcCount": 3,
        "destinations": [
            { "service": "aws-service", "awsService": "sqs", "gbPerMonth": 100 },
            { "service": "aws-service", "awsService": "kms", "gbPerMonth": 100 },
            { "service": "aws-service", "awsService": "logs", "gbPerMonth": 100 }
        ]
    }))
    .unwrap();
    assert_eq!(
        to_cents(design(&plan, "per-vpc").monthly_usd),
        cents("134.40")
    );
    assert_eq!(
        to_cents(design(&plan, "centralised").monthly_usd),
        cents("200.30")
    );
    assert_eq!(plan.break_even_vpc_count, Some(13));
    assert!(plan
        .exports
        .markdown
        .contains("from 13 VPCs on, counting a Transit Gateway attachment for each VPC."));
}

#[test]
fn peered_vpcs_are_plan_vpcs_with_their_own_gateway_endpoints_as_advise_says() {
    // A gateway endpoint serves only its own VPC ("Endpoint connections cannot be extended out
    // of a VPC", gateway endpoints page): a peered VPC with clients gets its own, as `advise`
    // says ("Give peered and TGW-attached VPCs their own gateway endpoints"). A plan lists its
    // VPCs (vpcCount), so a peered VPC with clients is one of them, like a Transit
    // Gateway-attached one; only on-premises and other-Region clients need an interface endpoint.
    //
    // 4 VPCs, 2 AZs, 730 h, us-east-1 golden rates:
    // - s3 1,000 GB from this VPC and peered VPCs: all on the free S3 gateway endpoints (4),
    //   $0.00. (Before: 50% = 500 GB to one S3 interface endpoint, $14.60 + $5.00 = $19.60.)
    // - dynamodb 2,000 GB from peered VPCs and on premises, 25% remote: 1,500 GB on the free
    //   DynamoDB gateway endpoints (4); 500 GB through one DynamoDB interface endpoint, built
    //   once: 2 AZs × 730 h × $0.01 = $14.60 + 500 GB × $0.01 = $5.00 → $19.60. (Before: no
    //   same-vpc source, so all 2,000 GB counted remote: $14.60 + $20.00 = $34.60.)
    // per-vpc: $0.00 + $19.60 = $19.60.
    let plan = run(&json!({
        "vpcCount": 4,
        "destinations": [
            { "service": "s3", "gbPerMonth": 1000, "trafficFrom": ["same-vpc", "peered-vpc"] },
            { "service": "dynamodb", "gbPerMonth": 2000,
              "trafficFrom": ["peered-vpc", "on-premises"], "remoteTrafficPercent": 25 }
        ]
    }))
    .unwrap();
    assert_eq!(plan.recommended, "per-vpc");
    let per_vpc = design(&plan, "per-vpc");
    assert_eq!(to_cents(per_vpc.monthly_usd), cents("19.60"));
    let find = |kind: &str, name: &str| {
        per_vpc
            .endpoints
            .iter()
            .find(|e| e.kind == kind && e.service_name == format!("com.amazonaws.us-east-1.{name}"))
    };
    let s3 = find("gateway", "s3").expect("S3 gateway endpoints");
    assert_eq!(
        (s3.placement, s3.vpcs, s3.gb_per_month),
        ("each-vpc", 4, 1000.0)
    );
    assert!(
        find("interface", "s3").is_none(),
        "{:#?}",
        per_vpc.endpoints
    );
    let ddb = find("gateway", "dynamodb").expect("DynamoDB gateway endpoints");
    assert_eq!(
        (ddb.placement, ddb.vpcs, ddb.gb_per_month),
        ("each-vpc", 4, 1500.0)
    );
    let ddb_if = find("interface", "dynamodb").expect("DynamoDB interface endpoint");
    assert_eq!(
        (ddb_if.placement, ddb_if.vpcs, ddb_if.gb_per_month),
        ("one-vpc", 1, 500.0)
    );

    // `advise` for the same DynamoDB traffic (one endpoint VPC, 2 AZs): gateway + interface,
    // the interface endpoint carrying the same 500 GB → the same $19.60.
    let mut scenario = Scenario::new(Service::DynamoDb);
    scenario.gb_per_month = 2000.0;
    scenario.traffic_from = vec![ClientLocation::PeeredVpc, ClientLocation::OnPremises];
    scenario.remote_traffic_percent = 25.0;
    let advised = price_approaches(&scenario, test_catalog())
        .into_iter()
        .find(|a| a.kind == Approach::GatewayAndInterface)
        .unwrap();
    assert_eq!(to_cents(advised.monthly_usd), cents("19.60"));
}

#[test]
fn hosted_zones_beyond_the_first_25_cost_the_lower_rate() {
    // Route 53 price feed (route53.json, published 2025-08-28, location "Any"): "DNS Zone first
    // 25" $0.50 and "DNS Zone" $0.10 per hosted zone per month (SKU KVPGEJE88UW8S779), as in
    // the golden rates.
    // 2 VPCs on a Transit Gateway, 27 AWS services with a confirmed client-facing name (no ECR,
    // which brings in other endpoints), 10 GB each, 2 AZs, 730 h. Centralised:
    // endpoint hours 27 × 2 × 730 h × $0.01 = $394.20; processing 270 GB × $0.01 = $2.70;
    // attachment 730 h × $0.05 = $36.50; Transit Gateway 270 GB × $0.02 = $5.40;
    // zones 25 × $0.50 = $12.50 and 2 × $0.10 = $0.20 → $451.50 (27 × $0.50 would be $451.80).
    let names: Vec<&str> = services::SERVICES
        .iter()
        .filter(|s| matches!(s.dns, services::Dns::Name { .. }) && !s.name.starts_with("ecr."))
        .map(|s| s.name)
        .take(27)
        .collect();
    assert_eq!(names.len(), 27);
    let destinations: Vec<Value> = names
        .iter()
        .map(|n| json!({ "service": "aws-service", "awsService": n, "gbPerMonth": 10 }))
        .collect();
    let plan = run(&json!({ "vpcCount": 2, "transitGateway": true, "destinations": destinations }))
        .unwrap();
    let central = design(&plan, "centralised");
    let zones: Vec<(&str, f64, f64)> = central
        .lines
        .iter()
        .filter(|l| l.label.starts_with("Route 53 private hosted zones"))
        .map(|l| (l.label.as_str(), l.quantity, l.usd))
        .collect();
    assert_eq!(
        zones,
        [
            (
                "Route 53 private hosted zones, one per centralised service with a known name (25 × 1 month)",
                25.0,
                12.5
            ),
            (
                "Route 53 private hosted zones, beyond the first 25 (2 × 1 month)",
                2.0,
                0.2
            )
        ]
    );
    assert_eq!(to_cents(central.monthly_usd), cents("451.50"));
    assert_eq!(plan.recommended, "centralised");
}
