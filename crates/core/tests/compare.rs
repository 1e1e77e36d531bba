//! Tests of the comparison matrix: every cell sourced, uncertain cells marked, the JS shape.

use vpce_advisor_core::approach::Approach;
use vpce_advisor_core::compare::{comparison, COLUMNS};

#[test]
fn every_cell_has_an_https_source_and_text() {
    let m = comparison();
    assert_eq!(m.columns.len(), COLUMNS.len());
    assert!(m.rows.len() >= 10);
    for row in &m.rows {
        assert!(row.url.starts_with("https://"), "{}", row.feature);
        for cell in row.values.all() {
            assert!(!cell.text.is_empty(), "{}", row.feature);
            assert!(
                cell.url.starts_with("https://"),
                "{}: {}",
                row.feature,
                cell.url
            );
        }
    }
}

#[test]
fn unverified_cells_say_so_in_their_text() {
    for row in comparison().rows {
        for cell in row.values.all() {
            assert_eq!(
                cell.unverified,
                cell.text.to_lowercase().contains("unverified"),
                "{}: {}",
                row.feature,
                cell.text
            );
        }
    }
}

#[test]
fn the_features_the_issue_names_are_rows() {
    let m = comparison();
    let features: Vec<_> = m.rows.iter().map(|r| r.feature).collect();
    for f in [
        "Services",
        "Cost model",
        "From on premises (VPN, Direct Connect)",
        "From a peered VPC",
        "Through Transit Gateway",
        "Service in another Region",
        "DNS",
        "Security groups",
        "Endpoint policies",
        "IP address types",
        "Bandwidth",
        "Quotas",
    ] {
        assert!(features.contains(&f), "missing row {f}");
    }
}

#[test]
fn facts_an_aws_specialist_checks_first() {
    let m = comparison();
    let cell = |feature: &str, kind: Approach| {
        m.rows
            .iter()
            .find(|r| r.feature == feature)
            .and_then(|r| r.values.get(kind).copied())
            .unwrap()
    };
    // Gateway endpoints: free, no on-premises, same Region only, no security groups.
    assert_eq!(cell("Cost model", Approach::Gateway).text, "Free");
    assert!(
        cell("From on premises (VPN, Direct Connect)", Approach::Gateway)
            .text
            .starts_with("No")
    );
    assert!(cell("Service in another Region", Approach::Gateway)
        .text
        .starts_with("No"));
    assert!(cell("Security groups", Approach::Gateway)
        .text
        .starts_with("No"));
    // Interface endpoints: 100 Gbps per AZ (not the old 40), cross-Region with S3 but not DynamoDB.
    assert!(cell("Bandwidth", Approach::Interface)
        .text
        .contains("100 Gbps per AZ"));
    let xr = cell("Service in another Region", Approach::Interface).text;
    assert!(xr.contains("S3 yes") && xr.contains("DynamoDB no"));
    // Quotas as AWS lists them.
    assert!(cell("Quotas", Approach::Resource).text.starts_with("200"));
    assert!(cell("Quotas", Approach::Interface).text.starts_with("50"));
}

#[test]
fn serialises_with_option_names_as_keys() {
    let json = serde_json::to_value(comparison()).unwrap();
    assert_eq!(json["options"][0]["kind"], "gateway");
    let row = &json["rows"][0];
    for k in COLUMNS {
        let cell = &row["values"][k.as_str()];
        assert!(cell["text"].is_string(), "{}", k.as_str());
        assert!(cell["source"].as_str().unwrap().starts_with("https://"));
    }
    assert!(row["source"].is_string() && row["feature"].is_string());
}
