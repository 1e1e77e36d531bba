//! Eligibility: why an approach cannot carry a scenario's traffic, or `None` if it can. The cost
//! model marks approaches ineligible with it, the decision tree's leaves agree with it, and the
//! page shows the reason beside each bill.

use crate::approach::Approach;
use crate::facts::{from, has_public_endpoint, has_region_vpcs, has_remote, uses_ecr};
use crate::scenario::{ClientLocation, Scenario, Service};

/// Why `kind` cannot carry this scenario's traffic, or `None` if it can. Checked in order of
/// how fundamental the obstacle is, so the person reads the real one first.
pub fn why_not(scenario: &Scenario, kind: Approach) -> Option<String> {
    why_not_static(scenario, kind).map(str::to_string)
}

fn why_not_static(s: &Scenario, kind: Approach) -> Option<&'static str> {
    use Approach as K;
    let svc = s.service;
    match kind {
        K::Gateway | K::GatewayAndInterface => {
            if svc == Service::DynamoDbStreams {
                return Some("DynamoDB Streams has interface endpoints only, no gateway endpoint.");
            }
            // ECR: interface endpoints for its APIs, the S3 gateway endpoint for the image layers.
            let ecr = kind == K::GatewayAndInterface && uses_ecr(s);
            if !svc.has_gateway_endpoint() && !ecr {
                return Some("Gateway endpoints exist only for S3 and DynamoDB.");
            }
            if kind == K::GatewayAndInterface && svc == Service::S3Express {
                return Some("No interface endpoint for S3 Express One Zone is documented (unverified).");
            }
            if s.is_cross_region() {
                return Some("The service lives in another Region, and a gateway endpoint reaches only its own Region.");
            }
            if s.require_security_groups {
                return Some("Security groups must control access at the endpoint, and a gateway endpoint takes none (only an endpoint policy).");
            }
            if s.require_private_ips {
                return Some("Clients must reach the service at private IP addresses, and through a gateway endpoint they still use its public IPs.");
            }
            if kind == K::Gateway {
                if from(s, ClientLocation::OnPremises) {
                    return Some("Some clients are on premises, and gateway endpoints can't be used over VPN or Direct Connect.");
                }
                if from(s, ClientLocation::OtherRegion) {
                    return Some("Some clients are in another Region, and gateway endpoints serve only VPCs in their own Region.");
                }
            } else if ecr {
                if !has_region_vpcs(s) {
                    return Some("No client is in a VPC of this Region: an S3 gateway endpoint would carry no layers.");
                }
            } else if !has_remote(s) {
                return Some("No client is on premises or in another Region: a gateway endpoint alone does it.");
            } else if !has_region_vpcs(s) {
                return Some("No client is in a VPC of this Region: the gateway half would carry nothing.");
            }
            None
        }
        K::Interface => match svc {
            Service::S3Express => Some(
                "AWS documents gateway endpoints for S3 Express One Zone; interface endpoints are unverified.",
            ),
            Service::Resource => Some("A resource is reached by a resource endpoint, without an NLB-fronted endpoint service."),
            Service::ServiceNetwork => Some("A Lattice service network is reached by a service-network endpoint."),
            Service::TrafficInspection => Some("Inline inspection needs a route-table target: a GWLB endpoint."),
            _ => None,
        },
        K::GatewayLoadBalancer => (svc != Service::TrafficInspection)
            .then_some("GWLB endpoints steer traffic to inspection appliances; they reach no service."),
        K::Resource => (svc != Service::Resource)
            .then_some("Resource endpoints reach a resource configuration (database, IP, domain), not this."),
        K::ServiceNetwork => (svc != Service::ServiceNetwork)
            .then_some("Service-network endpoints reach a VPC Lattice service network, not this."),
        K::NatGateway => {
            if !has_public_endpoint(svc) {
                return Some("This service has no public endpoint for a NAT path.");
            }
            if !s.allow_internet_path {
                return Some("The traffic may not take the service's public endpoint through a NAT or internet gateway (your answer).");
            }
            if s.require_security_groups {
                return Some("Security groups must control access at the endpoint, and a NAT path has no endpoint to put them on.");
            }
            if s.require_private_ips {
                return Some("Clients must reach the service at private IP addresses, and through a NAT gateway it answers at public IPs.");
            }
            if from(s, ClientLocation::OnPremises) {
                return Some("Some clients are on premises, and they don't egress through a VPC's NAT gateway.");
            }
            if from(s, ClientLocation::PeeredVpc) || from(s, ClientLocation::OtherRegion) {
                return Some("Some clients are in a peered VPC or another Region, and they can't use this VPC's NAT gateway (no edge-to-edge routing).");
            }
            None
        }
    }
}
