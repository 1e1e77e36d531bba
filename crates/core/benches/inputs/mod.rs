//! The plan inputs the native timings use, shared by benches/core.rs and examples/cpu_calls.rs
//! (and rebuilt in Node by scripts/bench/wasm-node.mjs and ab.mjs).

use vpce_advisor_core::input::Loose;
use vpce_advisor_core::plan::services::SERVICES;

/// A plan input: `destinations` AWS services of 1,000 GB each, spread over `vpcs` VPCs on a
/// Transit Gateway, with an existing NAT gateway and the internet path allowed (every design
/// eligible but centralised below two VPCs).
pub fn plan_input(destinations: usize, vpcs: u32) -> Loose {
    let list: Vec<String> = SERVICES
        .iter()
        .take(destinations)
        .map(|s| {
            format!(
                r#"{{"service":"aws-service","awsService":"{}","gbPerMonth":1000}}"#,
                s.name
            )
        })
        .collect();
    let json = format!(
        r#"{{"vpcCount":{vpcs},"transitGateway":true,"hasNatGateway":true,"allowInternetPath":true,"destinations":[{}]}}"#,
        list.join(",")
    );
    serde_json::from_str(&json).expect("valid JSON")
}
