//! The decision tree's data: every question, answer, leaf and note, with sources.
//!
//! Reading order follows the questions a networking specialist asks: what the traffic goes to;
//! whether it is in this Region; whether security groups or private IPs are required; where the
//! clients are; whether the public path is allowed and cheaper. Answers of a node are tested in
//! order and are written to be exclusive and exhaustive (the tests enumerate scenarios to check).

use super::{monthly, Answer, Body, Leaf, Node, Note, Set, StaticReason, Value};
use crate::approach::Approach as K;
use crate::facts::{cross_region_enabled, from, has_region_vpcs, has_remote, nat_reachable};
use crate::references::*;
use crate::scenario::{ClientLocation as T, Service as S};

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
    StaticReason { text, url }
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
const GW_NO_VPN: StaticReason = r(
    "Gateway endpoints can't be used over Direct Connect or VPN.",
    DDB_BLOG,
);
const IF_ENI: StaticReason = r(
    "An interface endpoint puts network interfaces with private IPs in your subnets, guarded by security groups.",
    PL_AWS,
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
            r("Gateway endpoints use S3's public IPs and take no security groups.", S3_PL),
            IF_ENI,
            r("With private DNS, S3's default names resolve to the endpoint's private IPs.", S3_DNS_BLOG),
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
            r("Enable private DNS only for the inbound resolver: in-VPC requests take the gateway, on-premises ones the interface.", EC2_DNS),
        ],
        None,
    ),
    leaf(
        "s3-if-remote",
        K::Interface,
        "Interface endpoint: every client is outside this Region's VPCs, where gateway endpoints can't reach.",
        &[
            r("Interface endpoints take requests from on premises and from other Regions over peering or TGW.", S3_PL),
            GW_NO_VPN,
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
            GW_NO_VPN,
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
            r("Gateway endpoints take no security groups and use public IPs.", PL_GW),
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
            GW_NO_VPN,
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
        "Is the NAT path cheaper than an interface endpoint at this volume?",
        &[
            Answer { label: "Yes", when: nat_cheaper, next: "nat", set: None },
            Answer { label: "No", when: |c| !nat_cheaper(c), next: "pub-where", set: None },
        ],
    ),
    q(
        "pub-where",
        "Where is the service?",
        &[
            Answer { label: "In this Region", when: |c| !c.scenario.is_cross_region(), next: "if", set: set(SR, Value::Null) },
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
            r("Above the break-even volume an interface endpoint costs less: revisit as traffic grows.", PL_PRICE),
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
            r("Interface endpoints take requests from other Regions over VPC peering.", DDB_PL),
            r("Private DNS answers only in the endpoint's VPC: use the endpoint's own names or a private hosted zone.", WP_CENTRAL),
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
            r("An endpoint takes a free /28 per AZ; an association takes no VPC addresses.", PL_SN),
        ],
        None,
    ),
    leaf(
        "sn",
        K::ServiceNetwork,
        "Service-network endpoint: only an endpoint carries traffic from peering, TGW, VPN or Direct Connect.",
        &[
            r("Traffic over peering, a transit gateway, Direct Connect or VPN reaches a service network only through an endpoint.", LATTICE_HOW),
            r("The endpoint takes a free /28 per AZ.", PL_SN),
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
            r("Billed per endpoint per AZ-hour and per GB processed.", PL_GWLB),
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

fn uses_ecr(s: &crate::scenario::Scenario) -> bool {
    s.service == S::AwsService && s.aws_services.iter().any(|n| n.starts_with("ecr."))
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
    match (monthly(c, K::NatGateway), monthly(c, K::Interface)) {
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
    },
    Note {
        id: "ddb-gw-cost",
        applies: "DynamoDB through a gateway endpoint",
        when: |c, o| c.scenario.service == S::DynamoDb && o.recommendation == K::Gateway,
        text: "AWS: gateway endpoints give low-cost private access to DynamoDB for in-VPC traffic.",
        url: DDB_BLOG,
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
    },
    Note {
        id: "nat-have",
        applies: "the NAT path where NAT gateways exist",
        when: |c, o| c.scenario.has_nat_gateway && o.recommendation == K::NatGateway,
        text: "Your NAT gateways already run: this traffic adds only their per-GB charge.",
        url: VPC_PRICE,
    },
    Note {
        id: "cost",
        applies: "the NAT path was weighed against an interface endpoint",
        when: |c, o| {
            o.visited("pub-cost")
                && monthly(c, K::NatGateway).is_some()
                && monthly(c, K::Interface).is_some()
        },
        text: "At this volume: NAT path {nat} a month, interface endpoint {if}.",
        url: PL_PRICE,
    },
    Note {
        id: "no-prices",
        applies: "the NAT path could not be priced",
        when: |c, o| {
            o.visited("pub-cost")
                && (monthly(c, K::NatGateway).is_none() || monthly(c, K::Interface).is_none())
        },
        text: "No prices to compare, so the private path is kept.",
        url: PL_PRICE,
    },
    Note {
        id: "bw-cap",
        applies: "peak above azCount × 100 Gbps on an interface endpoint",
        when: |c, o| o.has_interface() && peak_over(c, 100),
        text: "Peak above {cap} Gbps: past the endpoint's 100 Gbps per AZ. Contact AWS Support or split the load.",
        url: PL_QUOTAS,
    },
    Note {
        id: "bw-scale",
        applies: "peak above 10 Gbps per AZ on an interface endpoint",
        when: |c, o| o.has_interface() && peak_over(c, 10) && !peak_over(c, 100),
        text: "Above 10 Gbps per AZ the endpoint scales automatically, up to 100 Gbps per AZ.",
        url: PL_QUOTAS,
    },
    Note {
        id: "bw-gw",
        applies: "high peak on a gateway endpoint",
        when: |c, o| o.recommendation == K::Gateway && peak_over(c, 10),
        text: "AWS's quotas list no bandwidth limit for gateway endpoints; interface endpoints stop at 100 Gbps per AZ.",
        url: PL_QUOTAS,
    },
    Note {
        id: "onprem-dns",
        applies: "on-premises clients of an endpoint with DNS names",
        when: |c, o| {
            from(c.scenario, T::OnPremises)
                && matches!(
                    o.recommendation,
                    K::Interface | K::GatewayAndInterface | K::ServiceNetwork | K::Resource
                )
        },
        text: "On premises, use the endpoint's own DNS names (public DNS, answering with its private IPs), or resolve the service's default names through a Route 53 Resolver inbound endpoint.",
        url: R53_INBOUND,
    },
    Note {
        id: "spoke-dns",
        applies: "an interface endpoint used from other VPCs",
        when: |c, o| {
            o.recommendation == K::Interface
                && o.leaf != "if-home"
                && (from(c.scenario, T::PeeredVpc)
                    || from(c.scenario, T::TransitGateway)
                    || from(c.scenario, T::OtherRegion))
        },
        text: "Private DNS answers only in the endpoint's VPC: other VPCs need a private hosted zone.",
        url: WP_CENTRAL,
    },
    Note {
        id: "streams",
        applies: "DynamoDB Streams",
        when: |c, _| c.scenario.service == S::DynamoDbStreams,
        text: "DynamoDB Streams has interface endpoints only; AWS lists private and hybrid DNS as unsupported for them.",
        url: DDB_STREAMS,
    },
    Note {
        id: "ecr-s3",
        applies: "Amazon ECR endpoints, clients in VPCs of the registry's Region",
        when: |c, _| {
            uses_ecr(c.scenario)
                && !c.scenario.is_cross_region()
                && has_region_vpcs(c.scenario)
        },
        text: "ECR image layers are stored in S3: give the VPCs that pull images an S3 gateway endpoint too.",
        url: ECR_VPCE,
    },
    Note {
        id: "ecr-s3-remote",
        applies: "Amazon ECR endpoints, clients on premises or in another Region, or the registry elsewhere",
        when: |c, _| {
            uses_ecr(c.scenario) && (c.scenario.is_cross_region() || has_remote(c.scenario))
        },
        text: "ECR image layers come from S3 in the registry's Region: clients on premises or in other Regions need an S3 interface endpoint for them, as a gateway endpoint serves only its own VPC and Region.",
        url: ECR_VPCE,
    },
    Note {
        id: "ddb-if-dns",
        applies: "DynamoDB through an interface endpoint",
        when: |c, o| {
            c.scenario.service == S::DynamoDb
                && matches!(o.recommendation, K::Interface | K::GatewayAndInterface)
        },
        text: "Point the clients that use the DynamoDB interface endpoint at its endpoint-specific DNS name (an SDK endpoint override); private DNS for DynamoDB's default name is unverified here.",
        url: DDB_PL,
    },
    Note {
        id: "gw-setup",
        applies: "a gateway endpoint",
        when: |_, o| matches!(o.recommendation, K::Gateway | K::GatewayAndInterface),
        text: "Associate the gateway endpoint with every route table of the clients' subnets, allow the service's prefix list where security groups limit egress, and control access with the endpoint policy and aws:SourceVpce in bucket or table policies.",
        url: PL_GW,
    },
    Note {
        id: "remote-transfer",
        applies: "clients on premises or in other Regions",
        when: |c, o| {
            has_remote(c.scenario)
                && matches!(o.recommendation, K::Interface | K::GatewayAndInterface | K::Resource | K::ServiceNetwork)
        },
        text: "Not in the bills above: data transfer to clients on premises (Direct Connect or VPN) or in other Regions (inter-Region), billed as for any traffic leaving AWS or the Region.",
        url: DT_BLOG,
    },
    Note {
        id: "res-reach",
        applies: "a resource endpoint used from outside its VPC",
        when: |c, o| {
            o.recommendation == K::Resource
                && (c.scenario.traffic_from.iter().any(|t| *t != T::SameVpc))
        },
        text: "Unverified here: reaching a resource endpoint from peered VPCs, a transit gateway or on premises; AWS documents it for clients in the endpoint's VPC.",
        url: PL_RES,
    },
    Note {
        id: "appliance-mode",
        applies: "inspection behind a transit gateway",
        when: |c, o| o.recommendation == K::GatewayLoadBalancer && from(c.scenario, T::TransitGateway),
        text: "Turn on appliance mode on the inspection VPC's transit gateway attachment, so both directions of a flow reach the same appliance.",
        url: TGW_APPLIANCE,
    },
    Note {
        id: "xr-dns",
        applies: "clients in other Regions of a gateway + interface design",
        when: |c, o| o.recommendation == K::GatewayAndInterface && from(c.scenario, T::OtherRegion),
        text: "Clients in other Regions resolve the service's default names to public IPs: give them the interface endpoint's own DNS names, or an interface endpoint in their Region if the service is on the cross-Region list.",
        url: PL_XR_SVC,
    },
    Note {
        id: "onprem-public",
        applies: "on-premises clients where the public path is allowed",
        when: |c, o| {
            from(c.scenario, T::OnPremises)
                && c.scenario.allow_internet_path
                && matches!(o.recommendation, K::Interface | K::GatewayAndInterface)
        },
        text: "On premises, the public path is the service's public endpoint over the internet or a Direct Connect public virtual interface: no endpoint charges, but public IPs and data transfer out charges.",
        url: DX_VIF,
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
    },
    Note {
        id: "xr-transfer",
        applies: "service in another Region",
        when: |c, o| c.scenario.is_cross_region() && !matches!(o.leaf, "if-xr" | "s3x-xr"),
        text: "Inter-Region data transfer applies on any path; the interface and NAT bills above include it.",
        url: DT_BLOG,
    },
    Note {
        id: "xr-unverified",
        applies: "resource, service network or inspection across Regions",
        when: |c, _| {
            c.scenario.is_cross_region()
                && matches!(
                    c.scenario.service,
                    S::Resource | S::ServiceNetwork | S::TrafficInspection
                )
        },
        text: "Unverified here: cross-Region reach for this endpoint type. Cross-Region PrivateLink covers interface endpoints.",
        url: XR_BLOG,
    },
    Note {
        id: "quota",
        applies: "more than 50 interface endpoints",
        when: |c, o| o.has_interface() && c.scenario.endpoint_count > 50,
        text: "Over 50 interface endpoints in one VPC passes the default quota (adjustable).",
        url: PL_QUOTAS,
    },
];
