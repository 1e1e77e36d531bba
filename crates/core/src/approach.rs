//! The ways a VPC can reach a service, as one enum shared by the decision tree (what to
//! recommend) and the cost model (what each would cost).

use serde::Serialize;

/// An approach's total a month in USD, as the cost model priced it: what the decision tree's
/// cost questions weigh.
pub type MonthlyCost = (Approach, f64);

/// A way to connect (an approach). The serialised names are public API (`Advice.recommendation`,
/// `Advice.options[].kind`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Approach {
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

impl Approach {
    pub const ALL: [Approach; 7] = [
        Approach::Gateway,
        Approach::Interface,
        Approach::GatewayAndInterface,
        Approach::GatewayLoadBalancer,
        Approach::Resource,
        Approach::ServiceNetwork,
        Approach::NatGateway,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Approach::Gateway => "gateway",
            Approach::Interface => "interface",
            Approach::GatewayAndInterface => "gateway+interface",
            Approach::GatewayLoadBalancer => "gateway-load-balancer",
            Approach::Resource => "resource",
            Approach::ServiceNetwork => "service-network",
            Approach::NatGateway => "nat-gateway",
        }
    }

    /// The name a person reads.
    pub fn title(self) -> &'static str {
        match self {
            Approach::Gateway => "Gateway endpoint",
            Approach::Interface => "Interface endpoint (PrivateLink)",
            Approach::GatewayAndInterface => "Gateway + interface endpoints",
            Approach::GatewayLoadBalancer => "Gateway Load Balancer endpoint",
            Approach::Resource => "Resource endpoint",
            Approach::ServiceNetwork => "Service-network endpoint",
            Approach::NatGateway => "NAT gateway (public path)",
        }
    }
}
