//! Facts about a scenario that both the decision tree's questions and eligibility
//! (`eligibility::why_not`) read: where the clients are, whether the service has a public
//! endpoint, whether PrivateLink reaches it across Regions.

use crate::scenario::{ClientLocation, Scenario, Service};

pub fn from(s: &Scenario, t: ClientLocation) -> bool {
    s.comes_from(t)
}

/// Clients a gateway endpoint can never serve: on premises, or in another Region. Every other
/// location is a VPC of this Region, which can have its own gateway endpoint.
fn is_remote(t: &ClientLocation) -> bool {
    matches!(t, ClientLocation::OnPremises | ClientLocation::OtherRegion)
}

/// Clients on premises or in another Region (`is_remote`).
pub fn has_remote(s: &Scenario) -> bool {
    s.traffic_from.iter().any(is_remote)
}

/// Clients in VPCs of this Region (each can have its own gateway endpoint).
pub fn has_region_vpcs(s: &Scenario) -> bool {
    s.traffic_from.iter().any(|t| !is_remote(t))
}

/// Percent (0–100) of the traffic whose clients no gateway endpoint can serve (`is_remote`).
/// Clients in this VPC, a peered VPC or a Transit Gateway-attached VPC are in VPCs of the
/// Region, each of which takes its own free gateway endpoint (a gateway endpoint serves only its
/// VPC: "Endpoint connections cannot be extended out of a VPC", gateway endpoints page,
/// `references::PL_GW`). `advise` (`cost::charges::remote_share`) and `plan`
/// (`Destination::remote_percent`) both split the volume here, so they agree.
pub fn remote_percent(from: &[ClientLocation], remote_traffic_percent: f64) -> f64 {
    let local = from.iter().any(|t| !is_remote(t));
    let remote = from.iter().any(is_remote);
    match (local, remote) {
        (_, false) => 0.0,
        (false, true) => 100.0,
        (true, true) => remote_traffic_percent,
    }
}

/// Amazon ECR named among the AWS services (`ecr.api`, `ecr.dkr`): its image layers come from S3.
pub fn uses_ecr(s: &Scenario) -> bool {
    s.service == Service::AwsService && s.aws_services.iter().any(|n| n.starts_with("ecr."))
}

/// ECR pulled from VPCs of the registry's Region, with nothing that rules out a gateway
/// endpoint: interface endpoints for the ECR APIs plus the S3 gateway endpoint for the layers.
pub fn ecr_gateway_and_interface(s: &Scenario) -> bool {
    uses_ecr(s)
        && has_region_vpcs(s)
        && !s.is_cross_region()
        && !s.require_security_groups
        && !s.require_private_ips
}

/// ECR whose image layers need an S3 interface endpoint: clients on premises or in other
/// Regions, the registry in another Region, or S3 to be reached at private IPs behind security
/// groups — a gateway endpoint serves only its own VPC and Region and takes no security groups.
pub fn ecr_layers_need_s3_interface(s: &Scenario) -> bool {
    uses_ecr(s)
        && (s.is_cross_region()
            || has_remote(s)
            || s.require_security_groups
            || s.require_private_ips)
}

/// Services whose PrivateLink pages say "does not support … Private and Hybrid Domain Name
/// System (DNS) services" and "Do not create private hosted zones to override" their names:
/// DynamoDB and DynamoDB Streams.
pub fn no_private_dns(service: Service) -> bool {
    matches!(service, Service::DynamoDb | Service::DynamoDbStreams)
}

/// Clients that can send traffic to a NAT gateway in this VPC: this VPC, or VPCs behind a
/// Transit Gateway (centralised egress). Not over peering (no edge-to-edge routing), not from
/// on premises or another Region.
pub fn nat_reachable(s: &Scenario) -> bool {
    !from(s, ClientLocation::PeeredVpc) && !has_remote(s)
}

/// Whether a NAT path could carry the traffic at all, whatever the reader allows: a service with
/// a public endpoint, and clients that can use this VPC's NAT gateway.
pub fn nat_path_exists(s: &Scenario) -> bool {
    has_public_endpoint(s.service) && nat_reachable(s)
}

/// AWS services listed as cross-Region enabled for PrivateLink (PL_XR_SVC, as read).
pub const CROSS_REGION_SERVICES: [&str; 12] = [
    "s3",
    "iam",
    "ecr.api",
    "ecr.dkr",
    "kms",
    "kms-fips",
    "ecs",
    "lambda",
    "kinesis-firehose",
    "kinesisanalytics",
    "kinesisanalytics-fips",
    "route53",
];

/// Whether an interface endpoint here can reach the service in another Region (cross-Region
/// PrivateLink). DynamoDB and DynamoDB Streams are not on AWS's list.
pub fn cross_region_enabled(s: &Scenario) -> bool {
    match s.service {
        Service::S3 | Service::EndpointService => true,
        Service::AwsService => {
            !s.aws_services.is_empty()
                && s.aws_services
                    .iter()
                    .all(|name| CROSS_REGION_SERVICES.contains(&name.as_str()))
        }
        _ => false,
    }
}

/// Services reached at a public endpoint (so a NAT path exists at all).
pub fn has_public_endpoint(service: Service) -> bool {
    matches!(
        service,
        Service::S3
            | Service::S3Express
            | Service::DynamoDb
            | Service::DynamoDbStreams
            | Service::AwsService
    )
}
