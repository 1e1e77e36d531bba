//! The feature comparison matrix of the endpoint types and the NAT gateway baseline, every
//! cell with the AWS page it rests on.
//!
//! Cells the project's research could not confirm in an AWS page are marked `unverified`
//! (the page shows them so), never stated as fact.

use crate::approach::Approach;
use crate::references::*;
use serde::Serialize;

/// The matrix (`comparison()` in JS).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Comparison {
    /// The columns, in order (serialised as `options`, the public name).
    #[serde(rename = "options")]
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Column {
    pub kind: Approach,
    pub title: &'static str,
}

/// One feature across the columns. `values` maps each approach (`"gateway"`…) to its cell;
/// `url` (serialised as `source`) is the row's main AWS page, each cell has its own.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Row {
    pub feature: &'static str,
    pub values: Cells,
    #[serde(rename = "source")]
    pub url: &'static str,
}

/// The cells of a row, one field per column (serialised under the approach's name).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Cells {
    #[serde(rename = "gateway")]
    pub gateway: Cell,
    #[serde(rename = "interface")]
    pub interface: Cell,
    #[serde(rename = "gateway-load-balancer")]
    pub gateway_load_balancer: Cell,
    #[serde(rename = "resource")]
    pub resource: Cell,
    #[serde(rename = "service-network")]
    pub service_network: Cell,
    #[serde(rename = "nat-gateway")]
    pub nat_gateway: Cell,
}

impl Cells {
    pub fn get(&self, kind: Approach) -> Option<&Cell> {
        match kind {
            Approach::Gateway => Some(&self.gateway),
            Approach::Interface => Some(&self.interface),
            Approach::GatewayLoadBalancer => Some(&self.gateway_load_balancer),
            Approach::Resource => Some(&self.resource),
            Approach::ServiceNetwork => Some(&self.service_network),
            Approach::NatGateway => Some(&self.nat_gateway),
            Approach::GatewayAndInterface => None,
        }
    }

    pub fn all(&self) -> [&Cell; 6] {
        [
            &self.gateway,
            &self.interface,
            &self.gateway_load_balancer,
            &self.resource,
            &self.service_network,
            &self.nat_gateway,
        ]
    }
}

/// One cell: the text, the AWS page it rests on, and whether that page confirmed it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Cell {
    pub text: &'static str,
    #[serde(rename = "source")]
    pub url: &'static str,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub unverified: bool,
}

const fn c(text: &'static str, url: &'static str) -> Cell {
    Cell {
        text,
        url,
        unverified: false,
    }
}

/// A cell the research could not confirm in an AWS page; its text says "unverified" too.
const fn u(text: &'static str, url: &'static str) -> Cell {
    Cell {
        text,
        url,
        unverified: true,
    }
}

/// The columns: every endpoint type, then the NAT gateway as the non-endpoint baseline.
pub const COLUMNS: [Approach; 6] = [
    Approach::Gateway,
    Approach::Interface,
    Approach::GatewayLoadBalancer,
    Approach::Resource,
    Approach::ServiceNetwork,
    Approach::NatGateway,
];

const fn row(
    feature: &'static str,
    url: &'static str,
    cells: [Cell; 6],
) -> (&'static str, &'static str, [Cell; 6]) {
    (feature, url, cells)
}

type RowData = (&'static str, &'static str, [Cell; 6]);

static ROWS: &[RowData] = &[
    row(
        "Services",
        PL_GW,
        [
            c("S3 (and S3 Express One Zone), DynamoDB", PL_GW),
            c("Most AWS services; your own and partner endpoint services", PL_SVC_LIST),
            c("Appliances behind a Gateway Load Balancer", PL_GWLB),
            c("A resource configuration: database, instance, domain name or IP", PL_RES),
            c("Services and resources in a VPC Lattice service network", PL_SN),
            c("Any public endpoint", NAT_GW),
        ],
    ),
    row(
        "S3 Express One Zone",
        S3X_NET,
        [
            c("Yes (s3express), recommended by AWS", S3X_TUT),
            u("Unverified: AWS does not document interface endpoints for directory buckets; its networking pages describe gateway endpoints only", S3X_NET),
            c("No", PL_GWLB),
            c("No", PL_RES),
            c("No", PL_SN),
            c("Works; the gateway endpoint avoids it", S3X_TUT),
        ],
    ),
    row(
        "Cost model",
        PL_PRICE,
        [
            c("Free", PL_GW),
            c("Per endpoint per AZ-hour + per GB, tiered per Region", PL_PRICE),
            c("Per endpoint-hour (one endpoint per AZ) + per GB", PL_GWLBE),
            c("Per endpoint-hour + per GB; resource gateway per GB", PL_RES),
            c("No hourly charge for the endpoint; per GB processed, and hourly per resource configuration in the network", PL_SN_ACCESS),
            c("Per gateway-hour + per GB processed, plus its public IPv4", VPC_PRICE),
        ],
    ),
    row(
        "From on premises (VPN, Direct Connect)",
        S3_PL,
        [
            c("No", DDB_BLOG),
            c("Yes", S3_PL),
            c("Yes, as a route target: a virtual private gateway's route table can send traffic to it", VPC_GATEWAY_ROUTES),
            c("Yes: its public DNS names answer with private IPs, over VPN or Direct Connect", PL_RES),
            c("Yes, through the endpoint (not an association)", LATTICE_HOW),
            c("No: on-premises clients use their own egress", NAT_GW),
        ],
    ),
    row(
        "From a peered VPC",
        S3_PL,
        [
            c("No: each VPC needs its own", S3_DNS_BLOG),
            c("Yes", S3_PL),
            u("Unverified: AWS does not document it; gateway route tables take only internet and virtual private gateways", VPC_GATEWAY_ROUTES),
            u("Unverified: AWS documents clients in the endpoint's VPC and on premises, not peered VPCs", PL_RES),
            c("Yes, through the endpoint", LATTICE_HOW),
            c("No: no edge-to-edge routing over peering", PEERING),
        ],
    ),
    row(
        "Through Transit Gateway",
        WP_CENTRAL,
        [
            c("No: free, so one per VPC", WP_CENTRAL),
            c("Yes: centralised endpoints with your own private hosted zone", WP_CENTRAL),
            c("Yes: a central inspection VPC behind the transit gateway, appliance mode on its attachment", PG_INSPECTION),
            u("Unverified: AWS documents clients in the endpoint's VPC and on premises, not through a transit gateway", PL_RES),
            c("Yes, through the endpoint", LATTICE_HOW),
            c("Yes: centralised egress", WP_EGRESS),
        ],
    ),
    row(
        "Service in another Region",
        PL_XR_SVC,
        [
            c("No: same Region only", S3_PL),
            c("Yes for endpoint services that enable it (since 2024-11) and listed AWS services: S3 yes, DynamoDB no", PL_XR_SVC),
            c("No: a GWLB endpoint service is available in the Region where it was created", PL_GWLB_SERVICE),
            u("Unverified: AWS documents cross-Region access for endpoint services, not for resource configurations", PL_SHARE),
            u("Unverified: AWS documents cross-Region access for endpoint services, not for service networks", PL_SHARE),
            c("Yes, by the public endpoint; inter-Region transfer billed", DT_BLOG),
        ],
    ),
    row(
        "DNS",
        WP_CENTRAL,
        [
            c("None: public names, prefix-list routes steer them", PL_GW),
            c("Endpoint names; optional private DNS, only in its own VPC. S3: private DNS for the inbound resolver only, beside a gateway endpoint. DynamoDB: no private DNS", EC2_DNS),
            c("None: a route-table target", PL_GWLB),
            c("Public names that answer with private IPs; private DNS for some ARN resources", PL_RES),
            c("Public names per service and resource that answer with private IPs; private DNS only for RDS resources", PL_SN_ACCESS),
            c("Public DNS", NAT_GW),
        ],
    ),
    row(
        "Security groups",
        PL_AWS,
        [
            c("No: endpoint policy only; clients' groups can allow the prefix list", PL_GW),
            c("Yes", PL_AWS),
            c("No: supported only for interface endpoints", CFN_VPCE),
            c("Yes", PL_RES_MANAGE),
            c("Yes", LATTICE_ACCESS),
            c("No: none on the NAT gateway, only on the instances", NAT_GW),
        ],
    ),
    row(
        "Endpoint policies",
        PL_POLICIES,
        [
            c("Yes", PL_GW),
            c("Yes, for the AWS services that support them; to your own or partner endpoint services, full access (no policy)", PL_POLICIES),
            c("No: endpoints to services other than AWS services allow full access", PL_POLICIES),
            u("Unverified: AWS does not document endpoint policies for resource endpoints; its policy page covers interface and gateway endpoints", PL_POLICIES),
            c("Lattice auth policies", LATTICE_ACCESS),
            c("No", NAT_GW),
        ],
    ),
    row(
        "IP address types",
        EC2_DNS,
        [
            c("IPv4, dual-stack, IPv6: the type picks the prefix lists routed (IPv6 for IPv6-only subnets); S3 since 2025-11", PL_GW),
            c("IPv4, dual-stack, IPv6 (IPv6 in IPv6-only subnets, where the service accepts IPv6)", PL_CREATE_IF),
            c("IPv4, dual-stack, IPv6", PL_GWLBE),
            c("IPv4, dual-stack, IPv6", PL_RES),
            c("IPv4, dual-stack, IPv6; IPv4 /28 per AZ, IPv6 /80", PL_SN_ACCESS),
            c("IPv4; IPv6-only clients reach IPv4 destinations by NAT64 with DNS64", NAT_BASICS),
        ],
    ),
    row(
        "Bandwidth",
        PL_QUOTAS,
        [
            c("No quota given", PL_QUOTAS),
            c("10 Gbps per AZ, scales to 100 Gbps per AZ; more via AWS Support", PL_QUOTAS),
            c("10 Gbps per AZ, scales automatically to 100 Gbps", PL_GWLBE),
            c("10 Gbps per AZ, scales to 100 Gbps: AWS states it for each VPC endpoint", PL_QUOTAS),
            c("10 Gbps per AZ, scales to 100 Gbps: AWS states it for each VPC endpoint", PL_QUOTAS),
            c("5 Gbps, scales automatically to 100 Gbps per gateway", NAT_GW),
        ],
    ),
    row(
        "Quotas",
        PL_QUOTAS,
        [
            c("20 per Region (adjustable), up to 255 per VPC", PL_QUOTAS),
            c("50 interface + GWLB per VPC (adjustable)", PL_QUOTAS),
            c("Shares the 50 per VPC with interface; one per AZ per service", PL_QUOTAS),
            c("200 per VPC (adjustable)", PL_QUOTAS),
            c("50 per VPC (adjustable)", PL_QUOTAS),
            c("5 per AZ (adjustable)", VPC_QUOTAS),
        ],
    ),
    row(
        "How traffic reaches it",
        PL_GW,
        [
            c("Prefix-list route in route tables", PL_GW),
            c("DNS to private IPs in your subnets", S3_PL),
            c("Route-table target", PL_GWLB),
            c("Private IPs in your subnets; no load balancer", PL_RES),
            c("Private IPs in your subnets", PL_SN),
            c("Default route to the NAT gateway", NAT_GW),
        ],
    ),
];

pub fn comparison() -> Comparison {
    let columns = COLUMNS
        .iter()
        .map(|&kind| Column {
            kind,
            title: kind.title(),
        })
        .collect();
    let rows = ROWS
        .iter()
        .map(|(feature, url, [g, i, l, r, s, n])| Row {
            feature,
            url,
            values: Cells {
                gateway: *g,
                interface: *i,
                gateway_load_balancer: *l,
                resource: *r,
                service_network: *s,
                nat_gateway: *n,
            },
        })
        .collect();
    Comparison { columns, rows }
}
