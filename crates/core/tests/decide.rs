//! Tests of the decision tree: the golden cases in `tests/golden/decide-*.json` (written from
//! AWS documentation, each with its source), the shape of the tree, and properties over every
//! scenario proptest can make.

use proptest::prelude::*;
use serde_json::Value as Json;
use std::collections::{BTreeSet, HashSet};
use vpce_advisor_core::approach::{Approach, MonthlyCost};
use vpce_advisor_core::cost::{self, ApproachCost};
use vpce_advisor_core::decide::{self, Body, Claim, Ctx, NODES, ROOT};
use vpce_advisor_core::eligibility;
use vpce_advisor_core::scenario::{ClientLocation, IpAddressType, Scenario, Service};

fn kind(name: &str) -> Approach {
    Approach::ALL
        .into_iter()
        .find(|k| k.as_str() == name)
        .unwrap_or_else(|| panic!("unknown option kind {name}"))
}

/// Builds a scenario from a golden case's JSON, field by field (the price catalogue may not
/// know every Region a case names, and the decision does not depend on prices by Region).
fn scenario_of(json: &Json) -> Scenario {
    let service = Service::parse(json["service"].as_str().expect("service")).expect("service");
    let mut s = Scenario::new(service);
    if let Some(list) = json.get("trafficFrom").and_then(Json::as_array) {
        s.traffic_from = list
            .iter()
            .map(|v| ClientLocation::parse(v.as_str().unwrap()).expect("traffic source"))
            .collect();
    }
    if let Some(list) = json.get("awsServices").and_then(Json::as_array) {
        s.aws_services = list
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect();
        s.endpoint_count = (s.aws_services.len() as u32).max(1);
    }
    if let Some(r) = json.get("region").and_then(Json::as_str) {
        s.region = r.to_string();
        s.service_region = r.to_string();
    }
    if let Some(r) = json.get("serviceRegion").and_then(Json::as_str) {
        s.service_region = r.to_string();
    }
    let uint = |k: &str| json.get(k).and_then(Json::as_u64).map(|n| n as u32);
    let boolean = |k: &str| json.get(k).and_then(Json::as_bool);
    let num = |k: &str| json.get(k).and_then(Json::as_f64);
    if let Some(n) = uint("azCount") {
        s.az_count = n;
        s.nat_gateway_count = n;
    }
    if let Some(n) = uint("endpointCount") {
        s.endpoint_count = n;
    }
    if let Some(b) = boolean("hasNatGateway") {
        s.has_nat_gateway = b;
    }
    if let Some(b) = boolean("allowInternetPath") {
        s.allow_internet_path = b;
    }
    if let Some(b) = boolean("requireSecurityGroups") {
        s.require_security_groups = b;
    }
    if let Some(b) = boolean("requirePrivateIps") {
        s.require_private_ips = b;
    }
    if let Some(n) = num("gbPerMonth") {
        s.gb_per_month = n;
    }
    if let Some(n) = num("peakGbps") {
        s.peak_gbps = Some(n);
    }
    if let Some(n) = num("remoteTrafficPercent") {
        s.remote_traffic_percent = n;
    }
    if let Some(t) = json.get("ipAddressType").and_then(Json::as_str) {
        s.ip_address_type = IpAddressType::parse(t).expect("ipAddressType");
    }
    s
}

fn priced(kind: Approach, usd: f64) -> MonthlyCost {
    (kind, usd)
}

fn options_of(case: &Json) -> Vec<MonthlyCost> {
    let Some(prices) = case.get("prices").and_then(Json::as_object) else {
        return Vec::new();
    };
    prices
        .iter()
        .filter(|(k, _)| k.as_str() != "arithmetic")
        .map(|(k, v)| priced(kind(k), v.as_f64().expect("price")))
        .collect()
}

fn golden_cases() -> Vec<(String, Json)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("golden dir")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("decide-") && n.ends_with(".json"))
        })
        .collect();
    files.sort();
    let mut out = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("read golden");
        let json: Json = serde_json::from_str(&text).expect("golden JSON");
        for case in json["cases"].as_array().expect("cases") {
            let name = format!(
                "{}:{}",
                file.file_name().unwrap().to_string_lossy(),
                case["name"].as_str().expect("name")
            );
            out.push((name, case.clone()));
        }
    }
    out
}

#[test]
fn golden_decisions() {
    let cases = golden_cases();
    assert!(cases.len() >= 40, "only {} golden cases", cases.len());
    let mut names = HashSet::new();
    let mut failures = Vec::new();
    for (name, case) in &cases {
        assert!(names.insert(name.clone()), "duplicate case {name}");
        for field in ["situation", "why"] {
            assert!(
                case[field].as_str().is_some_and(|s| !s.is_empty()),
                "{name}: missing {field}"
            );
        }
        let scenario = scenario_of(&case["scenario"]);
        let options = options_of(case);
        let d = decide::decide(&scenario, &options, None);
        let expect = &case["expect"];
        let want = kind(expect["recommendation"].as_str().expect("recommendation"));
        if d.recommendation != want {
            failures.push(format!(
                "{name}: got {} want {} (path {:?})",
                d.recommendation.as_str(),
                want.as_str(),
                d.path.iter().map(|p| p.answer).collect::<Vec<_>>()
            ));
            continue;
        }
        let source = expect["source"].as_str().expect("source");
        assert!(source.starts_with("https://"), "{name}: source not https");
        if !d.reasons.iter().any(|r| r.url == source) {
            failures.push(format!(
                "{name}: no reason from {source}; reasons: {:?}",
                d.reasons
            ));
        }
        let conflict = expect
            .get("conflict")
            .and_then(Json::as_bool)
            .unwrap_or(false);
        if d.conflict.is_some() != conflict {
            failures.push(format!("{name}: conflict {:?}", d.conflict));
        }
        if let Some(leaf) = expect.get("leaf").and_then(Json::as_str) {
            if d.leaf != leaf {
                failures.push(format!("{name}: leaf {} want {leaf}", d.leaf));
            }
        }
        for k in expect
            .get("rejects")
            .and_then(Json::as_array)
            .into_iter()
            .flatten()
        {
            let k = kind(k.as_str().unwrap());
            if eligibility::why_not(&scenario, k).is_none() {
                failures.push(format!("{name}: why_not accepts {}", k.as_str()));
            }
        }
        for k in expect
            .get("accepts")
            .and_then(Json::as_array)
            .into_iter()
            .flatten()
        {
            let k = kind(k.as_str().unwrap());
            if let Some(why) = eligibility::why_not(&scenario, k) {
                failures.push(format!("{name}: why_not rejects {}: {why}", k.as_str()));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn golden_cases_cover_every_leaf() {
    let mut reached = BTreeSet::new();
    for (_, case) in golden_cases() {
        let d = decide::decide(&scenario_of(&case["scenario"]), &options_of(&case), None);
        reached.insert(d.leaf);
    }
    let leaves: BTreeSet<_> = NODES
        .iter()
        .filter(|n| matches!(n.body, Body::Leaf(_)))
        .map(|n| n.id)
        .collect();
    let missing: Vec<_> = leaves.difference(&reached).collect();
    assert!(
        missing.is_empty(),
        "leaves without a golden case: {missing:?}"
    );
}

// ---- The tree's shape ----

#[test]
fn every_next_exists_and_ids_are_unique() {
    let mut ids = HashSet::new();
    for n in NODES {
        assert!(ids.insert(n.id), "duplicate id {}", n.id);
        if let Body::Question { answers, question } = &n.body {
            assert!(!question.is_empty());
            assert!(answers.len() >= 2, "{} has fewer than two answers", n.id);
            for a in *answers {
                assert!(
                    decide::node(a.next).is_some(),
                    "{} -> missing {}",
                    n.id,
                    a.next
                );
            }
        }
    }
    assert!(decide::node(ROOT).is_some());
}

#[test]
fn no_cycles_and_every_node_reachable() {
    // Depth-first from the root, tracking the current route.
    fn walk(id: &'static str, route: &mut Vec<&'static str>, seen: &mut HashSet<&'static str>) {
        assert!(!route.contains(&id), "cycle through {id}: {route:?}");
        seen.insert(id);
        route.push(id);
        if let Some(Body::Question { answers, .. }) = decide::node(id).map(|n| &n.body) {
            for a in *answers {
                walk(a.next, route, seen);
            }
        }
        route.pop();
    }
    let mut seen = HashSet::new();
    walk(ROOT, &mut Vec::new(), &mut seen);
    for n in NODES {
        assert!(seen.contains(n.id), "{} is unreachable", n.id);
    }
}

#[test]
fn leaves_have_reasons_with_https_sources() {
    for n in NODES {
        if let Body::Leaf(leaf) = &n.body {
            assert!(!leaf.text.is_empty(), "{}", n.id);
            assert!(!leaf.reasons.is_empty(), "{} has no reason", n.id);
            for r in leaf.reasons {
                assert!(r.url.starts_with("https://"), "{}: {}", n.id, r.url);
            }
        }
    }
    for note in decide::NOTES {
        assert!(note.url.starts_with("https://"), "{}", note.id);
    }
}

/// A grid over every enum value and the thresholds the tree tests, so every leaf is reached
/// by some scenario and each visited node has exactly one matching answer.
fn grid() -> Vec<(Scenario, Vec<MonthlyCost>)> {
    let mut out = Vec::new();
    let cheap_nat = vec![
        priced(Approach::NatGateway, 1.0),
        priced(Approach::Interface, 15.0),
    ];
    let dear_nat = vec![
        priced(Approach::NatGateway, 100.0),
        priced(Approach::Interface, 15.0),
    ];
    for service in Service::ALL {
        for mask in 1u8..32 {
            for flags in 0u8..16 {
                for prices in [&cheap_nat, &dear_nat] {
                    for aws in [&[][..], &["kms"][..], &["sqs", "ecr.dkr"][..]] {
                        let mut s = Scenario::new(service);
                        s.traffic_from = ClientLocation::ALL
                            .into_iter()
                            .enumerate()
                            .filter(|(i, _)| mask & (1 << i) != 0)
                            .map(|(_, t)| t)
                            .collect();
                        if flags & 1 != 0 {
                            s.service_region = "eu-west-1".into();
                        }
                        s.require_security_groups = flags & 2 != 0;
                        s.require_private_ips = flags & 4 != 0 && flags & 2 == 0;
                        s.allow_internet_path = flags & 8 != 0;
                        s.has_nat_gateway = mask & 1 != 0;
                        s.aws_services = aws.iter().map(|a| a.to_string()).collect();
                        out.push((s, prices.clone()));
                    }
                }
            }
        }
    }
    out
}

fn check_decision(s: &Scenario, options: &[MonthlyCost]) -> Result<&'static str, String> {
    let d = decide::decide(s, options, None);
    let leaf = decide::node(d.leaf).ok_or_else(|| format!("no leaf for {s:?}"))?;
    if !matches!(leaf.body, Body::Leaf(_)) {
        return Err(format!("path ends in a question for {s:?}"));
    }
    if d.summary.is_empty() || d.reasons.is_empty() {
        return Err(format!("no summary or reasons for {s:?}"));
    }
    if let Some(r) = d.reasons.iter().find(|r| !r.url.starts_with("https://")) {
        return Err(format!("reason without https source: {r:?}"));
    }
    if d.conflict.is_none() {
        if let Some(why) = eligibility::why_not(s, d.recommendation) {
            return Err(format!(
                "why_not rejects the recommendation {} ({why}) for {s:?}",
                d.recommendation.as_str()
            ));
        }
    }
    // Each visited question had exactly one answer that held.
    let ctx = Ctx {
        scenario: s,
        monthly: options,
        regional_nat: None,
    };
    for step in &d.path {
        let Some(Body::Question { answers, .. }) = decide::node(step.node_id).map(|n| &n.body)
        else {
            return Err(format!("path step {} is not a question", step.node_id));
        };
        let held = answers.iter().filter(|a| (a.when)(&ctx)).count();
        if held != 1 {
            return Err(format!(
                "{} answers of {} held for {s:?}",
                held, step.node_id
            ));
        }
    }
    Ok(d.leaf)
}

#[test]
fn every_leaf_reached_by_some_scenario() {
    let mut reached = BTreeSet::new();
    for (s, options) in grid() {
        reached.insert(check_decision(&s, &options).unwrap());
    }
    // Scenarios with a high peak or many endpoints only add notes; the leaves are all above.
    for n in NODES {
        if matches!(n.body, Body::Leaf(_)) {
            assert!(reached.contains(n.id), "leaf {} never reached", n.id);
        }
    }
}

#[test]
fn decision_tree_serialises_for_the_page() {
    let json = serde_json::to_value(decide::tree()).unwrap();
    assert_eq!(json["root"], "service");
    let nodes = json["nodes"].as_array().unwrap();
    assert_eq!(nodes.len(), NODES.len());
    for n in nodes {
        let is_question = n.get("question").is_some();
        assert_eq!(is_question, n.get("answers").is_some());
        assert_ne!(is_question, n.get("leaf").is_some(), "{n}");
        if let Some(leaf) = n.get("leaf") {
            kind(leaf["recommendation"].as_str().unwrap());
            assert!(leaf["reasons"][0]["source"]
                .as_str()
                .unwrap()
                .starts_with("https://"));
        }
        for a in n
            .get("answers")
            .and_then(Json::as_array)
            .into_iter()
            .flatten()
        {
            assert!(a["label"].is_string() && a["next"].is_string());
            if let Some(set) = a.get("set") {
                let field = set["field"].as_str().unwrap();
                assert!(
                    vpce_advisor_core::scenario::field(field).is_some(),
                    "answer sets unknown field {field}"
                );
                assert!(
                    set.get("value").is_some()
                        || set.get("add").is_some()
                        || set.get("remove").is_some()
                        || set.get("pick").is_some(),
                    "{set}"
                );
            }
        }
    }
    // The service question offers every service, each setting it.
    let root = nodes.iter().find(|n| n["id"] == "service").unwrap();
    let services: Vec<_> = root["answers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["set"]["value"].as_str().unwrap().to_string())
        .collect();
    for s in Service::ALL {
        assert!(services.contains(&s.as_str().to_string()), "{}", s.as_str());
    }
    assert!(!json["notes"].as_array().unwrap().is_empty());
}

#[test]
fn money_in_reasons_is_formatted_with_integers() {
    assert_eq!(decide::usd(Some(14.605)), "$14.61");
    assert_eq!(decide::usd(Some(0.045)), "$0.05");
    assert_eq!(decide::usd(Some(0.0)), "$0.00");
    assert_eq!(decide::usd(Some(f64::NAN)), "n/a");
    assert_eq!(decide::usd(None), "n/a");
}

fn arb_scenario() -> impl Strategy<Value = (Scenario, Vec<MonthlyCost>)> {
    let services = proptest::sample::select(Service::ALL.to_vec());
    let names = proptest::sample::subsequence(
        vec![
            "sqs",
            "kms",
            "ecr.api",
            "ecr.dkr",
            "sts",
            "lambda",
            "s3",
            "execute-api",
        ],
        0..4,
    );
    (
        (
            services,
            1u8..32,
            any::<bool>(),
            1u32..=6,
            1u32..=1000,
            any::<[bool; 5]>(),
        ),
        (
            0.0f64..1_048_576_000.0,
            proptest::option::of(0.0f64..100_000.0),
            0.0f64..100.0,
            names,
            proptest::option::of((0.0f64..1e7, 0.0f64..1e7)),
        ),
    )
        .prop_map(
            |((service, mask, xr, az, endpoints, flags), (gb, peak, remote, names, prices))| {
                let mut s = Scenario::new(service);
                s.traffic_from = ClientLocation::ALL
                    .into_iter()
                    .enumerate()
                    .filter(|(i, _)| mask & (1 << i) != 0)
                    .map(|(_, t)| t)
                    .collect();
                if xr {
                    s.service_region = "ap-southeast-2".into();
                }
                s.az_count = az;
                s.endpoint_count = endpoints;
                [
                    s.has_nat_gateway,
                    s.allow_internet_path,
                    s.require_security_groups,
                    s.require_private_ips,
                    _,
                ] = flags;
                if flags[4] {
                    s.ip_address_type = if gb > 1e8 {
                        IpAddressType::Dualstack
                    } else {
                        IpAddressType::Ipv6
                    };
                }
                s.gb_per_month = gb;
                s.peak_gbps = peak;
                s.remote_traffic_percent = remote;
                s.aws_services = names.into_iter().map(str::to_string).collect();
                let options = prices
                    .map(|(nat, interface)| {
                        vec![
                            priced(Approach::NatGateway, nat),
                            priced(Approach::Interface, interface),
                        ]
                    })
                    .unwrap_or_default();
                (s, options)
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn every_scenario_ends_in_a_leaf_with_sourced_reasons((s, options) in arb_scenario()) {
        if let Err(e) = check_decision(&s, &options) {
            prop_assert!(false, "{}", e);
        }
        // why_not never panics and gives one sentence (in the question's words) or nothing.
        for k in Approach::ALL {
            if let Some(why) = eligibility::why_not(&s, k) {
                prop_assert!(why.ends_with('.') && why.len() < 160, "{}", why);
            }
        }
    }
}

/// The reasons' texts for a scenario given as JSON (no prices needed for these).
fn reason_texts(json: Json) -> Vec<String> {
    decide::decide(&scenario_of(&json), &[], None)
        .reasons
        .into_iter()
        .map(|r| r.text)
        .collect()
}

#[test]
fn ecr_layers_need_the_s3_endpoint_type_the_clients_can_reach() {
    // ECR image layers are stored in S3 (ECR interface endpoints guide). A gateway endpoint
    // serves only its own VPC and Region (PL-GW), so clients on premises need an S3 interface
    // endpoint instead; clients in the VPC need the gateway endpoint.
    let in_vpc = reason_texts(serde_json::json!({
        "service": "aws-service", "awsServices": ["ecr.api", "ecr.dkr"], "trafficFrom": ["same-vpc"]
    }));
    assert!(
        in_vpc.iter().any(|t| t.contains("S3 gateway endpoint")),
        "{in_vpc:?}"
    );
    assert!(
        !in_vpc.iter().any(|t| t.contains("S3 interface endpoint")),
        "{in_vpc:?}"
    );
    let on_premises = reason_texts(serde_json::json!({
        "service": "aws-service", "awsServices": ["ecr.api", "ecr.dkr"], "trafficFrom": ["on-premises"]
    }));
    assert!(
        on_premises
            .iter()
            .any(|t| t.contains("S3 interface endpoint")),
        "{on_premises:?}"
    );
    assert!(
        !on_premises
            .iter()
            .any(|t| t.contains("S3 gateway endpoint too")),
        "{on_premises:?}"
    );
}

#[test]
fn on_premises_clients_hear_of_the_public_path_only_when_it_is_allowed() {
    // A Direct Connect public virtual interface reaches AWS public services at public IPs
    // (Direct Connect virtual interfaces guide); it is an option only where the public path is.
    let allowed = reason_texts(serde_json::json!({
        "service": "s3", "trafficFrom": ["on-premises"], "allowInternetPath": true
    }));
    assert!(
        allowed
            .iter()
            .any(|t| t.contains("public virtual interface")),
        "{allowed:?}"
    );
    let private_only =
        reason_texts(serde_json::json!({ "service": "s3", "trafficFrom": ["on-premises"] }));
    assert!(
        !private_only
            .iter()
            .any(|t| t.contains("public virtual interface")),
        "{private_only:?}"
    );
}

#[test]
fn other_region_clients_of_a_mixed_design_get_dns_advice_of_their_own() {
    // "Private DNS only for inbound Resolver endpoints" serves on-premises queries; VPCs in other
    // Regions still resolve S3's default names to public IPs.
    let texts = reason_texts(
        serde_json::json!({ "service": "s3", "trafficFrom": ["same-vpc", "other-region"] }),
    );
    assert!(
        texts.iter().any(|t| t.contains("Clients in other Regions")),
        "{texts:?}"
    );
}

// ---- Reasons that agree with each other and fit the scenario ----

/// Every pair of claims of one answer that cannot both hold, and every claim that does not fit
/// the scenario, as readable lines.
fn inconsistencies(s: &Scenario, options: &[MonthlyCost]) -> Vec<String> {
    let d = decide::decide(s, options, None);
    let claims: Vec<(Claim, &str)> = d
        .reasons
        .iter()
        .flat_map(|r| r.claims.iter().map(move |c| (*c, r.text.as_str())))
        .collect();
    let mut out = Vec::new();
    for (i, (a, ta)) in claims.iter().enumerate() {
        for (b, tb) in &claims[i + 1..] {
            if a.contradicts(*b) {
                out.push(format!("{:?} vs {:?}: «{ta}» / «{tb}»", a, b));
            }
        }
        // DynamoDB and DynamoDB Streams: "does not support … Private and Hybrid Domain Name
        // System (DNS) services" and "Do not create private hosted zones to override" their
        // names (AWS PrivateLink for DynamoDB / for DynamoDB Streams).
        if *a == Claim::DefaultNamesToEndpoint
            && matches!(s.service, Service::DynamoDb | Service::DynamoDbStreams)
        {
            out.push(format!(
                "default-name DNS advice for {}: «{ta}»",
                s.service.as_str()
            ));
        }
        // A reach claim justifies the answer for clients at that location: it must be one the
        // scenario has (no VPN reason for clients that are only in other Regions).
        if let Claim::Reach(_, location, _) = a {
            if !s.comes_from(*location) {
                out.push(format!(
                    "reach claim about {} clients the scenario lacks: «{ta}»",
                    location.as_str()
                ));
            }
        }
    }
    out
}

#[test]
fn no_two_reasons_of_one_answer_contradict_each_other_over_the_grid() {
    let mut failures = Vec::new();
    for (s, options) in grid() {
        for problem in inconsistencies(&s, &options) {
            failures.push(format!("{}: {problem}", s.service.as_str()));
        }
    }
    failures.sort();
    failures.dedup();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn no_two_reasons_of_one_answer_contradict_each_other((s, options) in arb_scenario()) {
        let problems = inconsistencies(&s, &options);
        prop_assert!(problems.is_empty(), "{:?}: {}", s, problems.join("\n"));
    }
}

#[test]
fn dynamodb_streams_from_on_premises_gets_endpoint_names_not_resolver_advice() {
    // "AWS PrivateLink for Amazon DynamoDB Streams doesn't support … Private and Hybrid Domain
    // Name System (DNS) services"; "configure your clients to use the Amazon VPC endpoint URL
    // directly" (AWS PrivateLink for DynamoDB Streams).
    for service in ["dynamodb-streams", "dynamodb"] {
        let texts = reason_texts(serde_json::json!({
            "service": service, "trafficFrom": ["on-premises", "peered-vpc"]
        }));
        assert!(
            !texts.iter().any(|t| t.contains("Resolver inbound endpoint")
                || t.contains("need a private hosted zone")
                || t.contains("or a private hosted zone")),
            "{service}: {texts:?}"
        );
        assert!(
            texts.iter().any(|t| t.contains("endpoint's own DNS names")),
            "{service}: {texts:?}"
        );
    }
    // S3 keeps its documented private DNS option for on-premises resolvers.
    let s3 = reason_texts(serde_json::json!({ "service": "s3", "trafficFrom": ["on-premises"] }));
    assert!(
        s3.iter().any(|t| t.contains("Resolver inbound endpoint")),
        "{s3:?}"
    );
}

#[test]
fn a_vpn_reason_appears_only_for_clients_on_premises() {
    // "Gateway endpoints are not compatible with AWS Direct Connect or AWS Virtual Private
    // Network" (DynamoDB PrivateLink blog) explains on-premises clients; clients in other
    // Regions are explained by "Do not allow access from another AWS Region" (S3 PrivateLink).
    let other_region_only =
        reason_texts(serde_json::json!({ "service": "s3", "trafficFrom": ["other-region"] }));
    assert!(
        !other_region_only.iter().any(|t| t.contains("VPN")),
        "{other_region_only:?}"
    );
    assert!(
        other_region_only
            .iter()
            .any(|t| t.contains("from another AWS Region")),
        "{other_region_only:?}"
    );
    let on_premises =
        reason_texts(serde_json::json!({ "service": "dynamodb", "trafficFrom": ["on-premises"] }));
    assert!(
        on_premises.iter().any(|t| t.contains("VPN")),
        "{on_premises:?}"
    );
}

#[test]
fn required_security_groups_point_to_client_side_groups_with_the_prefix_list() {
    // "The security groups for these instances must allow traffic to and from the service. The
    // following is an example outbound rule. It references the ID of the prefix list for the
    // service." (Gateway endpoints, Security)
    let texts = reason_texts(serde_json::json!({
        "service": "s3", "trafficFrom": ["same-vpc"], "requireSecurityGroups": true
    }));
    assert!(texts.iter().any(|t| t.contains("prefix list")), "{texts:?}");
    // Not when the clients are all on premises: the gateway endpoint can't serve them anyway.
    let remote = reason_texts(serde_json::json!({
        "service": "s3", "trafficFrom": ["on-premises"], "requireSecurityGroups": true
    }));
    assert!(
        !remote.iter().any(|t| t.contains("outbound rule")),
        "{remote:?}"
    );
}

#[test]
fn s3_interface_endpoints_state_their_limitations() {
    // "Interface endpoints for Amazon S3 does not support the following: … Website endpoints
    // … Federal Information Processing Standard (FIPS) endpoints …" (AWS PrivateLink for S3,
    // Restrictions and limitations)
    let texts =
        reason_texts(serde_json::json!({ "service": "s3", "trafficFrom": ["on-premises"] }));
    assert!(
        texts
            .iter()
            .any(|t| t.contains("website endpoints") && t.contains("FIPS")),
        "{texts:?}"
    );
    let gateway = reason_texts(serde_json::json!({ "service": "s3", "trafficFrom": ["same-vpc"] }));
    assert!(
        !gateway.iter().any(|t| t.contains("website endpoints")),
        "{gateway:?}"
    );
}

#[test]
fn gwlb_endpoints_are_explained_one_per_az() {
    // "You can choose only one Availability Zone in the service consumer VPC." (GWLB endpoints)
    let mut s = Scenario::new(Service::TrafficInspection);
    s.az_count = 3;
    let texts: Vec<_> = decide::decide(&s, &[], None)
        .reasons
        .into_iter()
        .map(|r| r.text)
        .collect();
    assert!(
        texts
            .iter()
            .any(|t| t.contains("3 endpoints for 3 AZs, one in each AZ")),
        "{texts:?}"
    );
}

#[test]
fn ecr_summary_names_both_endpoint_types() {
    let d = decide::decide(
        &scenario_of(&serde_json::json!({
            "service": "aws-service", "awsServices": ["ecr.api", "ecr.dkr"], "trafficFrom": ["same-vpc"]
        })),
        &[],
        None,
    );
    assert_eq!(d.recommendation, Approach::GatewayAndInterface);
    assert!(
        d.summary.contains("Interface endpoints") && d.summary.contains("S3 gateway endpoint"),
        "{}",
        d.summary
    );
}

/// SQS at 1 GB a month where NAT gateways already run and the public path is allowed: the NAT
/// path wins. Priced with the built-in catalogue.
fn nat_path(ip: IpAddressType) -> (Vec<ApproachCost>, decide::Decision) {
    let mut s = Scenario::new(Service::AwsService);
    s.aws_services = vec!["sqs".into()];
    s.allow_internet_path = true;
    s.has_nat_gateway = true;
    s.gb_per_month = 1.0;
    s.ip_address_type = ip;
    let options = cost::price_approaches(&s, vpce_advisor_core::catalog::builtin());
    let d = decide::decide(
        &s,
        &cost::monthly_costs(&options),
        cost::regional_nat_monthly(&options),
    );
    assert_eq!(d.recommendation, Approach::NatGateway);
    (options, d)
}

#[test]
fn the_nat_path_names_the_regional_nat_gateway_with_its_price() {
    // "A regional NAT gateway automatically expands across Availability Zones based on your
    // workload presence." (VPC user guide, Regional NAT gateways)
    let (options, d) = nat_path(IpAddressType::Ipv4);
    let regional = options
        .iter()
        .find(|o| o.kind == Approach::NatGateway)
        .and_then(|o| o.alternatives.first())
        .expect("regional NAT priced");
    let want = decide::usd(Some(regional.monthly_usd));
    assert!(
        d.reasons.iter().any(|r| r.text.starts_with(&format!(
            "In place of the zonal NAT gateways, a regional one would cost {want} a month in all"
        ))),
        "{:?}",
        d.reasons
    );
}

#[test]
fn beside_running_nat_gateways_the_regional_one_is_priced_as_a_replacement() {
    // NAT gateways already run, so the NAT path adds only its per-GB charge: 1 GB × $0.045 =
    // $0.05 (us-east-1). The regional NAT gateway's figure is its whole bill, which would replace
    // the zonal gateways: 2 AZs × 730 h × ($0.045 + $0.005 public IPv4) = $73.00, + $0.05 = $73.05.
    // Said bare ("would cost $73.05") beside "$0.05", it read as an extra $73 a month.
    let (_, d) = nat_path(IpAddressType::Ipv4);
    let text = d
        .reasons
        .iter()
        .map(|r| r.text.as_str())
        .find(|t| t.contains("regional one"))
        .expect("the regional NAT gateway is named");
    assert!(
        text.starts_with(
            "In place of the zonal NAT gateways, a regional one would cost $73.05 a month in all"
        ),
        "{text}"
    );
    assert!(d
        .reasons
        .iter()
        .any(|r| r.text.starts_with("At this volume: NAT path $0.05 a month")));
}

#[test]
fn reasons_agree_with_the_comparison_on_security_groups_and_reach() {
    // The comparison's cells are each sourced from AWS; a reason that says the opposite of a
    // cell is wrong in one of the two places.
    let m = vpce_advisor_core::compare::comparison();
    let cell = |feature: &str, kind: Approach| {
        m.rows
            .iter()
            .find(|r| r.feature == feature)
            .and_then(|r| r.values.get(kind).copied())
            .unwrap_or_else(|| panic!("no cell {feature} / {}", kind.as_str()))
    };
    let mut checked = 0;
    for (s, options) in grid() {
        for reason in decide::decide(&s, &options, None).reasons {
            for claim in reason.claims {
                let (feature, kind, yes) = match *claim {
                    Claim::SecurityGroups(kind, yes) => ("Security groups", kind, yes),
                    Claim::Reach(kind, ClientLocation::OnPremises, yes) => {
                        ("From on premises (VPN, Direct Connect)", kind, yes)
                    }
                    Claim::Reach(kind, ClientLocation::PeeredVpc, yes) => {
                        ("From a peered VPC", kind, yes)
                    }
                    Claim::Reach(kind, ClientLocation::TransitGateway, yes) => {
                        ("Through Transit Gateway", kind, yes)
                    }
                    _ => continue,
                };
                let text = cell(feature, kind).text;
                assert!(
                    text.starts_with(if yes { "Yes" } else { "No" }),
                    "«{}» vs the comparison's {feature} / {}: «{text}»",
                    reason.text,
                    kind.as_str()
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 100, "only {checked} claims checked");
}

// ---- IPv6 ----

#[test]
fn ipv6_only_clients_of_an_s3_gateway_endpoint_get_the_ipv6_address_type() {
    // "IPv6 – Add the service's IPv6 prefix list to your route table. This option is supported
    // only if all selected subnets are IPv6 only subnets." (Gateway endpoints, IP address type)
    let texts = reason_texts(serde_json::json!({
        "service": "s3", "trafficFrom": ["same-vpc"], "ipAddressType": "ipv6"
    }));
    assert!(
        texts
            .iter()
            .any(|t| t.contains("IPv6 IP address type") && t.contains("dualstack names")),
        "{texts:?}"
    );
    // The 2025-11 what's-new post settles the older "gateway endpoints only support IPv4".
    let d = decide::decide(
        &scenario_of(&serde_json::json!({
            "service": "s3", "trafficFrom": ["same-vpc"], "ipAddressType": "ipv6"
        })),
        &[],
        None,
    );
    assert_eq!(d.recommendation, Approach::Gateway);
    assert!(d
        .reasons
        .iter()
        .any(|r| r.url.contains("whats-new/2025/11/ipv6-amazon-s3-gateway")));
}

#[test]
fn dual_stack_clients_are_told_aaaa_traffic_bypasses_an_ipv4_gateway_endpoint() {
    // "If your gateway endpoint has the default configuration of IP address type as IPv4 …
    // traffic that uses AAAA records won't be routed through the gateway endpoint. Instead, this
    // traffic will be dropped or routed over an IPv6-compatible path if one is present." (AWS
    // PrivateLink for S3, DNS record IP types)
    for service in ["s3", "dynamodb"] {
        let texts = reason_texts(serde_json::json!({
            "service": service, "trafficFrom": ["same-vpc"], "ipAddressType": "dualstack"
        }));
        assert!(
            texts
                .iter()
                .any(|t| t.contains("dual-stack IP address type") && t.contains("AAAA")),
            "{service}: {texts:?}"
        );
    }
}

#[test]
fn ipv6_only_clients_on_the_nat_path_use_nat64_and_dns64() {
    // "For IPv6 traffic, NAT gateway performs NAT64. By using this in conjunction with DNS64
    // (available on Route 53 resolver), your IPv6 workloads in a subnet in Amazon VPC can
    // communicate with IPv4 resources." (NAT gateway basics)
    let (_, d) = nat_path(IpAddressType::Ipv6);
    let texts: Vec<_> = d.reasons.iter().map(|r| r.text.as_str()).collect();
    assert!(
        texts
            .iter()
            .any(|t| t.contains("NAT64") && t.contains("DNS64")),
        "{texts:?}"
    );
    assert!(
        texts
            .iter()
            .any(|t| t.contains("egress-only internet gateway")),
        "{texts:?}"
    );
}

#[test]
fn ipv6_only_interface_endpoints_depend_on_the_service_accepting_ipv6() {
    // "IPv6 – Assign IPv6 addresses to the endpoint network interfaces. This option is supported
    // only if all selected subnets are IPv6 only subnets and the endpoint service accepts IPv6
    // requests." (Create an interface endpoint)
    let texts = reason_texts(serde_json::json!({
        "service": "aws-service", "awsServices": ["sqs"], "trafficFrom": ["same-vpc"],
        "ipAddressType": "ipv6"
    }));
    assert!(
        texts.iter().any(|t| t.contains("accepts IPv6 requests")),
        "{texts:?}"
    );
    // DynamoDB gateway endpoints and IPv6: AWS documents no more than the fixed DNS record IP
    // type, and the advice says so rather than asserting support.
    let ddb = reason_texts(serde_json::json!({
        "service": "dynamodb", "trafficFrom": ["same-vpc"], "ipAddressType": "ipv6"
    }));
    assert!(
        ddb.iter()
            .any(|t| t.starts_with("Unverified here: IPv6-only clients")),
        "{ddb:?}"
    );
}

#[test]
fn ipv4_clients_hear_nothing_about_ipv6() {
    for (s, options) in grid() {
        assert_eq!(s.ip_address_type, IpAddressType::Ipv4);
        let d = decide::decide(&s, &options, None);
        assert!(
            !d.reasons.iter().any(|r| r.text.contains("IPv6")),
            "{:?}: {:?}",
            s,
            d.reasons
        );
    }
}

#[test]
fn inspection_behind_a_transit_gateway_names_the_transit_gateway_charges_left_out() {
    // Transit Gateway pricing: per-GB processing on the traffic each attachment sends in, and
    // attachment hours; centralised inspection sends every inspected byte through it.
    let note = "the Transit Gateway's per-GB processing of the inspected traffic";
    let via_tgw = reason_texts(serde_json::json!({
        "service": "traffic-inspection", "trafficFrom": ["transit-gateway"]
    }));
    assert!(via_tgw.iter().any(|t| t.contains(note)), "{via_tgw:?}");
    let in_vpc = reason_texts(serde_json::json!({
        "service": "traffic-inspection", "trafficFrom": ["same-vpc"]
    }));
    assert!(!in_vpc.iter().any(|t| t.contains(note)), "{in_vpc:?}");
}

#[test]
fn on_premises_transfer_is_not_said_to_be_billed_at_internet_rates_over_direct_connect() {
    // Direct Connect pricing: data transfer out over Direct Connect has its own per-GB rates.
    let texts =
        reason_texts(serde_json::json!({ "service": "s3", "trafficFrom": ["on-premises"] }));
    assert!(
        texts
            .iter()
            .any(|t| t.contains("Direct Connect's own data-transfer-out rates")),
        "{texts:?}"
    );
    assert!(
        !texts
            .iter()
            .any(|t| t.contains("as for any traffic leaving AWS")),
        "{texts:?}"
    );
}

#[test]
fn an_endpoint_in_the_service_region_says_where_it_is_billed() {
    let texts = reason_texts(serde_json::json!({
        "service": "dynamodb", "region": "sa-east-1", "serviceRegion": "us-east-1"
    }));
    assert!(
        texts
            .iter()
            .any(|t| t.contains("billed at its own Region's rates")),
        "{texts:?}"
    );
}

#[test]
fn ecr_with_a_nat_gateway_already_running_keeps_the_layers_on_the_s3_gateway() {
    // The layers come from S3 ("Amazon ECR uses Amazon S3 to store your image layers"): the free
    // S3 gateway endpoint takes them off the NAT gateway, so with NAT already running for other
    // egress and the internet path allowed, the ECR API calls cost next to nothing through it
    // (NAT $0.00 by hand: hours sunk, 0 GB processed), against 2 ECR endpoints × 2 AZs × 730 h
    // × $0.01 = $29.20.
    let advise = |json: Json| {
        vpce_advisor_core::advice::advise(
            &serde_json::from_value(json).unwrap(),
            vpce_advisor_core::catalog::builtin(),
        )
        .unwrap()
    };
    let with_nat = advise(serde_json::json!({
        "service": "aws-service", "awsServices": ["ecr.api", "ecr.dkr"], "gbPerMonth": 2000,
        "allowInternetPath": true, "hasNatGateway": true
    }));
    assert_eq!(
        with_nat.recommendation,
        Approach::NatGateway,
        "{}",
        with_nat.summary
    );
    assert_eq!(with_nat.break_even_gb_per_month, None);
    assert!(
        with_nat.reasons.iter().any(|r| r
            .text
            .starts_with("Add the S3 gateway endpoint all the same")),
        "{:?}",
        with_nat.reasons
    );
    // Without NAT running, its hours ($65.70 + $7.30 = $73.00) cost more than the endpoints.
    let without = advise(serde_json::json!({
        "service": "aws-service", "awsServices": ["ecr.api", "ecr.dkr"], "gbPerMonth": 2000,
        "allowInternetPath": true
    }));
    assert_eq!(
        without.recommendation,
        Approach::GatewayAndInterface,
        "{}",
        without.summary
    );
}

#[test]
fn resource_and_service_network_endpoints_from_on_premises_get_their_own_dns_advice() {
    // A resource configuration or a Lattice service network has no "default names" of a
    // service to resolve through an inbound Resolver endpoint: AWS creates DNS names for the
    // endpoint "that you can use to communicate with the resource from your VPC and from on
    // premises" (Access VPC resources through AWS PrivateLink), and a service-network endpoint's
    // DNS names are public and answer with its private IPs (Access service networks through
    // AWS PrivateLink).
    for (service, own) in [
        ("resource", "resource endpoint's DNS names are public"),
        (
            "service-network",
            "DNS names the service-network endpoint gets",
        ),
    ] {
        let texts = reason_texts(serde_json::json!({
            "service": service, "trafficFrom": ["same-vpc", "on-premises"]
        }));
        assert!(
            !texts.iter().any(|t| t.contains("service's default names")),
            "{service}: {texts:?}"
        );
        assert_eq!(
            texts.iter().filter(|t| t.contains(own)).count(),
            1,
            "{service}: {texts:?}"
        );
    }
}

#[test]
fn an_endpoint_used_across_a_transit_gateway_says_the_transit_gateway_bills_its_traffic() {
    // "Data processing charges apply for each gigabyte sent from a VPC to the AWS Transit
    // Gateway" (Transit Gateway pricing): clients in attached VPCs reaching an interface
    // endpoint here add that charge, which the endpoint's bill does not show.
    let tgw = reason_texts(serde_json::json!({
        "service": "aws-service", "awsServices": ["sqs"], "trafficFrom": ["same-vpc", "transit-gateway"]
    }));
    assert!(
        tgw.iter()
            .any(|t| t.contains("Transit Gateway's per-GB processing of the traffic between")),
        "{tgw:?}"
    );
    // The NAT path from behind the Transit Gateway (centralised egress), where it costs less,
    // pays it just the same.
    let s = scenario_of(&serde_json::json!({
        "service": "aws-service", "awsServices": ["sqs"], "trafficFrom": ["transit-gateway"],
        "allowInternetPath": true, "hasNatGateway": true
    }));
    let options = [
        priced(Approach::NatGateway, 1.0),
        priced(Approach::Interface, 15.0),
    ];
    let nat = decide::decide(&s, &options, None);
    assert_eq!(nat.recommendation, Approach::NatGateway);
    assert!(
        nat.reasons.iter().any(|r| r
            .text
            .contains("Transit Gateway's per-GB processing of the traffic between")),
        "{:?}",
        nat.reasons
    );
    // Only this VPC: no Transit Gateway on the path, no such note.
    let here = reason_texts(serde_json::json!({
        "service": "aws-service", "awsServices": ["sqs"], "trafficFrom": ["same-vpc"]
    }));
    assert!(
        !here.iter().any(|t| t.contains("Transit Gateway")),
        "{here:?}"
    );
}

#[test]
fn a_resource_endpoint_must_share_an_availability_zone_with_the_resource_gateway() {
    // "At least one Availability Zone of the VPC endpoint and the resource gateway have to
    // overlap" (Resource gateways in VPC Lattice).
    let answer = decide::decide(
        &scenario_of(&serde_json::json!({ "service": "resource" })),
        &[],
        None,
    );
    assert!(
        answer.reasons.iter().any(|r| r.url
            == "https://docs.aws.amazon.com/vpc-lattice/latest/ug/resource-gateway.html"
            && r.text.contains("at least one Availability Zone")),
        "{:?}",
        answer.reasons
    );
}

#[test]
fn a_network_segment_takes_a_tunnel_endpoint_not_a_resource_endpoint() {
    // "When you create the resource endpoint, you specify a resource configuration of type
    // single, group, or ARN" (Access a resource through a resource VPC endpoint); "A tunnel
    // endpoint associates with exactly one CIDR-type resource configuration" (Access a network
    // segment through a tunnel VPC endpoint).
    let texts = reason_texts(serde_json::json!({ "service": "resource" }));
    assert!(
        texts
            .iter()
            .any(|t| t.contains("CIDR-type configuration) takes a tunnel endpoint")),
        "{texts:?}"
    );
}

#[test]
fn notes_about_public_endpoints_and_priced_transfer_only_where_they_hold() {
    // Your own or a partner's endpoint service (behind a Network Load Balancer) has no public
    // AWS endpoint to reach over the internet or a Direct Connect public virtual interface.
    let eps = reason_texts(serde_json::json!({
        "service": "endpoint-service", "trafficFrom": ["on-premises"], "allowInternetPath": true
    }));
    assert!(
        !eps.iter().any(|t| t.contains("public virtual interface")),
        "{eps:?}"
    );
    // "An endpoint service is available in the Region where you created it" (GWLB endpoint
    // service page): no bill of a GWLB endpoint includes inter-Region transfer, nor does a
    // service-network bill (VPC Lattice charges are billed separately).
    for service in ["traffic-inspection", "service-network"] {
        let texts = reason_texts(serde_json::json!({
            "service": service, "serviceRegion": "eu-west-1"
        }));
        assert!(
            !texts.iter().any(|t| t.contains("bills above include it")),
            "{service}: {texts:?}"
        );
    }
    // A resource endpoint's bill does price it.
    let res =
        reason_texts(serde_json::json!({ "service": "resource", "serviceRegion": "eu-west-1" }));
    assert!(
        res.iter().any(|t| t.contains("bills above include it")),
        "{res:?}"
    );
}

#[test]
fn inspection_for_peered_clients_says_where_the_gwlb_endpoints_go() {
    // Gateway route tables (VPC user guide): only an internet gateway's or a virtual private
    // gateway's route table can send ingress traffic to a GWLB endpoint, so traffic arriving over
    // peering cannot be steered into this VPC's endpoints.
    let says = |json: Json| {
        reason_texts(json)
            .iter()
            .any(|t| t.starts_with("Traffic arriving over a peering connection"))
    };
    assert!(says(serde_json::json!({
        "service": "traffic-inspection", "trafficFrom": ["same-vpc", "peered-vpc"]
    })));
    assert!(!says(serde_json::json!({
        "service": "traffic-inspection", "trafficFrom": ["same-vpc", "transit-gateway"]
    })));
    assert!(!says(
        serde_json::json!({ "service": "s3", "trafficFrom": ["peered-vpc"] })
    ));
}
