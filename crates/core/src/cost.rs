//! The cost model: the monthly bill of every option for a scenario, line by line, exact to the
//! cent; the break-even volume between an interface endpoint and the NAT path; cost curves for
//! the chart.
//!
//! Data flows `Scenario` + `Catalog` → `charges` (exact rates × exact quantities, one per bill
//! line, each with the catalogue price it used) → `Line`s. Money is exact (`crate::money`): each
//! line is rounded half up to the cent once, and an option's `monthly_usd` is the sum of its
//! rounded lines, so it equals them to the cent. The `f64` fields are views for serialisation.
//!
//! # The model, and the assumptions it makes
//!
//! Every option is priced for every scenario, eligible or not (eligibility is
//! `eligibility::why_not`), so the page can show what each would cost. Hours are
//! `scenario.hours_per_month`, already whole ("Each partial VPC endpoint-hour consumed is billed
//! as a full hour", <https://aws.amazon.com/privatelink/pricing/>). The volume is
//! `scenario.gb_per_month`, the data processed in both directions.
//!
//! * **Gateway endpoint**: one $0 line. "There is no additional charge for using gateway
//!   endpoints" (<https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html>),
//!   and same-Region traffic to S3 or DynamoDB has no data-transfer charge
//!   (<https://aws.amazon.com/blogs/architecture/overview-of-data-transfer-costs-for-common-architectures/>).
//! * **Interface endpoint**: endpoints × AZs × hours at the Region's hourly rate ("billed for
//!   each hour that your VPC endpoint remains provisioned in each Availability Zone"), plus data
//!   processing over the PrivateLink tiers — first 1 PB, next 4 PB, over 5 PB, with
//!   1 PB = 1,048,576 GB as the AWS price list has it — one line per tier the volume reaches.
//!   The tiers apply to all interface endpoints of the Region together
//!   (<https://aws.amazon.com/privatelink/pricing/>), so `gb_per_month` is the Region's total
//!   and is not split per endpoint.
//! * **Gateway + interface**: the gateway endpoints carry the traffic of the clients in VPCs of
//!   this Region (free: this VPC's, and one in each peered or Transit Gateway-attached VPC, as
//!   the advice says, since a gateway endpoint serves only its own VPC); the interface
//!   endpoint's hours are paid in full and its processing tiers apply to the remote share, the
//!   clients on premises or in other Regions: 100% when every source is remote, 0% when none
//!   is, else `remote_traffic_percent`. For Amazon ECR (`ecr.*` among `aws_services`) the
//!   gateway half is the S3 gateway endpoint for the image layers ("Amazon ECR uses Amazon S3
//!   to store your image layers",
//!   <https://docs.aws.amazon.com/AmazonECR/latest/userguide/vpc-endpoints.html>); the interface
//!   hours are the ECR endpoints'. The ECR API calls themselves (manifests, authorisation) are
//!   small next to the layers and not priced.
//! * **Gateway Load Balancer endpoint**: endpoints × AZs × hours plus its per-GB rate (not
//!   tiered). A GWLB endpoint sits in one AZ ("You can choose only one Availability Zone in the
//!   service consumer VPC",
//!   <https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-load-balancer-endpoints.html>),
//!   so `endpoint_count` counts inspection services and the bill reads one endpoint in each AZ. The load balancer and the appliances are billed separately and are not included —
//!   a $0 line says so ("GWLBE is priced and billed separately",
//!   <https://aws.amazon.com/elasticloadbalancing/pricing/>).
//! * **Resource endpoint**: endpoints × AZs × hours plus processing over its own Region-wide
//!   tiers, which have the interface endpoint's rates (PrivateLink pricing, "Resource endpoint
//!   pricing"). *Assumption*: billed per AZ like every PrivateLink endpoint — the pricing page's
//!   opening rule ("each hour that your VPC endpoint remains provisioned in each Availability
//!   Zone") covers all its endpoint types, and the VPC Lattice page's "each hour that your
//!   resource VPC endpoint is provisioned" does not contradict it. The hourly rate itself is
//!   unverified in the catalogue and the line carries `verified: false`. A $0 line says the
//!   resource owner's resource gateway is billed per GB to the account sharing the resource.
//! * **Service-network endpoint**: endpoints × AZs × hours at its rate (same per-AZ assumption),
//!   and a $0 line: VPC Lattice service and data charges apply separately
//!   (<https://aws.amazon.com/vpc/lattice/pricing/>).
//! * **NAT gateway**: gateways × hours, and one public IPv4 address per gateway × hours
//!   (<https://aws.amazon.com/vpc/pricing/>, charged since 2024-02-01); with `has_nat_gateway`
//!   those two lines are already paid for other egress, shown with their rate but $0. Processing
//!   per GB on the whole volume "regardless of the traffic's source or destination". With fewer
//!   gateways than AZs (and at least one), traffic is assumed spread evenly over the AZs, and
//!   the share of the AZs without a gateway, `(azs − gateways) / azs`, goes to a gateway in
//!   another AZ and back. Cross-AZ transfer is "$0.01/GB in each direction": each GB that
//!   crosses is billed out of one AZ and into the other, so the line's quantity is twice the
//!   crossing volume at the per-direction rate. `gb_per_month` already counts both request and
//!   response bytes, so nothing else doubles. With 0 gateways there is no hourly charge and no
//!   cross-AZ line (the option is then for `decide` to rule out). For Amazon ECR pulled in the
//!   Region's VPCs, the free S3 gateway endpoint takes the image layers off the NAT gateway (AWS
//!   advises it with or without NAT): a $0 line carries them and NAT processing counts only the
//!   rest, so the ECR API calls — small, and not priced on the endpoint side either — are all
//!   that goes through the NAT gateway.
//! * **Regional NAT gateway**, priced as `alternatives[0]` of the NAT option: "A regional NAT
//!   gateway automatically expands across Availability Zones based on your workload presence"
//!   (<https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateways-regional.html>), so it is
//!   billed AZs × hours at the catalogue's `regional_nat_gateway_az_hour`. *Assumptions*: one
//!   public IPv4 address per AZ it is active in; the NAT per-GB processing rate; no cross-AZ
//!   transfer once it has expanded (until then, up to 60 minutes, "traffic … is processed
//!   across zones"). It replaces the zonal gateways, so `has_nat_gateway` sinks nothing of it.
//! * **Another Region** (`service_region != region`): an inter-Region data-transfer line on the
//!   volume sent over PrivateLink or NAT (interface, the remote share of gateway+interface,
//!   resource, NAT). *Assumption*: the bulk of the bytes flows from the service to the clients,
//!   so it is charged out of the service's Region (data transfer is billed out of the Region the
//!   data leaves), at the pair's own rate where AWS prices the pair apart (us-east-1 ↔
//!   us-east-2, `Catalog::inter_region_out_gb`) and else at the service Region's rate to other
//!   Regions; the line says so, and that uploads would be billed out of the clients' Region.
//!   Cross-Region PrivateLink has "no premium" beyond this (PrivateLink pricing). For a service
//!   not on the cross-Region PrivateLink list (`facts::cross_region_enabled`), the interface
//!   endpoint lives in the service's own Region and is billed at that Region's hourly rate and
//!   tiers ("billed for each hour that your VPC endpoint remains provisioned in each
//!   Availability Zone"); the line names the Region. Gateway endpoints cannot reach another
//!   Region; GWLB and service-network transfer is out of scope of this model.
//!
//! Each priced line carries the catalogue source index and `verified` flag of the `Price` it
//! used; the $0 informational lines cite the catalogue source with id `gateway-endpoints`,
//! `elb-pricing` or `vpc-lattice-pricing`, falling back to `vpc-pricing` /
//! `privatelink-pricing`, or none when the catalogue has neither.

mod break_even;
pub(crate) mod charges;
mod curve;
pub mod doubt;
pub(crate) mod text;

pub use curve::{cost_curve, Curve, CurveRange, Series};

use crate::approach::{Approach, MonthlyCost};
use crate::catalog::Catalog;
use crate::eligibility;
use crate::money::{total, Quantity};
use crate::scenario::Scenario;
use charges::{charges, Charge, Regions};
use serde::Serialize;

/// One line of a bill, in the infracost idiom.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Line {
    pub label: String,
    pub quantity: f64,
    #[serde(serialize_with = "crate::serial::fixed")]
    pub unit: &'static str,
    pub unit_usd: f64,
    pub usd: f64,
    /// Depends on traffic volume (as opposed to provisioned hours).
    pub usage_based: bool,
    /// Index of the price's source in `catalog().sources`, if it has one.
    #[serde(rename = "source")]
    pub source_index: Option<usize>,
    pub verified: bool,
    /// For an unverified line: what could not be confirmed and how far off it could be
    /// (`doubt::explain`). Absent from the JSON for verified lines.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub doubt: Option<doubt::Doubt>,
}

/// What one approach would cost.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ApproachCost {
    pub kind: Approach,
    pub eligible: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub why_not: Option<String>,
    pub monthly_usd: f64,
    pub lines: Vec<Line>,
    /// Other ways to build the same approach, each priced in full (for the NAT path: a regional
    /// NAT gateway in place of the zonal ones). Absent from the JSON when there are none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub alternatives: Vec<Alternative>,
}

/// A priced alternative build of an approach.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Alternative {
    /// A stable id (`"regional-nat-gateway"`).
    pub id: &'static str,
    pub title: &'static str,
    pub monthly_usd: f64,
    pub lines: Vec<Line>,
}

const NO_PRICES: &str = "The price catalogue has no rates for this Region.";

/// The id of the NAT approach's regional-NAT-gateway alternative (public: `alternatives[].id`).
pub const REGIONAL_NAT_GATEWAY: &str = "regional-nat-gateway";

/// Prices every approach for the scenario, in `Approach::ALL` order, eligible or not.
pub fn price_approaches(scenario: &Scenario, catalog: &Catalog) -> Vec<ApproachCost> {
    let regions = Regions::of(scenario, catalog);
    let gb = Quantity::from_units(scenario.gb_per_month);
    let mut bill: Vec<Charge> = Vec::new();
    Approach::ALL
        .into_iter()
        .map(|kind| {
            bill.clear();
            let why_not = match regions {
                Some(r) => {
                    charges(kind, scenario, r, catalog, gb, &mut bill);
                    eligibility::why_not(scenario, kind)
                }
                // Validated scenarios never get here; a hand-built one gets a reason, not a panic.
                None => Some(NO_PRICES.to_string()),
            };
            let mut alternatives = Vec::new();
            if let (Approach::NatGateway, Some(r)) = (kind, regions) {
                let mut regional = Vec::new();
                charges::regional_nat(scenario, r, gb, &mut regional);
                alternatives.push(Alternative {
                    id: REGIONAL_NAT_GATEWAY,
                    title: "Regional NAT gateway",
                    monthly_usd: total(regional.iter().map(Charge::cents)).usd(),
                    lines: regional.iter().map(line).collect(),
                });
            }
            ApproachCost {
                kind,
                eligible: why_not.is_none(),
                why_not,
                monthly_usd: total(bill.iter().map(Charge::cents)).usd(),
                lines: bill.iter().map(line).collect(),
                alternatives,
            }
        })
        .collect()
}

/// The monthly totals the decision tree weighs, one per approach.
pub fn monthly_costs(costs: &[ApproachCost]) -> Vec<MonthlyCost> {
    costs.iter().map(|c| (c.kind, c.monthly_usd)).collect()
}

/// The monthly total of a regional NAT gateway (the NAT approach's alternative), the plain
/// number the decision tree names beside a NAT recommendation; `None` when not priced.
pub fn regional_nat_monthly(costs: &[ApproachCost]) -> Option<f64> {
    costs
        .iter()
        .find(|c| c.kind == Approach::NatGateway)
        .and_then(|c| c.alternatives.iter().find(|a| a.id == REGIONAL_NAT_GATEWAY))
        .map(|a| a.monthly_usd)
}

fn line(charge: &Charge) -> Line {
    Line {
        label: charge.label.text(),
        quantity: charge.quantity.units(),
        unit: charge.unit,
        unit_usd: charge.rate.usd(),
        usd: charge.cents().usd(),
        usage_based: charge.usage_based,
        source_index: charge.source_index,
        verified: charge.verified,
        doubt: None,
    }
}

/// The volume (GB a month, all interface endpoints of the Region together) above which one
/// interface endpoint setup costs less a month than the NAT path, solved exactly over the
/// piecewise-linear costs. `None` when the interface endpoint is cheaper at every volume, or
/// not cheaper even at the largest volume a scenario allows. With `has_nat_gateway` the NAT
/// hours are sunk, so the NAT path starts at $0 and the break-even moves up (or vanishes).
pub fn break_even_gb_per_month(scenario: &Scenario, catalog: &Catalog) -> Option<f64> {
    break_even::break_even(scenario, catalog)
}
