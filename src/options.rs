//! The ways a VPC can reach a service, as one enum shared by the decision tree (what to
//! recommend) and the cost model (what each would cost).

use serde::Serialize;

/// A connectivity option. The serialised names are public API (`Advice.recommendation`,
/// `Advice.options[].kind`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum OptionKind {
    #[serde(rename = "gateway")]
    Gateway,
    #[serde(rename = "interface")]
    Interface,
    #[serde(rename = "gateway+interface")]
    GatewayAndInterface,
    #[serde(rename = "gateway-load-balancer")]
    GatewayLoadBalancer,
    #[serde(rename = "resource")]
    Resource,
    #[serde(rename = "service-network")]
    ServiceNetwork,
    #[serde(rename = "nat-gateway")]
    NatGateway,
}

impl OptionKind {
    pub const ALL: [OptionKind; 7] = [
        OptionKind::Gateway,
        OptionKind::Interface,
        OptionKind::GatewayAndInterface,
        OptionKind::GatewayLoadBalancer,
        OptionKind::Resource,
        OptionKind::ServiceNetwork,
        OptionKind::NatGateway,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            OptionKind::Gateway => "gateway",
            OptionKind::Interface => "interface",
            OptionKind::GatewayAndInterface => "gateway+interface",
            OptionKind::GatewayLoadBalancer => "gateway-load-balancer",
            OptionKind::Resource => "resource",
            OptionKind::ServiceNetwork => "service-network",
            OptionKind::NatGateway => "nat-gateway",
        }
    }

    /// The name a person reads.
    pub fn title(self) -> &'static str {
        match self {
            OptionKind::Gateway => "Gateway endpoint",
            OptionKind::Interface => "Interface endpoint (PrivateLink)",
            OptionKind::GatewayAndInterface => "Gateway + interface endpoints",
            OptionKind::GatewayLoadBalancer => "Gateway Load Balancer endpoint",
            OptionKind::Resource => "Resource endpoint",
            OptionKind::ServiceNetwork => "Service-network endpoint",
            OptionKind::NatGateway => "NAT gateway (public path)",
        }
    }
}
