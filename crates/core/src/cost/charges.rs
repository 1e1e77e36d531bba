//! The billing model: which charges each option incurs for a scenario, as exact rates and
//! quantities with the catalogue price each one comes from.
//!
//! Charges are kept apart from the public `Line`s so that the chart and the break-even solver
//! can add them up for thousands of volumes without building a single label string.

use crate::approach::Approach;
use crate::catalog::{Catalog, Price, RegionPrices, Tier};
use crate::check::grouped;
use crate::money::{divide, line_cost, Cents, Quantity, Rate};
use crate::scenario::Scenario;

/// Bytes and GB in the price list are binary: 1 PB = 1,048,576 GB.
const GB_PER_PB: u64 = 1_048_576;

/// Catalogue source ids the informational (zero-dollar) lines cite, most specific first. A
/// catalogue without any of them leaves the line without a source rather than guessing one.
pub(crate) const GATEWAY_SOURCES: &[&str] = &["gateway-endpoints", "vpc-pricing"];
const GWLB_SOURCES: &[&str] = &["elb-pricing", "privatelink-pricing"];
const LATTICE_SOURCES: &[&str] = &["vpc-lattice-pricing", "privatelink-pricing"];

/// What a charge is for; turned into words only when a bill is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Label {
    /// Gateway endpoint, free; `share` is true when it carries only the part of the clients in
    /// VPCs of this Region.
    GatewayFree {
        share: bool,
    },
    EndpointHours {
        kind: Approach,
        endpoints: u32,
        azs: u32,
        hours: u32,
        /// The Region the endpoints are in, when not the scenario's own: an interface endpoint
        /// in the service's Region for a service PrivateLink does not reach across Regions.
        in_region: Option<&'static str>,
    },
    /// One tier of PrivateLink data processing, `[from, to)` GB; `remote` when only the traffic
    /// from on premises or other Regions goes through the endpoint.
    DataTier {
        from_gb: u64,
        to_gb: Option<u64>,
        remote: bool,
    },
    GwlbData,
    /// The S3 gateway endpoint carrying ECR image layers from the Region's VPCs, free.
    EcrLayers,
    /// The same beside the NAT path: the layers do not go through the NAT gateway.
    EcrLayersBesideNat,
    /// The S3 interface endpoint the ECR image layers need where a gateway endpoint cannot serve
    /// them (`facts::ecr_layers_need_s3_interface`), one per AZ.
    EcrLayersS3Interface {
        azs: u32,
        hours: u32,
    },
    GwlbNotIncluded,
    LatticeNotIncluded,
    /// The resource owner's resource gateway, billed per GB to the account sharing the resource.
    ResourceGatewayNotIncluded,
    NatHours {
        gateways: u32,
        hours: u32,
        sunk: bool,
    },
    NatIpv4 {
        gateways: u32,
        hours: u32,
        sunk: bool,
    },
    NatData,
    /// A regional NAT gateway: one per-AZ hour in each AZ with workloads.
    RegionalNatHours {
        azs: u32,
        hours: u32,
    },
    /// Its public IPv4 addresses, assumed one per AZ it is active in.
    RegionalNatIpv4 {
        azs: u32,
        hours: u32,
    },
    /// Traffic of the AZs without a NAT gateway, to a NAT gateway in another AZ and back.
    NatCrossAz {
        azs: u32,
        gateways: u32,
    },
    /// Data sent from the service's Region (`from`) to the clients' (`to`).
    InterRegion {
        from: &'static str,
        to: &'static str,
    },
}

/// One priced component of an option's monthly bill.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Charge {
    pub label: Label,
    pub quantity: Quantity,
    pub unit: &'static str,
    pub rate: Rate,
    /// False for free and already-paid items: shown with their rate, billed at $0.
    pub billed: bool,
    pub usage_based: bool,
    pub source_index: Option<usize>,
    pub verified: bool,
}

impl Charge {
    fn priced(label: Label, quantity: Quantity, unit: &'static str, price: Price) -> Charge {
        Charge {
            label,
            quantity,
            unit,
            rate: price.rate,
            billed: true,
            usage_based: unit == GB,
            source_index: Some(price.source_index),
            verified: price.verified,
        }
    }

    /// A zero-dollar line that says something the reader must know.
    fn note(
        label: Label,
        quantity: Quantity,
        unit: &'static str,
        source_index: Option<usize>,
    ) -> Charge {
        Charge {
            label,
            quantity,
            unit,
            rate: Rate(0),
            billed: false,
            usage_based: unit == GB,
            source_index,
            verified: source_index.is_some(),
        }
    }

    /// The line's amount, rounded half up to the cent once.
    pub fn cents(&self) -> Cents {
        if self.billed {
            line_cost(self.rate, self.quantity)
        } else {
            Cents::ZERO
        }
    }

    /// The exact, unrounded amount in 1e-15 dollars, for the break-even solver.
    pub fn femto(&self) -> i128 {
        if self.billed {
            i128::from(self.rate.0) * i128::from(self.quantity.0)
        } else {
            0
        }
    }
}

pub(crate) const GB: &str = "GB";
pub(crate) const HOURS: &str = "hours";
const NOTE: &str = "";

/// The two Regions a scenario's traffic involves.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Regions {
    pub here: &'static RegionPrices,
    pub service: &'static RegionPrices,
    pub cross_region: bool,
    /// Where an interface endpoint to the service lives: here, or — for a service in another
    /// Region that PrivateLink does not reach across Regions — in the service's own Region,
    /// reached over inter-Region peering or a Transit Gateway, and billed at that Region's rates.
    pub endpoint: &'static RegionPrices,
    /// The rate for data sent from the service's Region to this one: the pair's own rate where
    /// AWS prices the pair apart (us-east-1 ↔ us-east-2), else the service Region's rate
    /// (`Catalog::inter_region_out_gb`).
    pub inter_region: Price,
}

impl Regions {
    pub fn of(scenario: &Scenario, catalog: &Catalog) -> Option<Regions> {
        let here = catalog.region(&scenario.region)?;
        let service = catalog.region(&scenario.service_region)?;
        let cross_region = scenario.is_cross_region();
        let endpoint = if cross_region && !crate::facts::cross_region_enabled(scenario) {
            service
        } else {
            here
        };
        Some(Regions {
            here,
            service,
            cross_region,
            endpoint,
            inter_region: *catalog.inter_region_out_gb(service.code, here.code)?,
        })
    }
}

/// Appends the charges of `kind` for `gb` GB a month to `out`. Everything but the volume comes
/// from the scenario, so the chart can vary the volume alone.
pub(crate) fn charges(
    kind: Approach,
    scenario: &Scenario,
    regions: Regions,
    catalog: &Catalog,
    gb: Quantity,
    out: &mut Vec<Charge>,
) {
    let here = regions.here;
    let hours = scenario.hours_per_month;
    let endpoint_az_hours = Quantity::whole(
        u64::from(scenario.endpoint_count)
            .saturating_mul(u64::from(scenario.az_count))
            .saturating_mul(u64::from(hours)),
    );
    // Every endpoint type is billed per endpoint per AZ per hour, at the rate of the Region the
    // endpoints are in (`at`; the line names it when it is not the scenario's own).
    let endpoint_hours = |kind: Approach, at: &'static RegionPrices, rate| {
        let label = Label::EndpointHours {
            kind,
            endpoints: scenario.endpoint_count,
            azs: scenario.az_count,
            hours,
            in_region: (at.code != here.code).then_some(at.code),
        };
        Charge::priced(label, endpoint_az_hours, HOURS, rate)
    };
    // Interface endpoints to a service PrivateLink cannot reach from here live in its Region.
    let site = regions.endpoint;
    let inter_region = |volume: Quantity, out: &mut Vec<Charge>| inter_region(regions, volume, out);

    match kind {
        Approach::Gateway => {
            out.push(gateway_note(false, gb, catalog));
        }
        Approach::Interface => {
            out.push(endpoint_hours(kind, site, site.interface_endpoint_hour));
            ecr_layers_s3_interface(scenario, site, out);
            tiers(site.interface_data_tiers, gb, false, out);
            inter_region(gb, out);
        }
        Approach::GatewayAndInterface => {
            let remote = remote_share(scenario, gb);
            let mut gateway = gateway_note(true, gb.saturating_sub(remote), catalog);
            if crate::facts::uses_ecr(scenario) {
                gateway.label = Label::EcrLayers;
            }
            out.push(gateway);
            out.push(endpoint_hours(kind, site, site.interface_endpoint_hour));
            ecr_layers_s3_interface(scenario, site, out);
            tiers(site.interface_data_tiers, remote, true, out);
            inter_region(remote, out);
        }
        Approach::GatewayLoadBalancer => {
            out.push(endpoint_hours(kind, here, here.gwlb_endpoint_hour));
            out.push(Charge::priced(
                Label::GwlbData,
                gb,
                GB,
                here.gwlb_endpoint_gb,
            ));
            out.push(Charge::note(
                Label::GwlbNotIncluded,
                Quantity::ZERO,
                NOTE,
                source_of(catalog, GWLB_SOURCES),
            ));
        }
        Approach::Resource => {
            out.push(endpoint_hours(kind, here, here.resource_endpoint_hour));
            // Resource endpoints have their own Region-wide tiers, at the interface rates.
            tiers(here.interface_data_tiers, gb, false, out);
            inter_region(gb, out);
            // "When you enable access to your resources using resource configurations and
            // resource gateways, you are billed per GB data processed by your resource gateways"
            // (Access VPC resources through AWS PrivateLink): the owner's bill, not this one.
            out.push(Charge::note(
                Label::ResourceGatewayNotIncluded,
                Quantity::ZERO,
                NOTE,
                source_of(catalog, LATTICE_SOURCES),
            ));
        }
        Approach::ServiceNetwork => {
            out.push(endpoint_hours(
                kind,
                here,
                here.service_network_endpoint_hour,
            ));
            out.push(Charge::note(
                Label::LatticeNotIncluded,
                Quantity::ZERO,
                NOTE,
                source_of(catalog, LATTICE_SOURCES),
            ));
        }
        Approach::NatGateway => nat(scenario, here, catalog, gb, out, inter_region),
    }
}

/// A regional NAT gateway in place of the zonal ones: it "automatically expands across
/// Availability Zones based on your workload presence" (VPC user guide), so it is billed per AZ
/// it is active in (the catalogue's `regional_nat_gateway_az_hour`), holds (assumed) one public
/// IPv4 address per AZ, processes the same GB at the NAT per-GB rate, and sends no traffic across
/// AZs once it has expanded. It replaces the zonal gateways, so nothing of it is already paid.
pub(crate) fn regional_nat(
    scenario: &Scenario,
    regions: Regions,
    gb: Quantity,
    out: &mut Vec<Charge>,
) {
    let here = regions.here;
    let azs = scenario.az_count;
    let hours = scenario.hours_per_month;
    let az_hours = Quantity::whole(u64::from(azs).saturating_mul(u64::from(hours)));
    out.push(Charge::priced(
        Label::RegionalNatHours { azs, hours },
        az_hours,
        HOURS,
        here.regional_nat_gateway_az_hour,
    ));
    out.push(Charge::priced(
        Label::RegionalNatIpv4 { azs, hours },
        az_hours,
        HOURS,
        here.public_ipv4_hour,
    ));
    let layers = ecr_layers_beside_nat(scenario, gb);
    out.push(Charge::priced(
        Label::NatData,
        gb.saturating_sub(layers),
        GB,
        here.nat_gateway_gb,
    ));
    inter_region(regions, gb, out);
}

/// Inter-Region transfer of `volume`, from the service's Region to the clients', when the
/// service is in another Region.
fn inter_region(regions: Regions, volume: Quantity, out: &mut Vec<Charge>) {
    if regions.cross_region {
        out.push(Charge::priced(
            Label::InterRegion {
                from: regions.service.code,
                to: regions.here.code,
            },
            volume,
            GB,
            regions.inter_region,
        ));
    }
}

fn nat(
    scenario: &Scenario,
    here: &RegionPrices,
    catalog: &Catalog,
    gb: Quantity,
    out: &mut Vec<Charge>,
    inter_region: impl Fn(Quantity, &mut Vec<Charge>),
) {
    // A NAT path has at least one NAT gateway: `natGatewayCount` 0 is priced as 1 (documented
    // with the field), not as a path whose only charge is the per-GB processing.
    let gateways = scenario.nat_gateway_count.max(1);
    let hours = scenario.hours_per_month;
    let sunk = scenario.has_nat_gateway;
    let gateway_hours = Quantity::whole(u64::from(gateways).saturating_mul(u64::from(hours)));
    for (label, price) in [
        (
            Label::NatHours {
                gateways,
                hours,
                sunk,
            },
            here.nat_gateway_hour,
        ),
        (
            Label::NatIpv4 {
                gateways,
                hours,
                sunk,
            },
            here.public_ipv4_hour,
        ),
    ] {
        let mut charge = Charge::priced(label, gateway_hours, HOURS, price);
        // Already running for other egress: shown, but this choice adds nothing to it.
        charge.billed = !sunk;
        out.push(charge);
    }
    // ECR pulled in the Region's VPCs: the free S3 gateway endpoint takes the image layers off
    // the NAT gateway (AWS advises it with or without NAT), so only the rest is processed.
    let layers = ecr_layers_beside_nat(scenario, gb);
    if layers > Quantity::ZERO {
        let mut note = gateway_note(true, layers, catalog);
        note.label = Label::EcrLayersBesideNat;
        out.push(note);
    }
    let gb = gb.saturating_sub(layers);
    out.push(Charge::priced(Label::NatData, gb, GB, here.nat_gateway_gb));
    let azs = scenario.az_count;
    if gateways >= 1 && gateways < azs {
        // Traffic is spread evenly over the AZs; that of the AZs without a NAT gateway goes to
        // one in another AZ and comes back. Each GB crossing is billed out of one AZ and into
        // the other, hence × 2.
        let crossing = scale(gb, u64::from(azs - gateways), u64::from(azs));
        out.push(Charge::priced(
            Label::NatCrossAz { azs, gateways },
            Quantity(crossing.0.saturating_mul(2)),
            GB,
            here.cross_az_gb,
        ));
    }
    inter_region(gb, out);
}

/// PrivateLink data processing: one charge per tier the volume reaches (the first tier always,
/// so the rate is visible even at 0 GB).
fn tiers(tiers: &[Tier], gb: Quantity, remote: bool, out: &mut Vec<Charge>) {
    let mut from_gb = 0u64;
    for tier in tiers {
        let start = Quantity::whole(from_gb);
        if from_gb > 0 && gb <= start {
            break;
        }
        let in_tier = match tier.up_to_gb {
            Some(to) => gb.min(Quantity::whole(to)).saturating_sub(start),
            None => gb.saturating_sub(start),
        };
        out.push(Charge::priced(
            Label::DataTier {
                from_gb,
                to_gb: tier.up_to_gb,
                remote,
            },
            in_tier,
            GB,
            tier.price,
        ));
        match tier.up_to_gb {
            Some(to) => from_gb = to,
            None => break,
        }
    }
}

fn gateway_note(share: bool, gb: Quantity, catalog: &Catalog) -> Charge {
    Charge::note(
        Label::GatewayFree { share },
        gb,
        GB,
        source_of(catalog, GATEWAY_SOURCES),
    )
}

/// The hours of the S3 interface endpoint that ECR image layers need where a gateway endpoint
/// cannot serve them; the layers' bytes are already in the interface processing tiers.
fn ecr_layers_s3_interface(
    scenario: &Scenario,
    site: &'static RegionPrices,
    out: &mut Vec<Charge>,
) {
    if crate::facts::ecr_layers_need_s3_interface(scenario) {
        let (azs, hours) = (scenario.az_count, scenario.hours_per_month);
        out.push(Charge::priced(
            Label::EcrLayersS3Interface { azs, hours },
            Quantity::whole(u64::from(azs).saturating_mul(u64::from(hours))),
            HOURS,
            site.interface_endpoint_hour,
        ));
    }
}

/// The ECR image-layer bytes a free S3 gateway endpoint carries beside the NAT path: those of
/// the clients in the Region's VPCs (the rest, from on premises or other Regions, cannot use a
/// gateway endpoint). Zero for anything but ECR pulled in this Region.
pub(crate) fn ecr_layers_beside_nat(scenario: &Scenario, gb: Quantity) -> Quantity {
    if crate::facts::uses_ecr(scenario)
        && crate::facts::has_region_vpcs(scenario)
        && !scenario.is_cross_region()
    {
        gb.saturating_sub(remote_share(scenario, gb))
    } else {
        Quantity::ZERO
    }
}

/// The part of `gb` that a gateway+interface design sends through the interface endpoint:
/// that of the clients on premises or in other Regions. Every VPC of this Region with clients
/// (this one, peered, behind a Transit Gateway) has its own free gateway endpoint — the advice
/// says so ("each-vpc") — and for Amazon ECR its own S3 gateway endpoint for the image layers
/// (the ECR API calls themselves are small and not priced).
pub(crate) fn remote_share(scenario: &Scenario, gb: Quantity) -> Quantity {
    percent_of(
        gb,
        crate::facts::remote_percent(&scenario.traffic_from, scenario.remote_traffic_percent),
    )
}

/// `percent` (clamped to 0–100) of `q`: the remote share of a volume, for `advise` here and for
/// each destination of `plan`.
pub(crate) fn percent_of(q: Quantity, percent: f64) -> Quantity {
    // Percent in millionths of a percent: exact integer arithmetic from here on.
    let millionths = (percent.clamp(0.0, 100.0) * 1e6).round() as u64;
    scale(q, millionths, 100_000_000)
}

/// `q × num / den`, rounded half up to the millionth; monotone in `q`.
pub(crate) fn scale(q: Quantity, num: u64, den: u64) -> Quantity {
    if den == 0 {
        return Quantity::ZERO;
    }
    // money::divide, not `/`: no 128-bit division routine in the Wasm (docs/performance.md).
    let scaled = divide(u128::from(q.0) * u128::from(num) + u128::from(den / 2), den);
    Quantity(u64::try_from(scaled).unwrap_or(u64::MAX))
}

pub(crate) fn source_of(catalog: &Catalog, ids: &[&str]) -> Option<usize> {
    ids.iter()
        .find_map(|id| catalog.sources.iter().position(|s| s.id == *id))
}

impl Label {
    /// The words a person reads. Integers only: float formatting would cost the Wasm ~20 KB.
    pub fn text(self) -> String {
        match self {
            Label::GatewayFree { share: false } => "Gateway endpoint: no charge; same-Region S3 and DynamoDB traffic has no data-transfer charge".into(),
            Label::GatewayFree { share: true } => "Gateway endpoint for the traffic from VPCs of this Region (one in each VPC with clients): no charge, no data-transfer charge in the same Region".into(),
            Label::EndpointHours {
                kind,
                endpoints,
                azs,
                hours,
                in_region,
            } => {
                if kind == Approach::GatewayLoadBalancer {
                    // One GWLB endpoint per AZ: "You can choose only one Availability Zone in the
                    // service consumer VPC" (GWLB endpoints page).
                    let total = u64::from(endpoints).saturating_mul(u64::from(azs));
                    let per = if endpoints == 1 {
                        String::new()
                    } else {
                        format!(" for each of {endpoints} services")
                    };
                    return format!(
                        "Gateway Load Balancer endpoint hours ({total} endpoint{}, one in each of {azs} AZ{}{per}, × {hours} h)",
                        if total == 1 { "" } else { "s" },
                        plural(azs)
                    );
                }
                let what = match kind {
                    Approach::Resource => "Resource endpoint",
                    Approach::ServiceNetwork => "Service-network endpoint",
                    _ => "Interface endpoint",
                };
                let place = match in_region {
                    Some(code) => format!(" in {code}, the service's Region"),
                    None => String::new(),
                };
                format!(
                    "{what} hours{place} ({endpoints} endpoint{} × {azs} AZ{} × {hours} h)",
                    plural(endpoints),
                    plural(azs)
                )
            }
            Label::DataTier {
                from_gb,
                to_gb,
                remote,
            } => {
                let tier = match (from_gb, to_gb) {
                    (0, Some(to)) => format!("first {}", size(to)),
                    (from, Some(to)) => format!("next {}", size(to.saturating_sub(from))),
                    (0, None) => "all volumes".into(),
                    (from, None) => format!("over {}", size(from)),
                };
                format!(
                    "PrivateLink data processing, {tier} a month in the Region{}",
                    if remote {
                        " (traffic from on premises or other Regions)"
                    } else {
                        ""
                    }
                )
            }
            Label::GwlbData => "Gateway Load Balancer endpoint data processing".into(),
            Label::EcrLayers => "S3 gateway endpoint for the ECR image layers pulled in the Region's VPCs: no charge, no PrivateLink processing".into(),
            Label::EcrLayersBesideNat => "S3 gateway endpoint for the ECR image layers pulled in the Region's VPCs: no charge, and not processed by the NAT gateway (only the ECR API calls go through it; not priced)".into(),
            Label::EcrLayersS3Interface { azs, hours } => format!(
                "S3 interface endpoint hours for the ECR image layers (1 endpoint × {azs} AZ{} × {hours} h)",
                plural(azs)
            ),
            Label::GwlbNotIncluded => "Not included: the Gateway Load Balancer itself and the appliances behind it, billed separately".into(),
            Label::LatticeNotIncluded => "Not included: VPC Lattice service and data-processing charges, billed separately".into(),
            Label::ResourceGatewayNotIncluded => "Not included: the per-GB processing of the resource owner's resource gateway, billed to the account that shares the resource".into(),
            Label::NatHours {
                gateways,
                hours,
                sunk,
            } => format!(
                "NAT gateway hours ({gateways} gateway{} × {hours} h){}",
                plural(gateways),
                if sunk { SUNK } else { "" }
            ),
            Label::NatIpv4 {
                gateways,
                hours,
                sunk,
            } => format!(
                "Public IPv4 address, one per NAT gateway ({gateways} × {hours} h){}",
                if sunk { SUNK } else { "" }
            ),
            Label::NatData => "NAT gateway data processing".into(),
            Label::RegionalNatHours { azs, hours } => format!(
                "Regional NAT gateway hours ({azs} AZ{} it is active in × {hours} h)",
                plural(azs)
            ),
            Label::RegionalNatIpv4 { azs, hours } => format!(
                "Public IPv4 addresses, one per AZ ({azs} × {hours} h)"
            ),
            Label::NatCrossAz { azs, gateways } => format!(
                "Cross-AZ transfer: traffic of the {} AZ{} without a NAT gateway (of {azs}), billed out and in",
                azs.saturating_sub(gateways),
                plural(azs.saturating_sub(gateways))
            ),
            Label::InterRegion { from, to } => format!(
                "Inter-Region data transfer, {from} to {to}: assumes the bytes flow from the service to the clients (uploads would be billed out of {to}, at its rate)"
            ),
        }
    }
}

const SUNK: &str = ": already running for other egress, not counted";

fn plural(n: u32) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// "1 PB", "4 PB", or whole GB with thousands separators.
fn size(gb: u64) -> String {
    if gb > 0 && gb % GB_PER_PB == 0 {
        format!("{} PB", gb / GB_PER_PB)
    } else {
        format!("{} GB", grouped(gb))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_like_the_price_list() {
        assert_eq!(size(1_048_576), "1 PB");
        assert_eq!(size(4 * 1_048_576), "4 PB");
        assert_eq!(size(1_000_000), "1,000,000 GB");
        assert_eq!(size(0), "0 GB");
    }

    #[test]
    fn scale_rounds_half_up_and_survives_a_zero_denominator() {
        assert_eq!(scale(Quantity(3), 1, 2), Quantity(2));
        assert_eq!(scale(Quantity(5), 1, 0), Quantity::ZERO);
        assert_eq!(scale(Quantity::whole(100), 1, 3), Quantity(33_333_333));
    }
}
