//! Validation of caller options into a `Scenario`: every documented default, every error code,
//! and the clamps, one thing per case.

use vpce_advisor_core::catalog;
use vpce_advisor_core::error::ErrorCode;
use vpce_advisor_core::input::Loose;
use vpce_advisor_core::scenario::{ClientLocation, Scenario, Service};

fn parse(
    json: &str,
) -> Result<(Scenario, Vec<vpce_advisor_core::error::Warning>), vpce_advisor_core::error::InputError>
{
    let options: Loose = serde_json::from_str(json).expect("test JSON parses");
    Scenario::from_loose(&options, catalog::builtin())
}

fn code_and_field(json: &str) -> (ErrorCode, Option<String>) {
    let e = parse(json).expect_err("must be rejected");
    assert!(!e.message.is_empty());
    (e.code, e.field)
}

#[test]
fn only_the_service_is_required_and_defaults_follow_the_design() {
    let (s, warnings) = parse(r#"{"service":"s3"}"#).unwrap();
    assert!(warnings.is_empty());
    assert_eq!(s.service, Service::S3);
    assert_eq!(s.traffic_from, vec![ClientLocation::SameVpc]);
    assert_eq!(
        (s.region.as_str(), s.service_region.as_str()),
        ("us-east-1", "us-east-1")
    );
    assert_eq!(
        (s.az_count, s.endpoint_count, s.nat_gateway_count),
        (2, 1, 2)
    );
    assert_eq!((s.gb_per_month, s.hours_per_month), (100.0, 730));
    assert!(
        !s.has_nat_gateway
            && !s.allow_internet_path
            && !s.require_private_ips
            && !s.require_security_groups
    );
    assert_eq!(s.peak_gbps, None);
}

#[test]
fn dependent_defaults_follow_their_fields() {
    let (s, _) =
        parse(r#"{"service":"aws-service","awsServices":["sqs","kms","ecr.api"],"azCount":3}"#)
            .unwrap();
    assert_eq!(
        s.endpoint_count, 3,
        "one interface endpoint per listed service"
    );
    assert_eq!(s.nat_gateway_count, 3, "one NAT gateway per AZ");
}

#[test]
fn null_means_default() {
    let (s, _) = parse(r#"{"service":"dynamodb","region":null,"gbPerMonth":null}"#).unwrap();
    assert_eq!((s.region.as_str(), s.gb_per_month), ("us-east-1", 100.0));
}

#[test]
fn partial_hours_round_up_with_a_warning() {
    let (s, warnings) = parse(r#"{"service":"s3","hoursPerMonth":100.2}"#).unwrap();
    assert_eq!(s.hours_per_month, 101);
    assert_eq!(warnings[0].code, "hours-rounded-up");
}

#[test]
fn each_mistake_has_its_code_and_field() {
    let cases: &[(&str, ErrorCode, Option<&str>)] = &[
        (r#"[]"#, ErrorCode::InvalidType, None),
        (r#""s3""#, ErrorCode::InvalidType, None),
        (r#"{}"#, ErrorCode::MissingField, Some("service")),
        (
            r#"{"service":null}"#,
            ErrorCode::MissingField,
            Some("service"),
        ),
        (
            r#"{"service":"S3"}"#,
            ErrorCode::UnknownValue,
            Some("service"),
        ),
        (r#"{"service":3}"#, ErrorCode::InvalidType, Some("service")),
        (
            r#"{"service":"s3","colour":"red"}"#,
            ErrorCode::UnknownField,
            Some("colour"),
        ),
        (
            r#"{"service":"s3","region":"moon-1"}"#,
            ErrorCode::UnknownRegion,
            Some("region"),
        ),
        (
            r#"{"service":"s3","serviceRegion":"us-east-9"}"#,
            ErrorCode::UnknownRegion,
            Some("serviceRegion"),
        ),
        (
            r#"{"service":"s3","region":7}"#,
            ErrorCode::InvalidType,
            Some("region"),
        ),
        (
            r#"{"service":"s3","azCount":0}"#,
            ErrorCode::OutOfRange,
            Some("azCount"),
        ),
        (
            r#"{"service":"s3","azCount":7}"#,
            ErrorCode::OutOfRange,
            Some("azCount"),
        ),
        (
            r#"{"service":"s3","azCount":2.5}"#,
            ErrorCode::OutOfRange,
            Some("azCount"),
        ),
        (
            r#"{"service":"s3","azCount":"2"}"#,
            ErrorCode::InvalidType,
            Some("azCount"),
        ),
        (
            r#"{"service":"s3","endpointCount":0}"#,
            ErrorCode::OutOfRange,
            Some("endpointCount"),
        ),
        (
            r#"{"service":"s3","endpointCount":1e9}"#,
            ErrorCode::OutOfRange,
            Some("endpointCount"),
        ),
        (
            r#"{"service":"s3","natGatewayCount":-1}"#,
            ErrorCode::OutOfRange,
            Some("natGatewayCount"),
        ),
        (
            r#"{"service":"s3","gbPerMonth":-5}"#,
            ErrorCode::OutOfRange,
            Some("gbPerMonth"),
        ),
        (
            r#"{"service":"s3","gbPerMonth":1e308}"#,
            ErrorCode::OutOfRange,
            Some("gbPerMonth"),
        ),
        (
            r#"{"service":"s3","gbPerMonth":"5 TB"}"#,
            ErrorCode::InvalidType,
            Some("gbPerMonth"),
        ),
        (
            r#"{"service":"s3","hoursPerMonth":0}"#,
            ErrorCode::OutOfRange,
            Some("hoursPerMonth"),
        ),
        (
            r#"{"service":"s3","hoursPerMonth":745}"#,
            ErrorCode::OutOfRange,
            Some("hoursPerMonth"),
        ),
        (
            r#"{"service":"s3","peakGbps":-1}"#,
            ErrorCode::OutOfRange,
            Some("peakGbps"),
        ),
        (
            r#"{"service":"s3","remoteTrafficPercent":101}"#,
            ErrorCode::OutOfRange,
            Some("remoteTrafficPercent"),
        ),
        (
            r#"{"service":"s3","hasNatGateway":"yes"}"#,
            ErrorCode::InvalidType,
            Some("hasNatGateway"),
        ),
        (
            r#"{"service":"s3","trafficFrom":"same-vpc"}"#,
            ErrorCode::InvalidType,
            Some("trafficFrom"),
        ),
        (
            r#"{"service":"s3","trafficFrom":[]}"#,
            ErrorCode::EmptyList,
            Some("trafficFrom"),
        ),
        (
            r#"{"service":"s3","trafficFrom":["same-vpc","same-vpc"]}"#,
            ErrorCode::DuplicateValue,
            Some("trafficFrom"),
        ),
        (
            r#"{"service":"s3","trafficFrom":["internet"]}"#,
            ErrorCode::UnknownValue,
            Some("trafficFrom"),
        ),
        (
            r#"{"service":"s3","trafficFrom":[1]}"#,
            ErrorCode::InvalidType,
            Some("trafficFrom"),
        ),
        (
            r#"{"service":"aws-service","awsServices":["SQS"]}"#,
            ErrorCode::UnknownValue,
            Some("awsServices"),
        ),
        (
            r#"{"service":"aws-service","awsServices":["sqs","sqs"]}"#,
            ErrorCode::DuplicateValue,
            Some("awsServices"),
        ),
        (
            r#"{"service":"aws-service","awsServices":[""]}"#,
            ErrorCode::UnknownValue,
            Some("awsServices"),
        ),
    ];
    for (json, code, field) in cases {
        assert_eq!(
            code_and_field(json),
            (*code, field.map(str::to_string)),
            "{json}"
        );
    }
}

#[test]
fn nan_and_infinity_are_not_finite() {
    for value in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        let options = Loose::Object(vec![
            ("service".into(), Loose::String("s3".into())),
            ("gbPerMonth".into(), Loose::Number(value)),
        ]);
        let e = Scenario::from_loose(&options, catalog::builtin()).unwrap_err();
        assert_eq!(
            (e.code, e.field.as_deref()),
            (ErrorCode::NotFinite, Some("gbPerMonth"))
        );
    }
}

#[test]
fn hostile_and_huge_strings_are_echoed_short() {
    let long = "x".repeat(1_000_000);
    let (code, field) = code_and_field(&format!(r#"{{"service":"{long}"}}"#));
    assert_eq!(
        (code, field.as_deref()),
        (ErrorCode::UnknownValue, Some("service"))
    );
    let e = parse(&format!(r#"{{"service":"{long}"}}"#)).unwrap_err();
    assert!(
        e.message.len() < 500,
        "message is {} bytes",
        e.message.len()
    );
    let e = parse(r#"{"service":"<img src=x onerror=alert(1)>"}"#).unwrap_err();
    assert_eq!(e.code, ErrorCode::UnknownValue);
}

#[test]
fn unknown_region_lists_the_known_ones_and_the_catalogue_date() {
    let e = parse(r#"{"service":"s3","region":"eu-west-9"}"#).unwrap_err();
    assert!(e.message.contains("us-east-1"), "{}", e.message);
    assert!(
        e.message.contains(catalog::builtin().as_of),
        "{}",
        e.message
    );
}

#[test]
fn the_default_scenario_names_every_field_and_reads_back_unchanged() {
    // What `defaultScenario()` returns must be a valid scenario with every field, so that an
    // embedder can start from it and change one field.
    let default = Scenario::new(Service::S3);
    let json = serde_json::to_value(&default).unwrap();
    let keys: Vec<&str> = json
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let mut expected: Vec<&str> = vpce_advisor_core::scenario::FIELDS
        .iter()
        .map(|f| f.name)
        .collect();
    let mut got = keys.clone();
    expected.sort_unstable();
    got.sort_unstable();
    assert_eq!(got, expected);
    let loose: Loose = serde_json::from_value(json).unwrap();
    let (back, warnings) = Scenario::from_loose(&loose, catalog::builtin()).unwrap();
    assert_eq!(back, default);
    assert!(warnings.is_empty());
}
