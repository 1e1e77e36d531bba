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
fn the_features_readers_compare_are_rows() {
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

#[test]
fn fewer_than_eight_cells_are_unverified_and_each_says_what_aws_leaves_out() {
    // The second specialist review researched every "Unverified" cell (26 before) in AWS
    // documentation; the ones left are where AWS says nothing, and the cell says what.
    let unverified: Vec<_> = comparison()
        .rows
        .iter()
        .flat_map(|r| r.values.all().into_iter().map(move |c| (r.feature, *c)))
        .filter(|(_, c)| c.unverified)
        .collect();
    assert!(
        unverified.len() < 8,
        "{} unverified: {unverified:?}",
        unverified.len()
    );
    assert_eq!(
        unverified.len(),
        7,
        "update docs/specialist-review.md with the new count"
    );
    for (feature, cell) in unverified {
        assert!(
            cell.text.starts_with("Unverified: AWS "),
            "{feature}: {} must say what AWS does not document",
            cell.text
        );
    }
}

#[test]
fn cells_the_second_review_settled_from_aws_pages() {
    let m = comparison();
    let cell = |feature: &str, kind: Approach| {
        m.rows
            .iter()
            .find(|r| r.feature == feature)
            .and_then(|r| r.values.get(kind).copied())
            .unwrap()
    };
    // "Each Gateway Load Balancer endpoint can support a bandwidth of up to 10 Gbps per
    // Availability Zone and automatically scales up to 100 Gbps." (GWLB endpoints page)
    let gwlb_bw = cell("Bandwidth", Approach::GatewayLoadBalancer);
    assert!(gwlb_bw.text.contains("10 Gbps per AZ") && gwlb_bw.text.contains("100 Gbps"));
    assert!(!gwlb_bw.unverified);
    // "Security groups are supported only for interface endpoints." (CloudFormation
    // AWS::EC2::VPCEndpoint, SecurityGroupIds)
    assert!(cell("Security groups", Approach::GatewayLoadBalancer)
        .text
        .starts_with("No"));
    // "After you create a resource endpoint, you can manage its security groups or tags."
    assert!(cell("Security groups", Approach::Resource)
        .text
        .starts_with("Yes"));
    // "You can't associate a security group with a NAT gateway." (NAT gateways guide)
    assert!(cell("Security groups", Approach::NatGateway)
        .text
        .starts_with("No"));
    // "When you create a VPC endpoint for an endpoint service other than an AWS service, we
    // allow full access to the endpoint." (endpoint policies page)
    assert!(cell("Endpoint policies", Approach::GatewayLoadBalancer)
        .text
        .starts_with("No"));
    // The same sentence holds for interface endpoints to your own or partner endpoint services,
    // and "Not all AWS services support endpoint policies".
    let if_policy = cell("Endpoint policies", Approach::Interface);
    assert!(
        if_policy.text.contains("AWS services that support them")
            && if_policy.text.contains("full access")
    );
    assert_eq!(
        if_policy.url,
        "https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html"
    );
    // "You are not billed hourly for the service-network VPC endpoint itself." (Access
    // service networks through AWS PrivateLink)
    let sn_cost = cell("Cost model", Approach::ServiceNetwork);
    assert!(sn_cost.text.starts_with("No hourly charge") && !sn_cost.unverified);
    // "NAT gateways per Availability Zone | 5 | Yes" (Amazon VPC quotas)
    assert_eq!(
        cell("Quotas", Approach::NatGateway).text,
        "5 per AZ (adjustable)"
    );
    // Gateway endpoints: "IPv6 – Add the service's IPv6 prefix list to your route table. This
    // option is supported only if all selected subnets are IPv6 only subnets." (gateway
    // endpoints page, "IP address type")
    let gw_ip = cell("IP address types", Approach::Gateway);
    assert!(gw_ip.text.contains("IPv6") && !gw_ip.unverified);
    // NAT: "For IPv6 traffic, NAT gateway performs NAT64." (NAT gateway basics)
    assert!(cell("IP address types", Approach::NatGateway)
        .text
        .contains("NAT64"));
    // "An endpoint service is available in the Region where you created it." (GWLB endpoint
    // service page, which unlike the NLB page names no cross-Region access)
    assert!(
        cell("Service in another Region", Approach::GatewayLoadBalancer)
            .text
            .starts_with("No")
    );
}
