//! The decision tree's data: every question, answer, leaf and note, with sources.
//!
//! Reading order follows the questions a networking specialist asks: what the traffic goes to;
//! whether it is in this Region; whether security groups or private IPs are required; where the
//! clients are; whether the public path is allowed and cheaper. Answers of a node are tested in
//! order and are written to be exclusive and exhaustive (the tests enumerate scenarios to check).

use super::{
    monthly, private_monthly, regional_nat_monthly, Answer, Body, Claim, Leaf, Node, Note, Set,
    StaticReason, Value,
};
use crate::approach::Approach as K;
use crate::facts::{
    cross_region_enabled, ecr_gateway_and_interface, ecr_layers_need_s3_interface, from,
    has_public_endpoint, has_region_vpcs, has_remote, nat_reachable, no_private_dns, uses_ecr,
};
use crate::references::*;
use crate::scenario::{ClientLocation as T, IpAddressType, Service as S};

pub const ROOT: &str = "service";

const fn set(field: &'static str, value: Value) -> Option<Set> {
    Some(Set {
        field,
        value: Some(value),
        add: &[],
        remove: &[],
        pick: false,
    })
}

const fn pick(field: &'static str) -> Option<Set> {
    Some(Set {
        field,
        value: None,
        add: &[],
        remove: &[],
        pick: true,
    })
}

const fn change(
    field: &'static str,
    add: &'static [&'static str],
    remove: &'static [&'static str],
) -> Option<Set> {
    Some(Set {
        field,
        value: None,
        add,
        remove,
        pick: false,
    })
}

const fn r(text: &'static str, url: &'static str) -> StaticReason {
    StaticReason {
        text,
        url,
        claims: &[],
    }
}

/// A reason with what it asserts (see `Claim`).
const fn rc(text: &'static str, url: &'static str, claims: &'static [Claim]) -> StaticReason {
    StaticReason { text, url, claims }
}

const fn q(id: &'static str, question: &'static str, answers: &'static [Answer]) -> Node {
    Node {
        id,
        body: Body::Question { question, answers },
    }
}

const fn leaf(
    id: &'static str,
    recommendation: K,
    text: &'static str,
    reasons: &'static [StaticReason],
    conflict: Option<&'static str>,
) -> Node {
    Node {
        id,
        body: Body::Leaf(Leaf {
            recommendation,
            text,
            reasons,
            conflict,
        }),
    }
}

const SVC: &str = "service";
const TF: &str = "trafficFrom";
const SR: &str = "serviceRegion";
const SG: &str = "requireSecurityGroups";
const IP: &str = "requirePrivateIps";
const NET: &str = "allowInternetPath";
const REMOTE: &[&str] = &["on-premises", "other-region"];

// Shared reasons.
const GW_FREE: StaticReason = r(
    "Gateway endpoints serve S3 and DynamoDB at no extra charge; a prefix-list route steers the traffic.",
    PL_GW,
);
const GW_LOCAL: StaticReason = r(
    "A gateway endpoint serves only the VPC it is in.",
    S3_DNS_BLOG,
);
const IF_ENI: StaticReason = rc(
    "An interface endpoint puts network interfaces with private IPs in your subnets, guarded by security groups.",
    PL_AWS,
    &[Claim::SecurityGroups(K::Interface, true)],
);
const IF_PRICE: StaticReason = r(
    "Billed per endpoint per AZ-hour, plus per GB processed.",
    PL_PRICE,
);

pub static NODES: &[Node] = &[
    q(
        "service",
        "What does the traffic go to?",
        &[
            Answer { label: "S3 bucket", when: |c| c.scenario.service == S::S3, next: "s3-region", set: set(SVC, Value::Str("s3")) },
            Answer { label: "S3 Express One Zone", when: |c| c.scenario.service == S::S3Express, next: "s3x-region", set: set(SVC, Value::Str("s3-express")) },
            Answer { label: "DynamoDB table", when: |c| c.scenario.service == S::DynamoDb, next: "ddb-region", set: set(SVC, Value::Str("dynamodb")) },
            Answer { label: "DynamoDB Streams", when: |c| c.scenario.service == S::DynamoDbStreams, next: "pub-sg", set: set(SVC, Value::Str("dynamodb-streams")) },
            Answer { label: "Another AWS service", when: |c| c.scenario.service == S::AwsService, next: "pub-sg", set: set(SVC, Value::Str("aws-service")) },
            Answer { label: "Your or a partner's endpoint service", when: |c| c.scenario.service == S::EndpointService, next: "eps-region", set: set(SVC, Value::Str("endpoint-service")) },
            Answer { label: "A resource in another VPC", when: |c| c.scenario.service == S::Resource, next: "res", set: set(SVC, Value::Str("resource")) },
            Answer { label: "A VPC Lattice service network", when: |c| c.scenario.service == S::ServiceNetwork, next: "sn-from", set: set(SVC, Value::Str("service-network")) },
            Answer { label: "Inline inspection appliances", when: |c| c.scenario.service == S::TrafficInspection, next: "gwlb", set: set(SVC, Value::Str("traffic-inspection")) },
        ],
    ),
    // ---- S3 general purpose buckets ----
    q(
        "s3-region",
        "Is the bucket in this VPC's Region?",
        &[
            Answer { label: "Yes", when: |c| !c.scenario.is_cross_region(), next: "s3-sg", set: set(SR, Value::Null) },
            Answer { label: "No", when: |c| c.scenario.is_cross_region(), next: "pub-sg", set: pick(SR) },
        ],
    ),
    q(
        "s3-sg",
        "Must security groups at the endpoint control access?",
        &[
            Answer { label: "Yes", when: |c| c.scenario.require_security_groups, next: "s3-if", set: set(SG, Value::Bool(true)) },
            Answer { label: "No", when: |c| !c.scenario.require_security_groups, next: "s3-ip", set: set(SG, Value::Bool(false)) },
        ],
    ),
    q(
        "s3-ip",
        "Must every client reach S3 at private IPs?",
        &[
            Answer { label: "Yes", when: |c| c.scenario.require_private_ips, next: "s3-if", set: set(IP, Value::Bool(true)) },
            Answer { label: "No", when: |c| !c.scenario.require_private_ips, next: "s3-from", set: set(IP, Value::Bool(false)) },
        ],
    ),
    q(
        "s3-from",
        "Where are the clients?",
        &[
            Answer { label: "Only in this VPC", when: only_here, next: "gw", set: set(TF, Value::List(&["same-vpc"])) },
            Answer { label: "In VPCs of this Region (peering, TGW)", when: region_vpcs_only, next: "gw-each", set: change(TF, &["transit-gateway"], REMOTE) },
            Answer { label: "In VPCs and on premises or other Regions", when: mixed, next: "s3-gwif", set: change(TF, &["same-vpc", "on-premises"], &[]) },
            Answer { label: "Only on premises or in other Regions", when: remote_only, next: "s3-if-remote", set: set(TF, Value::List(&["on-premises"])) },
        ],
    ),
    leaf(
        "s3-if",
        K::Interface,
        "Interface endpoint for S3 for every client, with private DNS.",
        &[
            rc("Gateway endpoints use S3's public IPs and take no security groups.", S3_PL, &[Claim::SecurityGroups(K::Gateway, false)]),
            IF_ENI,
            rc("With private DNS, S3's default names resolve to the endpoint's private IPs.", S3_DNS_BLOG, &[Claim::DefaultNamesToEndpoint]),
        ],
        None,
    ),
    leaf(
        "s3-gwif",
        K::GatewayAndInterface,
        "Gateway endpoint for in-VPC clients, interface endpoint for clients on premises or in other Regions.",
        &[
            r("AWS: use gateway endpoints where possible, interface endpoints from elsewhere, such as on premises.", S3_DNS_BLOG),
            r("Interface endpoints take requests from on premises and from other Regions over peering or TGW.", S3_PL),
            rc("Enable private DNS only for the inbound resolver: in-VPC requests take the gateway, on-premises ones the interface.", EC2_DNS, &[Claim::DefaultNamesToEndpoint]),
        ],
        None,
    ),
    leaf(
        "s3-if-remote",
        K::Interface,
        "Interface endpoint: every client is outside this Region's VPCs, where gateway endpoints can't reach.",
        &[
            r("Interface endpoints take requests from on premises and from other Regions over peering or TGW.", S3_PL),
        ],
        None,
    ),
    // ---- DynamoDB tables ----
    q(
        "ddb-region",
        "Is the table in this VPC's Region?",
        &[
            Answer { label: "Yes", when: |c| !c.scenario.is_cross_region(), next: "ddb-sg", set: set(SR, Value::Null) },
            Answer { label: "No", when: |c| c.scenario.is_cross_region(), next: "pub-sg", set: pick(SR) },
        ],
    ),
    q(
        "ddb-sg",
        "Must security groups at the endpoint control access?",
        &[
            Answer { label: "Yes", when: |c| c.scenario.require_security_groups, next: "ddb-if", set: set(SG, Value::Bool(true)) },
            Answer { label: "No", when: |c| !c.scenario.require_security_groups, next: "ddb-ip", set: set(SG, Value::Bool(false)) },
        ],
    ),
    q(
        "ddb-ip",
        "Must every client reach DynamoDB at private IPs?",
        &[
            Answer { label: "Yes", when: |c| c.scenario.require_private_ips, next: "ddb-if", set: set(IP, Value::Bool(true)) },
            Answer { label: "No", when: |c| !c.scenario.require_private_ips, next: "ddb-from", set: set(IP, Value::Bool(false)) },
        ],
    ),
    q(
        "ddb-from",
        "Where are the clients?",
        &[
            Answer { label: "Only in this VPC", when: only_here, next: "gw", set: set(TF, Value::List(&["same-vpc"])) },
            Answer { label: "In VPCs of this Region (peering, TGW)", when: region_vpcs_only, next: "gw-each", set: change(TF, &["transit-gateway"], REMOTE) },
            Answer { label: "In VPCs and on premises or other Regions", when: mixed, next: "ddb-gwif", set: change(TF, &["same-vpc", "on-premises"], &[]) },
            Answer { label: "Only on premises or in other Regions", when: remote_only, next: "ddb-if-remote", set: set(TF, Value::List(&["on-premises"])) },
        ],
    ),
    leaf(
        "ddb-if",
        K::Interface,
        "Interface endpoint for DynamoDB for every client.",
        &[
            r("DynamoDB interface endpoints have private IPs from your subnets.", DDB_PL),
            IF_ENI,
        ],
        None,
    ),
    leaf(
        "ddb-gwif",
        K::GatewayAndInterface,
        "Gateway endpoint for in-VPC clients, interface endpoint for clients on premises or in other Regions.",
        &[
            r("AWS: gateway endpoints for in-VPC traffic, interface endpoints for on-premises traffic to DynamoDB.", DDB_BLOG),
            r("Interface endpoints take requests over VPN, Direct Connect and, from other Regions, VPC peering.", DDB_PL),
        ],
        None,
    ),
    leaf(
        "ddb-if-remote",
        K::Interface,
        "Interface endpoint: every client is outside this Region's VPCs, where gateway endpoints can't reach.",
        &[
            r("Interface endpoints take requests over VPN, Direct Connect and, from other Regions, VPC peering.", DDB_PL),
        ],
        None,
    ),
    // ---- Gateway leaves shared by S3 and DynamoDB ----
    leaf(
        "gw",
        K::Gateway,
        "Gateway endpoint: free, and the route table sends the traffic to it.",
        &[GW_FREE],
        None,
    ),
    leaf(
        "gw-each",
        K::Gateway,
        "A gateway endpoint in each VPC with clients: free, and each serves only its own VPC.",
        &[
            GW_LOCAL,
            r("Gateway endpoints are free; there is no strong case for centralising them.", WP_CENTRAL),
            GW_FREE,
        ],
        None,
    ),
    // ---- S3 Express One Zone (directory buckets) ----
    q(
        "s3x-region",
        "Is the directory bucket in this VPC's Region?",
        &[
            Answer { label: "Yes", when: |c| !c.scenario.is_cross_region(), next: "s3x-from", set: set(SR, Value::Null) },
            Answer { label: "No", when: |c| c.scenario.is_cross_region(), next: "s3x-xnat", set: pick(SR) },
        ],
    ),
    q(
        "s3x-xnat",
        "May the traffic take the public path through a NAT gateway?",
        &[
            Answer { label: "Yes, from this VPC or behind TGW", when: nat_ok, next: "nat", set: set(NET, Value::Bool(true)) },
            Answer { label: "No", when: |c| !nat_ok(c), next: "s3x-xr", set: set(NET, Value::Bool(false)) },
        ],
    ),
    q(
        "s3x-from",
        "Are all clients in VPCs of this Region?",
        &[
            Answer { label: "Yes", when: |c| !has_remote(c.scenario), next: "s3x-req", set: change(TF, &[], REMOTE) },
            Answer { label: "No, some on premises or in other Regions", when: |c| has_remote(c.scenario), next: "s3x-remote", set: change(TF, &["on-premises"], &[]) },
        ],
    ),
    q(
        "s3x-req",
        "Must the endpoint enforce security groups or give private IPs?",
        &[
            Answer { label: "No", when: |c| !c.scenario.require_security_groups && !c.scenario.require_private_ips, next: "s3x-gw", set: set(SG, Value::Bool(false)) },
            Answer { label: "Yes", when: |c| c.scenario.require_security_groups || c.scenario.require_private_ips, next: "s3x-req-gw", set: set(SG, Value::Bool(true)) },
        ],
    ),
    leaf(
        "s3x-gw",
        K::Gateway,
        "Gateway endpoint for S3 Express One Zone (s3express) in each VPC with clients.",
        &[
            r("Directory buckets take Zonal and Regional API calls through a gateway endpoint; AWS strongly recommends it.", S3X_TUT),
            r("The gateway endpoint costs nothing extra.", S3X_NET),
        ],
        None,
    ),
    leaf(
        "s3x-req-gw",
        K::Gateway,
        "No documented way to put security groups or private IPs in front of directory buckets: the gateway endpoint, with endpoint and bucket policies, is the private path.",
        &[
            r("AWS documents gateway endpoints for directory buckets.", S3X_NET),
            rc("Gateway endpoints take no security groups and use public IPs.", PL_GW, &[Claim::SecurityGroups(K::Gateway, false)]),
        ],
        Some("S3 Express One Zone: security groups or private IPs would need an interface endpoint, unverified for directory buckets. Control access with endpoint and bucket policies."),
    ),
    leaf(
        "s3x-remote",
        K::Gateway,
        "No documented private path from on premises or other Regions to directory buckets: only a gateway endpoint, for clients (or a proxy) in VPCs of the bucket's Region.",
        &[
            r("AWS documents gateway endpoints for directory buckets.", S3X_NET),
            GW_LOCAL,
        ],
        Some("S3 Express One Zone from on premises or another Region: AWS documents only gateway endpoints, which serve in-VPC clients; interface endpoint support is unverified."),
    ),
    leaf(
        "s3x-xr",
        K::Gateway,
        "No documented private path to directory buckets across Regions: only a gateway endpoint in the bucket's own Region.",
        &[
            r("Gateway endpoints reach only their own Region.", PL_GW),
            r("S3 Express (s3express) is not on AWS's cross-Region PrivateLink list.", PL_XR_SVC),
        ],
        Some("S3 Express One Zone in another Region: no documented private path from here. Run the clients in the bucket's Region, or allow the public path."),
    ),
    // ---- AWS services reached at a public endpoint by PrivateLink or NAT (DynamoDB Streams,
    // other AWS services, and S3 or DynamoDB in another Region) ----
    q(
        "pub-sg",
        "Must security groups at the endpoint control access?",
        &[
            Answer { label: "Yes", when: |c| c.scenario.require_security_groups, next: "pub-where", set: set(SG, Value::Bool(true)) },
            Answer { label: "No", when: |c| !c.scenario.require_security_groups, next: "pub-ip", set: set(SG, Value::Bool(false)) },
        ],
    ),
    q(
        "pub-ip",
        "Must clients reach the service at private IPs?",
        &[
            Answer { label: "Yes", when: |c| c.scenario.require_private_ips, next: "pub-where", set: set(IP, Value::Bool(true)) },
            Answer { label: "No", when: |c| !c.scenario.require_private_ips, next: "pub-nat", set: set(IP, Value::Bool(false)) },
        ],
    ),
    q(
        "pub-nat",
        "May the traffic take the public path through a NAT gateway?",
        &[
            Answer { label: "No", when: |c| !c.scenario.allow_internet_path, next: "pub-where", set: set(NET, Value::Bool(false)) },
            Answer { label: "Yes", when: |c| c.scenario.allow_internet_path, next: "pub-natfrom", set: set(NET, Value::Bool(true)) },
        ],
    ),
    q(
        "pub-natfrom",
        "Can every client use a NAT gateway in this VPC?",
        &[
            Answer { label: "Yes: this VPC or behind TGW", when: |c| nat_reachable(c.scenario), next: "pub-cost", set: change(TF, &[], &["peered-vpc", "on-premises", "other-region"]) },
            Answer { label: "No: peered, on premises or other Region", when: |c| !nat_reachable(c.scenario), next: "pub-where", set: change(TF, &["on-premises"], &[]) },
        ],
    ),
    q(
        "pub-cost",
        "Is the NAT path cheaper than the private endpoints at this volume?",
        &[
            Answer { label: "Yes", when: nat_cheaper, next: "nat", set: None },
            Answer { label: "No", when: |c| !nat_cheaper(c), next: "pub-where", set: None },
        ],
    ),
    q(
        "pub-where",
        "Where is the service?",
        &[
            Answer { label: "In this Region, ECR images pulled in its VPCs", when: |c| ecr_gateway_and_interface(c.scenario), next: "ecr-gwif", set: set(SR, Value::Null) },
            Answer { label: "In this Region", when: |c| !c.scenario.is_cross_region() && !ecr_gateway_and_interface(c.scenario), next: "if", set: set(SR, Value::Null) },
            Answer { label: "Another Region, cross-Region enabled", when: |c| c.scenario.is_cross_region() && cross_region_enabled(c.scenario), next: "if-xr", set: pick(SR) },
            Answer { label: "Another Region, not cross-Region enabled", when: |c| c.scenario.is_cross_region() && !cross_region_enabled(c.scenario), next: "if-home", set: pick(SR) },
        ],
    ),
    leaf(
        "nat",
        K::NatGateway,
        "Public path through a NAT gateway: allowed here, and no endpoint does it for less.",
        &[
            r("NAT gateways bill per hour and per GB processed.", VPC_PRICE),
            r("Where the bill shows a break-even volume, an interface endpoint costs less above it: revisit as traffic grows.", PL_PRICE),
        ],
        None,
    ),
    leaf(
        "if",
        K::Interface,
        "Interface endpoint (PrivateLink) in this VPC.",
        &[IF_ENI, IF_PRICE],
        None,
    ),
    leaf(
        "ecr-gwif",
        K::GatewayAndInterface,
        "Interface endpoints for the ECR APIs (ecr.api, ecr.dkr) and an S3 gateway endpoint for the image layers.",
        &[
            r("ECS tasks on EC2, and on Fargate platform 1.4.0 or later, need the ecr.dkr and ecr.api interface endpoints and the S3 gateway endpoint.", ECR_VPCE),
            r("ECR stores image layers in S3: clients get the manifest from ECR, then download the layers from S3, through the free gateway endpoint.", ECR_VPCE),
            IF_ENI,
        ],
        None,
    ),
    leaf(
        "if-xr",
        K::Interface,
        "Interface endpoint here to the service in the other Region (cross-Region PrivateLink).",
        &[
            r("The service is on AWS's cross-Region PrivateLink list.", PL_XR_SVC),
            r("No premium for cross-Region access; PrivateLink and inter-Region transfer charges apply.", PL_PRICE),
        ],
        None,
    ),
    leaf(
        "if-home",
        K::Interface,
        "Interface endpoint in the service's own Region, reached over inter-Region peering or TGW.",
        &[
            r("The service isn't on AWS's cross-Region PrivateLink list, so an endpoint here can't reach it.", PL_XR_SVC),
            r("The endpoint is billed at its own Region's rates; the inter-Region transfer is priced, a Transit Gateway peering hop would add Transit Gateway charges not in the bill.", TGW_PRICE),
            r("Interface endpoints take requests from other Regions over VPC peering.", DDB_PL),
        ],
        None,
    ),
    // ---- Endpoint services (yours or a partner's) ----
    q(
        "eps-region",
        "Is the endpoint service in this VPC's Region?",
        &[
            Answer { label: "Yes", when: |c| !c.scenario.is_cross_region(), next: "eps", set: set(SR, Value::Null) },
            Answer { label: "No", when: |c| c.scenario.is_cross_region(), next: "eps-xr", set: pick(SR) },
        ],
    ),
    leaf(
        "eps",
        K::Interface,
        "Interface endpoint to the endpoint service.",
        &[
            r("An endpoint service behind a Network Load Balancer is reached through interface endpoints.", PL_EPS),
            r("Your endpoint can use only the AZs it shares with the provider's service.", PL_EPS),
            r("No endpoint policy narrows it: AWS allows full access to endpoints for services other than AWS services. Control access with the endpoint's security groups and the provider's acceptance and allowed principals.", PL_POLICIES),
        ],
        None,
    ),
    leaf(
        "eps-xr",
        K::Interface,
        "Interface endpoint here to the service in its Region, if the provider enables cross-Region access.",
        &[
            r("Since November 2024 interface endpoints reach endpoint services in other Regions that enable it.", XR_BLOG),
            r("Otherwise reach an endpoint in the service's Region over VPC peering or TGW.", PL_EPS),
        ],
        None,
    ),
    // ---- VPC Lattice service networks ----
    q(
        "sn-from",
        "Are all clients in this VPC?",
        &[
            Answer { label: "Yes", when: only_here, next: "sn-assoc", set: set(TF, Value::List(&["same-vpc"])) },
            Answer { label: "No", when: |c| !only_here(c), next: "sn", set: change(TF, &["on-premises"], &[]) },
        ],
    ),
    leaf(
        "sn-assoc",
        K::ServiceNetwork,
        "Service-network endpoint, or simply a VPC association: all clients are in this VPC.",
        &[
            r("A VPC connects to a service network by an association or by a service-network endpoint.", LATTICE_HOW),
            r("An association reaches one service network; endpoints can reach several.", LATTICE_SN),
            r("An endpoint needs an unused /28 of IPv4 addresses per AZ, and more as resource configurations join the network; an association takes no VPC addresses.", PL_SN),
        ],
        None,
    ),
    leaf(
        "sn",
        K::ServiceNetwork,
        "Service-network endpoint: only an endpoint carries traffic from peering, TGW, VPN or Direct Connect.",
        &[
            r("Traffic over peering, a transit gateway, Direct Connect or VPN reaches a service network only through an endpoint.", LATTICE_HOW),
            r("The endpoint needs an unused /28 of IPv4 addresses per AZ, and more as resource configurations join the network.", PL_SN),
        ],
        None,
    ),
    // ---- Resources and inspection ----
    leaf(
        "res",
        K::Resource,
        "Resource endpoint to the resource configuration: no load balancer needed.",
        &[
            r("A resource endpoint reaches a database, instance, domain name or IP in another VPC or on premises.", PL_RES),
            r("Put the endpoint in at least one Availability Zone of the resource owner's resource gateway: AWS requires the two to overlap.", LATTICE_RESOURCE_GW),
            r("A resource endpoint takes a resource configuration of type single, group or ARN; a whole network segment (a CIDR-type configuration) takes a tunnel endpoint instead, with the clients' traffic encapsulated in GENEVE.", PL_TUNNEL),
            r("Billed per endpoint-hour and per GB processed.", PL_RES),
        ],
        None,
    ),
    leaf(
        "gwlb",
        K::GatewayLoadBalancer,
        "Gateway Load Balancer endpoint: a route-table target that sends traffic through your appliances.",
        &[
            r("Appliances behind a Gateway Load Balancer are reached through GWLB endpoints.", PL_GWLB),
            r("Billed per endpoint-hour and per GB processed; each endpoint sits in one AZ.", PL_GWLBE),
            rc("GWLB endpoints take no security groups: those are supported only for interface endpoints.", CFN_VPCE, &[Claim::SecurityGroups(K::GatewayLoadBalancer, false)]),
            r("Counts toward the 50 interface and GWLB endpoints per VPC.", PL_QUOTAS),
        ],
        None,
    ),
];

fn only_here(c: &super::Ctx) -> bool {
    c.scenario.traffic_from.iter().all(|t| *t == T::SameVpc)
}

fn region_vpcs_only(c: &super::Ctx) -> bool {
    !has_remote(c.scenario) && !only_here(c)
}

fn mixed(c: &super::Ctx) -> bool {
    has_remote(c.scenario) && has_region_vpcs(c.scenario)
}

fn remote_only(c: &super::Ctx) -> bool {
    has_remote(c.scenario) && !has_region_vpcs(c.scenario)
}

fn nat_ok(c: &super::Ctx) -> bool {
    let s = c.scenario;
    s.allow_internet_path
        && nat_reachable(s)
        && !s.require_security_groups
        && !s.require_private_ips
}

/// The NAT path wins only if both options are priced and the NAT bill is strictly lower;
/// without prices the private path is kept.
fn nat_cheaper(c: &super::Ctx) -> bool {
    match (monthly(c, K::NatGateway), private_monthly(c)) {
        (Some(nat), Some(interface)) => nat < interface,
        _ => false,
    }
}

fn peak_over(c: &super::Ctx, gbps_per_az: u32) -> bool {
    let limit = f64::from(c.scenario.az_count) * f64::from(gbps_per_az);
    c.scenario.peak_gbps.is_some_and(|p| p > limit)
}

pub static NOTES: &[Note] = &[
    Note {
        id: "s3-gw-cost",
        applies: "S3 through a gateway endpoint",
        when: |c, o| c.scenario.service == S::S3 && o.recommendation == K::Gateway,
        text: "AWS: gateway endpoints are the most cost-efficient way to reach S3 where possible.",
        url: S3_DNS_BLOG,
        claims: &[],
    },
    Note {
        id: "ddb-gw-cost",
        applies: "DynamoDB through a gateway endpoint",
        when: |c, o| c.scenario.service == S::DynamoDb && o.recommendation == K::Gateway,
        text: "AWS: gateway endpoints give low-cost private access to DynamoDB for in-VPC traffic.",
        url: DDB_BLOG,
        claims: &[],
    },
    Note {
        id: "each-vpc",
        applies: "gateway + interface with peered or TGW-attached clients",
        when: |c, o| {
            o.recommendation == K::GatewayAndInterface
                && (from(c.scenario, T::PeeredVpc) || from(c.scenario, T::TransitGateway))
        },
        text: "Give peered and TGW-attached VPCs their own gateway endpoints: one serves only its VPC.",
        url: S3_DNS_BLOG,
        claims: &[],
    },
    Note {
        id: "gw-no-vpn",
        applies: "clients on premises, where a gateway endpoint was ruled out for them",
        when: |c, o| from(c.scenario, T::OnPremises) && gateway_ruled_out_for_remote(o),
        text: "Gateway endpoints can't be used over Direct Connect or VPN.",
        url: DDB_BLOG,
        claims: &[Claim::Reach(K::Gateway, T::OnPremises, false)],
    },
    Note {
        id: "gw-no-xr",
        applies: "clients in other Regions, where a gateway endpoint was ruled out for them",
        when: |c, o| from(c.scenario, T::OtherRegion) && gateway_ruled_out_for_remote(o),
        text: "Gateway endpoints don't allow access from another AWS Region.",
        url: S3_PL,
        claims: &[Claim::Reach(K::Gateway, T::OtherRegion, false)],
    },
    Note {
        id: "nat-saves",
        applies: "a gateway endpoint where NAT gateways exist",
        when: |c, o| {
            c.scenario.has_nat_gateway
                && matches!(o.recommendation, K::Gateway | K::GatewayAndInterface)
        },
        text: "The gateway endpoint takes this traffic off your NAT gateways and their per-GB charge.",
        url: NAT_GW,
        claims: &[],
    },
    Note {
        id: "nat-have",
        applies: "the NAT path where NAT gateways exist",
        when: |c, o| c.scenario.has_nat_gateway && o.recommendation == K::NatGateway,
        text: "Your NAT gateways already run: this traffic adds only their per-GB charge.",
        url: VPC_PRICE,
        claims: &[],
    },
    Note {
        id: "cost",
        applies: "the NAT path was weighed against the private endpoints",
        when: |c, o| {
            o.visited("pub-cost")
                && monthly(c, K::NatGateway).is_some()
                && private_monthly(c).is_some()
        },
        text: "At this volume: NAT path {nat} a month, private endpoints {if}.",
        url: PL_PRICE,
        claims: &[],
    },
    Note {
        id: "no-prices",
        applies: "the NAT path could not be priced",
        when: |c, o| {
            o.visited("pub-cost")
                && (monthly(c, K::NatGateway).is_none() || private_monthly(c).is_none())
        },
        text: "No prices to compare, so the private path is kept.",
        url: PL_PRICE,
        claims: &[],
    },
    Note {
        id: "regional-nat",
        applies: "the NAT path, with a regional NAT gateway priced beside it",
        when: |c, o| o.recommendation == K::NatGateway && regional_nat_monthly(c).is_some(),
        // Its price is the whole bill, hours included: beside an existing NAT gateway's marginal
        // per-GB charge it must not read as an extra.
        text: "In place of the zonal NAT gateways, a regional one would cost {rnat} a month in all: it expands across the AZs with workloads (no public subnet, no cross-AZ hop once expanded), billed per AZ it is active in.",
        url: NAT_REGIONAL,
        claims: &[],
    },
    Note {
        id: "bw-cap",
        applies: "peak above azCount × 100 Gbps on an interface endpoint",
        when: |c, o| o.has_interface() && peak_over(c, 100),
        text: "Peak above {cap} Gbps: past the endpoint's 100 Gbps per AZ. Contact AWS Support or split the load.",
        url: PL_QUOTAS,
        claims: &[],
    },
    Note {
        id: "bw-scale",
        applies: "peak above 10 Gbps per AZ on an interface endpoint",
        when: |c, o| o.has_interface() && peak_over(c, 10) && !peak_over(c, 100),
        text: "Above 10 Gbps per AZ the endpoint scales automatically, up to 100 Gbps per AZ.",
        url: PL_QUOTAS,
        claims: &[],
    },
    Note {
        id: "bw-gw",
        applies: "high peak on a gateway endpoint",
        when: |c, o| o.recommendation == K::Gateway && peak_over(c, 10),
        text: "AWS's quotas list no bandwidth limit for gateway endpoints; interface endpoints stop at 100 Gbps per AZ.",
        url: PL_QUOTAS,
        claims: &[],
    },
    Note {
        id: "onprem-dns",
        applies: "on-premises clients of an interface endpoint, for services with private DNS",
        // Resource and service-network endpoints have no "default names" of a service to
        // resolve: their own notes (res-onprem, sn-onprem) say how on-premises clients find them.
        when: |c, o| {
            from(c.scenario, T::OnPremises)
                && !no_private_dns(c.scenario.service)
                && matches!(o.recommendation, K::Interface | K::GatewayAndInterface)
        },
        text: "On premises, use the endpoint's own DNS names (public DNS, answering with its private IPs), or resolve the service's default names through a Route 53 Resolver inbound endpoint.",
        url: R53_INBOUND,
        claims: &[Claim::DefaultNamesToEndpoint],
    },
    Note {
        id: "onprem-dns-names",
        applies: "on-premises clients of DynamoDB or DynamoDB Streams interface endpoints",
        when: |c, o| {
            from(c.scenario, T::OnPremises)
                && no_private_dns(c.scenario.service)
                && o.has_interface()
        },
        text: "On premises, use the endpoint's own DNS names: they resolve from public DNS to its private IPs, so the on-premises resolver needs no change.",
        url: DDB_PL,
        claims: &[Claim::EndpointNamesOnly],
    },
    Note {
        id: "spoke-dns",
        applies: "an interface endpoint used from other VPCs, for services with private DNS",
        when: |c, o| {
            o.recommendation == K::Interface
                && !no_private_dns(c.scenario.service)
                && (from(c.scenario, T::PeeredVpc)
                    || from(c.scenario, T::TransitGateway)
                    || from(c.scenario, T::OtherRegion))
        },
        text: "Private DNS answers only in the endpoint's VPC: other VPCs use the endpoint's own names or a private hosted zone.",
        url: WP_CENTRAL,
        claims: &[Claim::DefaultNamesToEndpoint],
    },
    Note {
        id: "streams",
        applies: "DynamoDB Streams",
        when: |c, _| c.scenario.service == S::DynamoDbStreams,
        text: "DynamoDB Streams has interface endpoints only, and AWS supports no private or hybrid DNS for them: clients use the endpoint URL, and AWS says not to override the Streams names with private hosted zones.",
        url: DDB_STREAMS,
        claims: &[Claim::EndpointNamesOnly],
    },
    Note {
        id: "ecr-s3",
        applies: "Amazon ECR on the NAT path, clients in VPCs of the registry's Region",
        when: |c, o| {
            uses_ecr(c.scenario)
                && o.leaf != "ecr-gwif"
                && !c.scenario.is_cross_region()
                && has_region_vpcs(c.scenario)
                && !c.scenario.require_security_groups
                && !c.scenario.require_private_ips
        },
        text: "ECR image layers are stored in S3: give the VPCs that pull images an S3 gateway endpoint too.",
        url: ECR_VPCE,
        claims: &[],
    },
    Note {
        id: "ecr-s3-remote",
        applies: "Amazon ECR endpoints, clients on premises or in another Region, the registry elsewhere, or security groups or private IPs required",
        when: |c, _| ecr_layers_need_s3_interface(c.scenario),
        text: "ECR image layers come from S3 in the registry's Region: clients on premises or in other Regions, or that must reach S3 at private IPs behind security groups, need an S3 interface endpoint for them, as a gateway endpoint serves only its own VPC and Region and takes no security groups.",
        url: ECR_VPCE,
        claims: &[],
    },
    Note {
        id: "ddb-if-dns",
        applies: "DynamoDB through an interface endpoint",
        when: |c, o| c.scenario.service == S::DynamoDb && o.has_interface(),
        text: "Point the clients of the DynamoDB interface endpoint at its own DNS name (an SDK endpoint override): AWS supports no private or hybrid DNS for DynamoDB and says not to override its names with private hosted zones.",
        url: DDB_PL,
        claims: &[Claim::EndpointNamesOnly],
    },
    Note {
        id: "client-sg",
        applies: "security groups required for S3 or DynamoDB from VPCs of this Region",
        when: |c, o| {
            c.scenario.require_security_groups
                && matches!(c.scenario.service, S::S3 | S::DynamoDb)
                && !c.scenario.is_cross_region()
                && has_region_vpcs(c.scenario)
                && o.recommendation == K::Interface
        },
        text: "If the aim is only to control which instances reach the service, their own security groups can do it with the free gateway endpoint: an outbound rule to the service's prefix list on TCP 443.",
        url: PL_GW,
        claims: &[],
    },
    Note {
        id: "s3-if-limits",
        applies: "S3 through an interface endpoint",
        when: |c, o| c.scenario.service == S::S3 && o.has_interface(),
        text: "S3 interface endpoints don't support website endpoints, FIPS endpoints, legacy global or s3-Region (dash) names, CopyObject or UploadPartCopy between Regions, or TLS 1.0, 1.1 and 1.3: such requests need the gateway endpoint or the public path.",
        url: S3_PL,
        claims: &[],
    },
    Note {
        id: "gw-setup",
        applies: "a gateway endpoint",
        when: |_, o| matches!(o.recommendation, K::Gateway | K::GatewayAndInterface),
        text: "Associate the gateway endpoint with every route table of the clients' subnets, allow the service's prefix list where security groups limit egress, and control access with the endpoint policy and aws:SourceVpce in bucket or table policies.",
        url: PL_GW,
        claims: &[],
    },
    Note {
        id: "remote-transfer",
        applies: "clients on premises",
        when: |c, o| from(c.scenario, T::OnPremises) && private_endpoint(o),
        text: "Not in the bills above: data transfer out to clients on premises, at Direct Connect's own data-transfer-out rates over Direct Connect, at internet data-transfer rates over a VPN.",
        url: DX_PRICE,
        claims: &[],
    },
    Note {
        id: "remote-transfer-xr",
        applies: "clients in other Regions",
        when: |c, o| from(c.scenario, T::OtherRegion) && private_endpoint(o),
        text: "Not in the bills above: inter-Region data transfer to clients in other Regions, billed as for any traffic leaving the Region.",
        url: DT_BLOG,
        claims: &[],
    },
    Note {
        id: "res-onprem",
        applies: "a resource endpoint used from on premises",
        when: |c, o| o.recommendation == K::Resource && from(c.scenario, T::OnPremises),
        text: "On premises, the resource endpoint's DNS names are public and answer with its private IPs: clients reach it over VPN or Direct Connect.",
        url: PL_RES,
        claims: &[Claim::Reach(K::Resource, T::OnPremises, true)],
    },
    Note {
        id: "sn-onprem",
        applies: "a service-network endpoint used from on premises",
        when: |c, o| o.recommendation == K::ServiceNetwork && from(c.scenario, T::OnPremises),
        text: "On premises, use the DNS names the service-network endpoint gets for each service and resource in the network: they are public and answer with the endpoint's private IPs, reached over VPN or Direct Connect.",
        url: PL_SN_ACCESS,
        claims: &[Claim::Reach(K::ServiceNetwork, T::OnPremises, true)],
    },
    Note {
        id: "res-reach",
        applies: "a resource endpoint used from peered VPCs, a transit gateway or other Regions",
        when: |c, o| {
            o.recommendation == K::Resource
                && (from(c.scenario, T::PeeredVpc)
                    || from(c.scenario, T::TransitGateway)
                    || from(c.scenario, T::OtherRegion))
        },
        text: "Unverified here: AWS documents resource endpoints for clients in their VPC and on premises, not from peered VPCs, a transit gateway or other Regions.",
        url: PL_RES,
        claims: &[],
    },
    Note {
        id: "gwlb-az",
        applies: "Gateway Load Balancer endpoints",
        when: |_, o| o.recommendation == K::GatewayLoadBalancer,
        text: "A GWLB endpoint sits in one AZ: {gwlbe} endpoints for {azs} AZs, one in each AZ that sends traffic, so the traffic stays in its AZ.",
        url: PL_GWLBE,
        claims: &[],
    },
    Note {
        id: "ecr-s3-gateway-beside-nat",
        applies: "ECR pulled through a NAT gateway in the Region's VPCs",
        when: |c, o| {
            o.recommendation == K::NatGateway
                && uses_ecr(c.scenario)
                && has_region_vpcs(c.scenario)
                && !c.scenario.is_cross_region()
        },
        text: "Add the S3 gateway endpoint all the same (free): the image layers come from S3 and then skip the NAT gateway's per-GB charge, as the NAT bill assumes; only the ECR API calls go through the NAT gateway.",
        url: ECR_VPCE,
        claims: &[],
    },
    Note {
        id: "inspection-tgw-cost",
        applies: "inspection behind a transit gateway",
        when: |c, o| o.recommendation == K::GatewayLoadBalancer && from(c.scenario, T::TransitGateway),
        text: "Not in the bills above: the Transit Gateway's per-GB processing of the inspected traffic, charged on each attachment that sends it in (spoke to inspection VPC and back: east-west traffic enters twice), and the inspection VPC's attachment hours.",
        url: TGW_PRICE,
        claims: &[],
    },
    Note {
        id: "endpoint-tgw-cost",
        applies: "an endpoint or NAT gateway in this VPC used from Transit Gateway-attached VPCs",
        // Not for an endpoint in the service's own Region (if-home): its reason names the
        // Transit Gateway peering hop instead.
        when: |c, o| {
            from(c.scenario, T::TransitGateway)
                && o.leaf != "if-home"
                && matches!(
                    o.recommendation,
                    K::Interface | K::Resource | K::ServiceNetwork | K::NatGateway
                )
        },
        text: "Not in the bills above: the Transit Gateway's per-GB processing of the traffic between the attached VPCs and this VPC (charged on the attachment that sends it in: requests from theirs, responses from this VPC's), and the attachments' hours where they are not already paid.",
        url: TGW_PRICE,
        claims: &[],
    },
    Note {
        id: "appliance-mode",
        applies: "inspection behind a transit gateway",
        when: |c, o| o.recommendation == K::GatewayLoadBalancer && from(c.scenario, T::TransitGateway),
        text: "Turn on appliance mode on the inspection VPC's transit gateway attachment, so both directions of a flow reach the same appliance.",
        url: TGW_APPLIANCE,
        claims: &[],
    },
    Note {
        id: "xr-dns",
        applies: "clients in other Regions of a gateway + interface design",
        when: |c, o| o.recommendation == K::GatewayAndInterface && from(c.scenario, T::OtherRegion),
        text: "Clients in other Regions resolve the service's default names to public IPs: give them the interface endpoint's own DNS names, or an interface endpoint in their Region if the service is on the cross-Region list.",
        url: PL_XR_SVC,
        claims: &[],
    },
    Note {
        id: "onprem-public",
        applies: "on-premises clients of an AWS service where the public path is allowed",
        // Your own or a partner's endpoint service has no public endpoint of AWS's to fall back on.
        when: |c, o| {
            from(c.scenario, T::OnPremises)
                && c.scenario.allow_internet_path
                && has_public_endpoint(c.scenario.service)
                && matches!(o.recommendation, K::Interface | K::GatewayAndInterface)
        },
        text: "On premises, the public path is the service's public endpoint over the internet or a Direct Connect public virtual interface: no endpoint charges, but public IPs and data transfer out charges.",
        url: DX_VIF,
        claims: &[],
    },
    Note {
        id: "xr-list",
        applies: "AWS services in another Region, none named",
        when: |c, _| {
            c.scenario.service == S::AwsService
                && c.scenario.is_cross_region()
                && c.scenario.aws_services.is_empty()
        },
        text: "Name the services: only those on AWS's cross-Region list are reached from this Region.",
        url: PL_XR_SVC,
        claims: &[],
    },
    Note {
        id: "xr-transfer",
        applies: "service in another Region, on a path whose bill prices the transfer",
        // GWLB endpoint services stay in their Region (gwlb-xr) and a service-network bill has
        // no per-GB line: neither bill includes inter-Region transfer, so the note would mislead.
        when: |c, o| {
            c.scenario.is_cross_region()
                && !matches!(o.leaf, "if-xr" | "s3x-xr")
                && !matches!(o.recommendation, K::GatewayLoadBalancer | K::ServiceNetwork)
        },
        text: "Inter-Region data transfer applies on any path; the interface and NAT bills above include it.",
        url: DT_BLOG,
        claims: &[],
    },
    Note {
        id: "gwlb-peered",
        applies: "inspection for clients in a peered VPC",
        when: |c, _| c.scenario.service == S::TrafficInspection && from(c.scenario, T::PeeredVpc),
        text: "Traffic arriving over a peering connection cannot be routed into this VPC's GWLB endpoints (only an internet or virtual private gateway's route table can send ingress to them): give the peered VPCs GWLB endpoints of their own, or inspect behind a Transit Gateway.",
        url: VPC_GATEWAY_ROUTES,
        claims: &[],
    },
    Note {
        id: "gwlb-xr",
        applies: "inspection appliances in another Region",
        when: |c, _| c.scenario.is_cross_region() && c.scenario.service == S::TrafficInspection,
        text: "A GWLB endpoint service is available only in the Region where it was created: run the inspection appliances, or their endpoint service, in the clients' Region.",
        url: PL_GWLB_SERVICE,
        claims: &[],
    },
    Note {
        id: "xr-unverified",
        applies: "resource or service network across Regions",
        when: |c, _| {
            c.scenario.is_cross_region()
                && matches!(c.scenario.service, S::Resource | S::ServiceNetwork)
        },
        text: "Unverified here: cross-Region reach for this endpoint type. Cross-Region PrivateLink covers interface endpoints.",
        url: XR_BLOG,
        claims: &[],
    },
    Note {
        id: "ipv6-gw",
        applies: "IPv6-only clients of an S3 gateway endpoint",
        when: |c, o| ip(c) == IpAddressType::Ipv6 && s3_gateway(c, o),
        text: "IPv6-only clients: create the gateway endpoint with the IPv6 IP address type, which routes S3's IPv6 prefix list, and use S3's dualstack names; an IPv4 gateway endpoint carries no AAAA traffic.",
        url: PL_GW,
        claims: &[],
    },
    Note {
        id: "ipv6-gw-news",
        applies: "IPv6 or dual-stack clients of an S3 gateway endpoint",
        when: |c, o| ip(c) != IpAddressType::Ipv4 && s3_gateway(c, o),
        text: "S3 gateway and interface endpoints take IPv6 since November 2025.",
        url: S3_IPV6_NEWS,
        claims: &[],
    },
    Note {
        id: "dualstack-gw",
        applies: "dual-stack clients of a gateway endpoint",
        when: |c, o| {
            ip(c) == IpAddressType::Dualstack
                && matches!(o.recommendation, K::Gateway | K::GatewayAndInterface)
        },
        text: "Dual-stack clients: give the gateway endpoint the dual-stack IP address type, or requests to the dualstack names (AAAA records) bypass it: dropped, or out through an internet gateway if the VPC has one.",
        url: S3_PL,
        claims: &[],
    },
    Note {
        id: "ipv6-gw-ddb",
        applies: "IPv6-only clients of a DynamoDB gateway endpoint",
        when: |c, o| {
            ip(c) == IpAddressType::Ipv6
                && c.scenario.service == S::DynamoDb
                && matches!(o.recommendation, K::Gateway | K::GatewayAndInterface)
        },
        text: "Unverified here: IPv6-only clients through a DynamoDB gateway endpoint. AWS describes IPv6 prefix lists for gateway endpoints in general, but for DynamoDB documents only that its DNS record IP type stays service-defined.",
        url: PL_GW,
        claims: &[],
    },
    Note {
        id: "ipv6-if",
        applies: "IPv6-only clients of an interface endpoint",
        when: |c, o| ip(c) == IpAddressType::Ipv6 && o.has_interface(),
        text: "IPv6-only clients: give the interface endpoint the IPv6 IP address type (IPv6-only subnets); AWS allows it only where the service accepts IPv6 requests, so check the service's PrivateLink page.",
        url: PL_CREATE_IF,
        claims: &[],
    },
    Note {
        id: "ipv6-res",
        applies: "IPv6-only clients of a resource endpoint",
        when: |c, o| ip(c) == IpAddressType::Ipv6 && o.recommendation == K::Resource,
        text: "IPv6-only clients: resource endpoints take the IPv6 IP address type in IPv6-only subnets and answer DNS queries with AAAA records.",
        url: PL_RES,
        claims: &[],
    },
    Note {
        id: "ipv6-sn",
        applies: "IPv6-only clients of a service-network endpoint",
        when: |c, o| ip(c) == IpAddressType::Ipv6 && o.recommendation == K::ServiceNetwork,
        text: "IPv6-only clients: service-network endpoints take the IPv6 IP address type in IPv6-only subnets (a /80 per AZ).",
        url: PL_SN_ACCESS,
        claims: &[],
    },
    Note {
        id: "ipv6-gwlb",
        applies: "IPv6 or dual-stack traffic through GWLB endpoints",
        when: |c, o| ip(c) != IpAddressType::Ipv4 && o.recommendation == K::GatewayLoadBalancer,
        text: "GWLB endpoints take IPv6 and dual-stack addresses, but IPv6 traffic of a GWLB behind an egress-only internet gateway is dropped: use an internet gateway with inbound firewall rules.",
        url: PL_GWLBE,
        claims: &[],
    },
    Note {
        id: "ipv6-nat",
        applies: "IPv6-only clients on the NAT path",
        when: |c, o| ip(c) == IpAddressType::Ipv6 && o.recommendation == K::NatGateway,
        text: "IPv6-only clients: the NAT gateway reaches the service's IPv4 endpoint by NAT64 once DNS64 is on in their subnets and 64:ff9b::/96 routes to it.",
        url: NAT64,
        claims: &[],
    },
    Note {
        id: "ipv6-eigw",
        applies: "IPv6 or dual-stack clients on the NAT path",
        when: |c, o| ip(c) != IpAddressType::Ipv4 && o.recommendation == K::NatGateway,
        text: "To a dual-stack public endpoint, IPv6 traffic can go out through an egress-only internet gateway instead: no hourly or per-GB gateway charge (data transfer still applies), so it costs less than the NAT gateway priced here; it allows outbound IPv6 and blocks connections from the internet.",
        url: EIGW,
        claims: &[],
    },
    Note {
        id: "quota",
        applies: "more than 50 interface endpoints",
        when: |c, o| o.has_interface() && c.scenario.endpoint_count > 50,
        text: "Over 50 interface endpoints in one VPC passes the default quota (adjustable).",
        url: PL_QUOTAS,
        claims: &[],
    },
];

/// The clients' IP address type (`ipAddressType`).
fn ip(c: &super::Ctx) -> IpAddressType {
    c.scenario.ip_address_type
}

/// S3 (or S3 Express, or ECR's image layers) through a gateway endpoint.
fn s3_gateway(c: &super::Ctx, o: &super::Outcome) -> bool {
    (matches!(c.scenario.service, S::S3 | S::S3Express)
        && matches!(o.recommendation, K::Gateway | K::GatewayAndInterface))
        || o.leaf == "ecr-gwif"
}

/// Endpoints whose traffic to remote clients leaves AWS or the Region.
fn private_endpoint(o: &super::Outcome) -> bool {
    matches!(
        o.recommendation,
        K::Interface | K::GatewayAndInterface | K::Resource | K::ServiceNetwork
    )
}

/// Leaves where a gateway endpoint was ruled out because clients are on premises or in other
/// Regions: the reach reasons say why, one per location the scenario has.
fn gateway_ruled_out_for_remote(o: &super::Outcome) -> bool {
    matches!(o.leaf, "s3-if-remote" | "ddb-if-remote" | "s3x-remote")
}
