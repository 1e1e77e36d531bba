//! The whole-VPC plan: every destination, every VPC, one design and one bill.
//!
//! `advise` answers for one destination; `plan` answers for a fleet: 1–50 destinations (S3,
//! DynamoDB, PrivateLink names such as `sqs` or `ecr.dkr`, each with its own volume) used from
//! 1–1,000 VPCs. It prices every design, eligible or not, in the shape `advise` uses for its
//! options (`cost::Line`), and recommends the cheapest eligible one:
//!
//! * `"nat"` — no endpoints; everything through NAT gateways, one per AZ per VPC (with
//!   `hasNatGateway` they already run for other egress: only their per-GB processing counts).
//! * `"per-vpc"` — in each VPC, free gateway endpoints for S3 and DynamoDB where they serve the
//!   clients, and one interface endpoint per AWS service in `endpointAzCount` AZs.
//! * `"nat+endpoints"` — NAT stays for the internet; each destination goes wherever it costs
//!   less (free gateway endpoints always, the S3 one carrying ECR image layers even when the ECR
//!   API calls stay on NAT; an interface endpoint where its hours and processing cost less than
//!   the NAT processing of the bytes NAT would carry), decided per destination as if it were
//!   alone, at the processing rate where the Region's existing traffic sits.
//! * `"centralised"` — gateway endpoints stay in each VPC (they serve only their own VPC); each
//!   interface endpoint exists once, in a shared-services VPC on the Transit Gateway, plus that
//!   VPC's attachment (every VPC's, where they are not attached yet), Transit Gateway
//!   processing of the interface traffic of the clients in the VPCs, and a Route 53
//!   private hosted zone for each service whose client-facing name is confirmed (private DNS on
//!   an endpoint answers only in its own VPC). No zone over S3's names beside S3 gateway
//!   endpoints (the shared S3 endpoint keeps inbound-resolver-only private DNS) and none for
//!   DynamoDB or DynamoDB Streams, whose names AWS says not to override.
//!
//! In the per-VPC designs an interface endpoint whose clients are all outside the VPCs (on
//! premises or in other Regions) is built once, not in every VPC. Peered and Transit
//! Gateway-attached VPCs with clients are among the plan's VPCs, each with its own gateway
//! endpoints, as `advise` says (`facts::remote_percent`).
//!
//! The bill follows `cost` (exact integer money, each line rounded half up to the cent, the
//! total the sum of its lines). PrivateLink processing tiers apply to all interface traffic of
//! the Region together, after `existingPrivateLinkGbPerMonth`. Clients in AZs without an
//! endpoint (`endpointAzCount < azCount`) cross AZs to reach one, which AWS has not charged
//! for since 2022-04-01 (traffic to PrivateLink endpoints and through Transit Gateways). ECR image layers come from S3: the volume of an `ecr.dkr` destination goes
//! through the S3 gateway endpoint where the VPC can have one (free), and the ECR endpoints
//! carry only API calls. The assumptions are listed in `ASSUMPTIONS` and in every export.

mod export;
pub mod input;
pub mod services;

pub use input::{Destination, PlanInput};

use crate::catalog::{Catalog, Price, RegionPrices, Tier};
use crate::cost::charges::{percent_of, scale, source_of, GATEWAY_SOURCES};
use crate::cost::{text, Line};
use crate::decide::Reason;
use crate::error::{ErrorCode, InputError, Warning};
use crate::input::Loose;
use crate::money::{divide_wide, line_cost, total, Cents, Quantity};
use crate::references as refs;
use crate::scenario::{IpAddressType, Service};
use serde::Serialize;
use services::Needs;

/// The design ids, in the order the designs are listed; on a tie in cost the earlier (simpler)
/// design is recommended.
pub const DESIGN_IDS: [&str; 4] = ["nat", "per-vpc", "nat+endpoints", "centralised"];

/// What the model takes for granted; shown with every plan and in the Markdown export.
pub const ASSUMPTIONS: [&str; 9] = [
    "Each destination's volume is its total over all VPCs, both directions, spread evenly over the VPCs and over the AZs with clients.",
    "PrivateLink processing tiers count all interface endpoint traffic of the Region together; the Region's other PrivateLink traffic comes first in the tiers.",
    "Clients in AZs without an interface endpoint reach one in another AZ at no transfer charge: AWS has not charged data transfer between AZs to PrivateLink endpoints or through Transit Gateways since 2022-04-01.",
    "Image layers pulled through ecr.dkr come from S3: with an S3 gateway endpoint they are free (in nat+endpoints too, beside NAT for the API calls), and the ECR endpoints carry only API calls, not priced by volume.",
    "With transitGateway the VPCs are already attached: the centralised design adds the shared-services VPC's attachment (without it, each VPC's attachment too, and the design is shown but not eligible), Transit Gateway processing of the interface traffic of the clients in the VPCs (once; clients on premises reach the shared-services VPC as they would any one VPC) and a private hosted zone per service with a confirmed name (none for S3 beside gateway endpoints, DynamoDB or DynamoDB Streams).",
    "An interface endpoint whose clients are all outside the VPCs (on premises or in other Regions) is built once, in the VPC they reach; peered VPCs with clients are among the VPCs.",
    "Unless NAT gateways already run for other egress, the NAT designs run one NAT gateway per AZ per VPC, each with a public IPv4 address; where they already run, only per-GB processing is counted.",
    "Break-even volumes compare a destination's own endpoints (hours, processing) with NAT processing of what NAT would carry beside the gateway endpoints; NAT hours are shared by all destinations and not counted against one.",
    "Route 53 query charges, DNS resolver endpoints and the data transfer of the services themselves are not included.",
];

/// A priced design.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Design {
    #[serde(serialize_with = "crate::serial::fixed")]
    pub id: &'static str,
    #[serde(serialize_with = "crate::serial::fixed")]
    pub title: &'static str,
    pub eligible: bool,
    pub why_not: Option<String>,
    pub monthly_usd: f64,
    pub lines: Vec<Line>,
    pub endpoints: Vec<Endpoint>,
}

/// One endpoint a design builds.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Endpoint {
    /// `"gateway"` or `"interface"`.
    #[serde(serialize_with = "crate::serial::fixed")]
    pub kind: &'static str,
    /// As AWS names it: `com.amazonaws.us-east-1.sqs`.
    pub service_name: String,
    /// `"each-vpc"` or `"shared-services-vpc"`.
    #[serde(serialize_with = "crate::serial::fixed")]
    pub placement: &'static str,
    /// How many of these endpoints exist (one per VPC, or one).
    pub vpcs: u32,
    /// AZs with an endpoint network interface; `null` for gateway endpoints (route tables).
    pub az_count: Option<u32>,
    pub private_dns: bool,
    /// `"ipv4"`, `"dualstack"` or `"ipv6"`.
    #[serde(serialize_with = "crate::serial::fixed")]
    pub ip_address_type: &'static str,
    pub gb_per_month: f64,
    pub note: Option<String>,
    /// The Route 53 private hosted zone that points the service's name at this (centralised)
    /// endpoint, e.g. `sqs.us-east-1.amazonaws.com`; `null` where none is built: not centralised,
    /// a name this catalogue has not confirmed, or a service whose names AWS says not to
    /// override (DynamoDB, DynamoDB Streams), or S3 while the VPCs keep S3 gateway endpoints.
    pub hosted_zone: Option<String>,
    /// For an S3 interface endpoint with private DNS: the EC2 API's
    /// `PrivateDnsOnlyForInboundResolverEndpoint`, which the Terraform export always sets
    /// explicitly — `true` where the VPC keeps an S3 gateway endpoint (in-VPC S3 traffic stays
    /// on it; only queries through an inbound Resolver endpoint get the interface IPs), `false`
    /// where it has none (AWS defaults it to `true` for S3, and `true` requires the gateway
    /// endpoint). `null` otherwise.
    pub private_dns_only_for_inbound_resolver_endpoint: Option<bool>,
}

/// What one destination gets in the recommended design.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DestinationResult {
    pub service: Service,
    /// The endpoint service's short name: `"s3"`, `"dynamodb"`, `"sqs"`…
    #[serde(serialize_with = "crate::serial::fixed")]
    pub name: &'static str,
    pub gb_per_month: f64,
    /// `"gateway"`, `"interface"`, `"gateway+interface"`, `"gateway+nat"` (ECR image layers on the
    /// S3 gateway endpoint, its API calls through NAT) or `"nat"`.
    #[serde(serialize_with = "crate::serial::fixed")]
    pub path: &'static str,
    /// The endpoints it uses, as AWS names them (those it brought in, like `ecr.api`, included).
    pub service_names: Vec<String>,
    /// Its share of the recommended design's bill; the shares add up to the total.
    pub monthly_usd: f64,
    /// The volume above which its endpoints cost less than NAT processing; `null` when they
    /// are always cheaper (a gateway endpoint) or never.
    pub break_even_gb_per_month: Option<f64>,
}

/// What the recommended design saves a month against another design that would also work.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Saving {
    /// The other design's id.
    pub design: &'static str,
    pub title: &'static str,
    /// Its total minus the recommended design's, exact to the cent (never negative: the
    /// recommended design is the cheapest eligible one).
    pub monthly_usd: f64,
}

/// The exports of the recommended design, written by the core so every shell gets the same text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Exports {
    pub markdown: String,
    pub csv: String,
    pub terraform: String,
}

/// The preset a plan started from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PresetView {
    pub id: &'static str,
    pub title: &'static str,
    pub note: &'static str,
    pub source: &'static str,
}

/// The whole answer.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Plan {
    pub recommended: &'static str,
    pub designs: Vec<Design>,
    pub destinations: Vec<DestinationResult>,
    pub break_even_vpc_count: Option<u32>,
    pub reasons: Vec<Reason>,
    pub warnings: Vec<Warning>,
    pub assumptions: &'static [&'static str],
    pub preset: Option<PresetView>,
    pub exports: Exports,
    pub region: String,
    pub prices_as_of: &'static str,
    pub currency: &'static str,
    /// The recommended design's savings against each other eligible design, in `designs`
    /// order; empty when no design is eligible.
    pub savings: Vec<Saving>,
}

/// Validates `options` and plans for them.
pub fn plan(options: &Loose, catalog: &Catalog) -> Result<Plan, InputError> {
    let (input, warnings) = PlanInput::from_loose(options, catalog)?;
    plan_input(&input, warnings, catalog)
}

/// Plans for an already validated input.
pub fn plan_input(
    input: &PlanInput,
    mut warnings: Vec<Warning>,
    catalog: &Catalog,
) -> Result<Plan, InputError> {
    let ctx = Ctx::new(input, catalog)?;
    let priced = [
        ctx.nat(),
        ctx.per_vpc(),
        ctx.nat_and_endpoints(),
        ctx.centralised(),
    ];
    let eligible = priced.iter().filter(|p| p.design.eligible);
    let best = eligible
        .min_by_key(|p| p.total)
        .unwrap_or_else(|| {
            warnings.push(Warning {
                code: "no-eligible-design",
                text: "No design meets every requirement given; the per-VPC endpoints design is shown as the closest.".into(),
            });
            &priced[1]
        });
    let recommended = best.design.id;
    let destinations = ctx.destination_results(best);
    let break_even_vpc_count = ctx.break_even_vpc_count(&priced[1], &priced[3]);
    let reasons = ctx.reasons(best, &priced);
    warnings.extend(ctx.warnings(best));
    let savings = priced
        .iter()
        .filter(|p| best.design.eligible && p.design.eligible && p.design.id != recommended)
        .map(|p| Saving {
            design: p.design.id,
            title: p.design.title,
            monthly_usd: Cents(p.total.0 - best.total.0).usd(),
        })
        .collect();
    let mut designs: Vec<Design> = priced.iter().map(|p| p.design.clone()).collect();
    for d in &mut designs {
        crate::cost::doubt::explain(&mut d.lines, catalog, &input.region);
    }
    let preset = input.preset.map(|p| PresetView {
        id: p.id,
        title: p.title,
        note: p.note,
        source: p.source,
    });
    let mut plan = Plan {
        recommended,
        designs,
        destinations,
        break_even_vpc_count,
        reasons,
        warnings,
        assumptions: &ASSUMPTIONS,
        preset,
        exports: Exports {
            markdown: String::new(),
            csv: String::new(),
            terraform: String::new(),
        },
        region: input.region.clone(),
        prices_as_of: catalog.as_of,
        currency: catalog.currency,
        savings,
    };
    plan.exports = export::exports(&plan, input, catalog);
    Ok(plan)
}

// ---------------------------------------------------------------------------------------------
// Routing: which endpoint carries which bytes.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Gateway,
    Interface,
}

#[derive(Debug, Clone)]
struct Ep {
    kind: Kind,
    name: &'static str,
    /// The Region of the service it reaches.
    region: &'static str,
    gb: Quantity,
    /// The destination that brought it in (its hours are that destination's share).
    owner: usize,
    /// Set when another service needs it (`ecr.dkr` needs `ecr.api` and S3).
    needed_by: Option<&'static str>,
    /// Whether clients inside the VPCs use it: then it goes in each VPC (per-VPC designs);
    /// otherwise only clients outside the VPCs do, and one endpoint, in one VPC, serves them.
    local: bool,
}

/// How a destination's bytes go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Via {
    /// Its endpoints (gateway, interface).
    Endpoints,
    /// NAT gateways, nothing else (the `nat` design).
    Nat,
    /// NAT gateways beside the free gateway endpoints: ECR image layers (S3 GETs) still take
    /// the S3 gateway endpoint, only the API calls the NAT (`nat+endpoints`).
    NatBesideGateways,
}

#[derive(Debug, Clone)]
struct Routing {
    eps: Vec<Ep>,
    /// Per destination: interface GB it causes, GB through NAT, and the endpoints it uses.
    if_gb: Vec<Quantity>,
    nat_gb: Vec<Quantity>,
    /// Per destination: whether (part of) it goes through NAT.
    via_nat: Vec<bool>,
    uses: Vec<Vec<usize>>,
    infeasible: Option<String>,
}

impl Routing {
    fn empty(destinations: usize) -> Routing {
        Routing {
            eps: Vec::with_capacity(destinations + 4),
            if_gb: vec![Quantity::ZERO; destinations],
            nat_gb: vec![Quantity::ZERO; destinations],
            via_nat: vec![false; destinations],
            uses: vec![Vec::new(); destinations],
            infeasible: None,
        }
    }

    fn add(&mut self, dest: usize, ep: Ep) {
        let at = match self
            .eps
            .iter()
            .position(|e| e.kind == ep.kind && e.name == ep.name && e.region == ep.region)
        {
            Some(at) => {
                self.eps[at].gb = add(self.eps[at].gb, ep.gb);
                self.eps[at].local |= ep.local;
                // An S3 endpoint that S3 itself brought in carries ECR's layers all the same.
                self.eps[at].needed_by = self.eps[at].needed_by.or(ep.needed_by);
                at
            }
            None => {
                self.eps.push(ep);
                self.eps.len() - 1
            }
        };
        if !self.uses[dest].contains(&at) {
            self.uses[dest].push(at);
        }
    }

    /// Interface endpoints in each VPC (used from inside the VPCs) and in one VPC only.
    fn interface_split(&self) -> (u64, u64) {
        self.eps
            .iter()
            .filter(|e| e.kind == Kind::Interface)
            .fold((0, 0), |(each, once), e| {
                if e.local {
                    (each + 1, once)
                } else {
                    (each, once + 1)
                }
            })
    }

    fn interface_count(&self) -> u64 {
        self.eps
            .iter()
            .filter(|e| e.kind == Kind::Interface)
            .count() as u64
    }

    fn interface_gb(&self) -> Quantity {
        Quantity(self.if_gb.iter().map(|q| q.0).sum())
    }
}

fn add(a: Quantity, b: Quantity) -> Quantity {
    Quantity(a.0.saturating_add(b.0))
}

/// How a line's amount is shared among the destinations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Weight {
    /// By the interface endpoints each destination brought in.
    Endpoints,
    InterfaceGb,
    /// By the interface GB each destination's clients in the VPCs send over the Transit Gateway.
    TgwGb,
    NatGb,
    One(usize),
}

/// A design with what the core needs beyond its public view.
struct Priced {
    design: Design,
    total: Cents,
    cents: Vec<Cents>,
    weights: Vec<Weight>,
    routing: Routing,
    central: bool,
}

struct Bill<'c> {
    catalog: &'c Catalog,
    lines: Vec<Line>,
    cents: Vec<Cents>,
    weights: Vec<Weight>,
}

const GB: &str = "GB";
const HOURS: &str = "hours";
const ZONE_MONTHS: &str = "zone-months";

impl<'c> Bill<'c> {
    fn new(catalog: &'c Catalog) -> Self {
        Bill {
            catalog,
            lines: Vec::new(),
            cents: Vec::new(),
            weights: Vec::new(),
        }
    }

    /// A priced line; `billed: false` shows the rate of something already paid for, at $0.
    fn priced(
        &mut self,
        label: String,
        quantity: Quantity,
        unit: &'static str,
        price: Price,
        billed: bool,
        weight: Weight,
    ) {
        let cents = if billed {
            line_cost(price.rate, quantity)
        } else {
            Cents::ZERO
        };
        self.lines.push(Line {
            label,
            quantity: quantity.units(),
            unit,
            unit_usd: price.rate.usd(),
            usd: cents.usd(),
            usage_based: unit == GB,
            source_index: Some(price.source_index),
            verified: price.verified,
            doubt: None,
        });
        self.cents.push(cents);
        self.weights.push(weight);
    }

    /// A $0 line the reader must see (a free gateway endpoint).
    fn free(&mut self, label: String, quantity: Quantity) {
        let source = source_of(self.catalog, GATEWAY_SOURCES);
        self.lines.push(Line {
            label,
            quantity: quantity.units(),
            unit: GB,
            unit_usd: 0.0,
            usd: 0.0,
            usage_based: true,
            source_index: source,
            verified: source.is_some(),
            doubt: None,
        });
        self.cents.push(Cents::ZERO);
        self.weights.push(Weight::Endpoints);
    }
}

// ---------------------------------------------------------------------------------------------
// The designs.

struct Ctx<'a> {
    input: &'a PlanInput,
    catalog: &'a Catalog,
    here: &'static RegionPrices,
    /// Per destination: its volume, the part from outside the VPCs, its service's Region.
    gb: Vec<Quantity>,
    remote: Vec<Quantity>,
    service_region: Vec<&'static RegionPrices>,
}

impl<'a> Ctx<'a> {
    fn new(input: &'a PlanInput, catalog: &'a Catalog) -> Result<Ctx<'a>, InputError> {
        let missing = || {
            InputError::new(
                ErrorCode::UnknownRegion,
                "region",
                "The price catalogue has no rates for this Region.",
            )
        };
        let here = catalog.region(&input.region).ok_or_else(missing)?;
        let mut ctx = Ctx {
            input,
            catalog,
            here,
            gb: Vec::with_capacity(input.destinations.len()),
            remote: Vec::with_capacity(input.destinations.len()),
            service_region: Vec::with_capacity(input.destinations.len()),
        };
        for d in &input.destinations {
            let gb = Quantity::from_units(d.gb_per_month);
            ctx.gb.push(gb);
            ctx.remote.push(percent_of(gb, d.remote_percent()));
            ctx.service_region
                .push(catalog.region(&d.service_region).ok_or_else(missing)?);
        }
        Ok(ctx)
    }

    fn dest(&self, i: usize) -> &Destination {
        &self.input.destinations[i]
    }

    fn same_region(&self, i: usize) -> bool {
        self.service_region[i].code == self.here.code
    }

    /// Gateway endpoints take no security groups and leave clients on the service's public
    /// IPs: either requirement rules them out.
    fn gateways_allowed(&self) -> bool {
        !self.input.require_security_groups && !self.input.require_private_ips
    }

    /// Routes destination `i` through endpoints (or, with `on_endpoints` false, NAT), recording
    /// its bytes and endpoints at index `slot` of `r`'s per-destination lists.
    fn route_one(&self, i: usize, slot: usize, via: Via, r: &mut Routing) {
        let d = self.dest(i);
        let (gb, remote) = (self.gb[i], self.remote[i]);
        let region = self.service_region[i].code;
        // Clients in the VPCs (not only on premises or in other Regions).
        let local = d.remote_percent() < 100.0;
        let ep = |kind, name, gb, needed_by, local| Ep {
            kind,
            name,
            region,
            gb,
            owner: i,
            needed_by,
            local,
        };
        let gateway_ok = self.gateways_allowed() && self.same_region(i);
        if via != Via::Endpoints {
            r.via_nat[slot] = true;
            if via == Via::NatBesideGateways && d.name() == "ecr.dkr" && gateway_ok && local {
                // The layers are S3 GETs: the free S3 gateway endpoint takes them off the NAT
                // gateways, which carry only the ECR API calls (not priced by volume).
                r.add(slot, ep(Kind::Gateway, "s3", gb, Some("ecr.dkr"), true));
            } else {
                r.nat_gb[slot] = gb;
            }
            return;
        }
        match d.service {
            Service::S3 | Service::DynamoDb | Service::S3Express => {
                let name = d.name();
                if gateway_ok {
                    // No gateway endpoint carrying 0 GB when every client is outside the VPCs.
                    if local {
                        r.add(
                            slot,
                            ep(Kind::Gateway, name, gb.saturating_sub(remote), None, true),
                        );
                    }
                    if remote > Quantity::ZERO {
                        r.add(slot, ep(Kind::Interface, name, remote, None, false));
                        r.if_gb[slot] = remote;
                    }
                } else if d.service == Service::S3Express {
                    r.infeasible = Some(
                        "S3 Express One Zone has only gateway endpoints, which take no security groups and leave clients on public IPs."
                            .into(),
                    );
                    r.nat_gb[slot] = gb;
                } else {
                    r.add(slot, ep(Kind::Interface, name, gb, None, local));
                    r.if_gb[slot] = gb;
                }
            }
            _ => {
                let name = d.name();
                let layers = if name == "ecr.dkr" {
                    gb
                } else {
                    Quantity::ZERO
                };
                r.add(
                    slot,
                    ep(
                        Kind::Interface,
                        name,
                        gb.saturating_sub(layers),
                        None,
                        local,
                    ),
                );
                r.if_gb[slot] = gb.saturating_sub(layers);
                let (needs, _) = services::needs(name);
                for need in needs {
                    match *need {
                        Needs::Interface(other) => r.add(
                            slot,
                            ep(Kind::Interface, other, Quantity::ZERO, Some(name), local),
                        ),
                        Needs::S3Bytes => {
                            let remote_layers = if gb.0 == 0 {
                                Quantity::ZERO
                            } else {
                                scale(layers, remote.0, gb.0)
                            };
                            // The layers are pulled through the registry, ecr.dkr, whichever
                            // ECR name brought the S3 endpoint in.
                            let by = Some("ecr.dkr");
                            if gateway_ok {
                                let here = layers.saturating_sub(remote_layers);
                                if local {
                                    r.add(slot, ep(Kind::Gateway, "s3", here, by, true));
                                }
                                if remote_layers > Quantity::ZERO {
                                    r.add(
                                        slot,
                                        ep(Kind::Interface, "s3", remote_layers, by, false),
                                    );
                                    r.if_gb[slot] = add(r.if_gb[slot], remote_layers);
                                }
                            } else if layers > Quantity::ZERO {
                                r.add(slot, ep(Kind::Interface, "s3", layers, by, local));
                                r.if_gb[slot] = add(r.if_gb[slot], layers);
                            }
                        }
                    }
                }
            }
        }
    }

    fn route(&self, via: impl Fn(usize) -> Via) -> Routing {
        let n = self.input.destinations.len();
        let mut r = Routing::empty(n);
        for i in 0..n {
            self.route_one(i, i, via(i), &mut r);
        }
        // An endpoint belongs to the destination named after it, when there is one (`ecr.dkr`
        // owns its endpoint even if `ecr.api`, routed first, brought it in).
        // Nor is an endpoint a destination names itself "needed by" another (the ECS preset lists
        // ecr.api before ecr.dkr).
        for (i, used) in r.uses.iter().enumerate() {
            let name = self.dest(i).name();
            for &at in used {
                if r.eps[at].name == name {
                    r.eps[at].owner = i;
                    if r.eps[at].kind == Kind::Interface && name != "s3" {
                        r.eps[at].needed_by = None;
                    }
                }
            }
        }
        r
    }

    /// Destination `i` routed through its own endpoints, as if it were the only destination:
    /// how many interface endpoints it needs and the GB they carry (`None`: it cannot be).
    fn alone(&self, i: usize) -> Option<(i128, Quantity)> {
        let mut r = Routing::empty(1);
        self.route_one(i, 0, Via::Endpoints, &mut r);
        r.infeasible
            .is_none()
            .then(|| (r.interface_count() as i128, r.if_gb[0]))
    }

    /// The PrivateLink processing rate where the Region's existing traffic sits.
    fn tier_rate_at_existing(&self) -> Price {
        let existing = Quantity::from_units(self.input.existing_private_link_gb_per_month);
        let tiers = self.here.interface_data_tiers;
        tiers
            .iter()
            .find(|t| t.up_to_gb.map_or(true, |to| existing < Quantity::whole(to)))
            .or(tiers.last())
            .map_or(self.here.interface_endpoint_hour, |t| t.price)
    }

    /// The interface endpoints' lines (hours, processing) and, centralised, the
    /// Transit Gateway and DNS lines; gateway endpoints as free lines.
    fn endpoint_lines(&self, r: &Routing, central: bool, bill: &mut Bill) {
        let input = self.input;
        let vpcs = if central {
            1
        } else {
            u64::from(input.vpc_count)
        };
        for ep in r.eps.iter().filter(|e| e.kind == Kind::Gateway) {
            let where_ = match input.vpc_count {
                1 => "in the VPC".to_string(),
                n => format!("in each of {n} VPCs"),
            };
            bill.free(
                format!(
                    "Gateway endpoint for {} {where_}: no charge, no data-transfer charge in the same Region",
                    title(ep.name),
                ),
                ep.gb,
            );
        }
        let endpoints = r.interface_count();
        if endpoints == 0 {
            return;
        }
        let azs = u64::from(input.endpoint_az_count);
        let hours = u64::from(input.hours_per_month);
        // Per VPC, an endpoint only clients outside the VPCs use goes in one VPC only.
        let (each, once) = if central {
            (0, endpoints)
        } else {
            r.interface_split()
        };
        let n = |count: u64| format!("{count} endpoint{}", text::plural(count));
        let where_ = match (central, each, once) {
            (true, ..) => format!("in the shared-services VPC: {}", n(endpoints)),
            (false, _, 0) => format!("{vpcs} VPC{} × {}", text::plural(vpcs), n(each)),
            (false, 0, _) => format!("{} in one VPC", n(once)),
            (false, ..) => format!(
                "({vpcs} VPC{} × {} + {} in one VPC)",
                text::plural(vpcs),
                n(each),
                n(once)
            ),
        };
        bill.priced(
            format!(
                "Interface endpoint hours ({where_} × {azs} AZ{} × {hours} h)",
                text::plural(azs)
            ),
            Quantity::whole((vpcs * each + once) * azs * hours),
            HOURS,
            self.here.interface_endpoint_hour,
            true,
            Weight::Endpoints,
        );
        let gb = r.interface_gb();
        self.tiers(gb, bill);
        // No cross-AZ line: since 2022-04-01 AWS charges no data transfer between AZs for
        // traffic to a PrivateLink endpoint or through a Transit Gateway (references::PL_XAZ_FREE).
        if central {
            let attachments = self.attachments_to_add(input.vpc_count);
            bill.priced(
                if input.transit_gateway {
                    format!(
                        "Transit Gateway attachment of the shared-services VPC (1 × {hours} h)"
                    )
                } else {
                    // Not attached yet: every VPC's attachment is part of what this design costs.
                    format!(
                        "Transit Gateway attachments to create: the {} VPC{} and the shared-services VPC ({attachments} × {hours} h)",
                        input.vpc_count,
                        text::plural(u64::from(input.vpc_count))
                    )
                },
                Quantity::whole(attachments * hours),
                HOURS,
                self.here.transit_gateway_attachment_hour,
                true,
                Weight::Endpoints,
            );
            // Only the clients in the VPCs cross the Transit Gateway to the shared endpoints;
            // clients on premises or elsewhere reach the shared-services VPC as they would reach
            // any one VPC, as in the per-VPC design.
            bill.priced(
                "Transit Gateway data processing of the interface endpoint traffic from the VPCs"
                    .into(),
                self.tgw_gb(r),
                GB,
                self.here.transit_gateway_gb,
                true,
                Weight::TgwGb,
            );
            // An account's first 25 hosted zones are billed at one rate, every further zone at
            // another (Route 53 price feed: "DNS Zone first 25", "DNS Zone"); the account's
            // other zones are not known here, so the plan's count from the first.
            let zones = self.zone_count(r);
            let first = zones.min(25);
            if zones > 0 {
                bill.priced(
                    format!(
                        "Route 53 private hosted zones, one per centralised service with a known name ({first} × 1 month)"
                    ),
                    Quantity::whole(first),
                    ZONE_MONTHS,
                    self.here.private_hosted_zone_month,
                    true,
                    Weight::Endpoints,
                );
            }
            if zones > first {
                bill.priced(
                    format!(
                        "Route 53 private hosted zones, beyond the first 25 ({} × 1 month)",
                        zones - first
                    ),
                    Quantity::whole(zones - first),
                    ZONE_MONTHS,
                    self.here.private_hosted_zone_month_over_25,
                    true,
                    Weight::Endpoints,
                );
            }
        }
    }

    /// The Transit Gateway attachments the centralised design adds: the shared-services VPC's,
    /// and, where the `vpcs` VPCs are not attached yet, theirs too.
    fn attachments_to_add(&self, vpcs: u32) -> u64 {
        if self.input.transit_gateway {
            1
        } else {
            u64::from(vpcs) + 1
        }
    }

    /// The interface GB that crosses the Transit Gateway in the centralised design: that of the
    /// clients in the VPCs. Every byte from outside the VPCs goes through an interface endpoint
    /// (gateway endpoints and NAT cannot carry it), so a destination's in-VPC interface bytes
    /// are its interface bytes less its remote ones.
    fn tgw_gb(&self, r: &Routing) -> Quantity {
        Quantity(
            r.if_gb
                .iter()
                .zip(&self.remote)
                .map(|(gb, remote)| gb.saturating_sub(*remote).0)
                .sum(),
        )
    }

    /// The private hosted zone a centralised design builds for interface endpoint `ep`.
    fn zone_of(&self, ep: &Ep, r: &Routing) -> Option<(String, bool)> {
        hosted_zone(ep.name, ep.region, has_s3_gateway(r))
    }

    /// How many private hosted zones the centralised design builds (and prices).
    fn zone_count(&self, r: &Routing) -> u64 {
        r.eps
            .iter()
            .filter(|e| e.kind == Kind::Interface && e.local && self.zone_of(e, r).is_some())
            .count() as u64
    }

    /// PrivateLink processing of `gb`, placed in the Region's tiers after the existing traffic:
    /// one line per tier it reaches (the first always, so the rate shows at 0 GB).
    fn tiers(&self, gb: Quantity, bill: &mut Bill) {
        let existing = Quantity::from_units(self.input.existing_private_link_gb_per_month);
        let end = add(existing, gb);
        let after = if existing > Quantity::ZERO {
            format!(
                ", after {} GB of other interface traffic",
                text::quantity(existing, true)
            )
        } else {
            String::new()
        };
        let mut from = 0u64;
        let mut shown = false;
        for tier in self.here.interface_data_tiers {
            let lo = Quantity::whole(from);
            let hi = tier.up_to_gb.map(Quantity::whole);
            let start = existing.max(lo);
            let stop = hi.map_or(end, |h| end.min(h));
            let reached = hi.map_or(true, |h| existing < h);
            if reached && (stop > start || !shown) {
                bill.priced(
                    format!(
                        "PrivateLink data processing, {} a month in the Region{after}",
                        tier_name(from, tier)
                    ),
                    stop.saturating_sub(start),
                    GB,
                    tier.price,
                    true,
                    Weight::InterfaceGb,
                );
                shown = true;
            }
            match tier.up_to_gb {
                Some(to) if end > Quantity::whole(to) => from = to,
                _ => break,
            }
        }
    }

    fn nat_lines(&self, r: &Routing, bill: &mut Bill) {
        let gb = Quantity(r.nat_gb.iter().map(|q| q.0).sum());
        let input = self.input;
        let gateways = u64::from(input.vpc_count) * u64::from(input.az_count);
        let hours = u64::from(input.hours_per_month);
        let sunk = input.has_nat_gateway;
        let already = if sunk {
            ": already running for other egress, not counted"
        } else {
            ""
        };
        bill.priced(
            format!(
                "NAT gateway hours ({gateways} gateway{} × {hours} h){already}",
                text::plural(gateways)
            ),
            Quantity::whole(gateways * hours),
            HOURS,
            self.here.nat_gateway_hour,
            !sunk,
            Weight::NatGb,
        );
        bill.priced(
            format!("Public IPv4 address, one per NAT gateway ({gateways} × {hours} h){already}"),
            Quantity::whole(gateways * hours),
            HOURS,
            self.here.public_ipv4_hour,
            !sunk,
            Weight::NatGb,
        );
        bill.priced(
            "NAT gateway data processing".into(),
            gb,
            GB,
            self.here.nat_gateway_gb,
            true,
            Weight::NatGb,
        );
    }

    /// Inter-Region transfer of the destinations whose service is in another Region.
    fn inter_region_lines(&self, bill: &mut Bill) {
        for i in 0..self.gb.len() {
            if !self.same_region(i) {
                let (from, to) = (self.service_region[i].code, self.here.code);
                // The pair's own rate where AWS prices it apart (us-east-1 ↔ us-east-2).
                let rate = self
                    .catalog
                    .inter_region_out_gb(from, to)
                    .unwrap_or(&self.service_region[i].inter_region_out_gb);
                bill.priced(
                    format!(
                        "Inter-Region data transfer for {}, {from} to {to} (assumes the bytes flow from the service to the clients)",
                        title(self.dest(i).name()),
                    ),
                    self.gb[i],
                    GB,
                    *rate,
                    true,
                    Weight::One(i),
                );
            }
        }
    }

    fn finish(
        &self,
        id: &'static str,
        title: &'static str,
        why_not: Option<String>,
        bill: Bill,
        routing: Routing,
        central: bool,
    ) -> Priced {
        let total_cents = total(bill.cents.iter().copied());
        let endpoints = self.endpoint_views(&routing, central);
        Priced {
            design: Design {
                id,
                title,
                eligible: why_not.is_none(),
                why_not,
                monthly_usd: total_cents.usd(),
                lines: bill.lines,
                endpoints,
            },
            total: total_cents,
            cents: bill.cents,
            weights: bill.weights,
            routing,
            central,
        }
    }

    fn nat_why_not(&self, with_remote: bool) -> Option<String> {
        let input = self.input;
        let why = if !input.allow_internet_path {
            "The traffic may not take the services' public endpoints through a NAT or internet gateway (your answer)."
        } else if input.require_security_groups {
            "Security groups must control access at the endpoint, and a NAT path has no endpoint to put them on."
        } else if input.require_private_ips {
            "Through a NAT gateway the services answer at public IPs."
        } else if with_remote && self.remote.iter().any(|q| *q > Quantity::ZERO) {
            "Clients on premises or in other Regions don't egress through these VPCs' NAT gateways."
        } else {
            return None;
        };
        Some(why.into())
    }

    fn nat(&self) -> Priced {
        let routing = self.route(|_| Via::Nat);
        let mut bill = Bill::new(self.catalog);
        self.nat_lines(&routing, &mut bill);
        self.inter_region_lines(&mut bill);
        let why_not = self.nat_why_not(true);
        self.finish("nat", "NAT gateways only", why_not, bill, routing, false)
    }

    fn per_vpc(&self) -> Priced {
        let routing = self.route(|_| Via::Endpoints);
        let mut bill = Bill::new(self.catalog);
        self.endpoint_lines(&routing, false, &mut bill);
        self.inter_region_lines(&mut bill);
        let why_not = routing.infeasible.clone();
        self.finish(
            "per-vpc",
            "Endpoints in each VPC",
            why_not,
            bill,
            routing,
            false,
        )
    }

    fn centralised(&self) -> Priced {
        let routing = self.route(|_| Via::Endpoints);
        let mut bill = Bill::new(self.catalog);
        self.endpoint_lines(&routing, true, &mut bill);
        self.inter_region_lines(&mut bill);
        let why_not = routing.infeasible.clone().or_else(|| {
            let why = if !self.input.transit_gateway {
                "Needs the VPCs attached to one Transit Gateway, and they are not."
            } else if self.input.vpc_count < 2 {
                "One VPC: there is nothing to share endpoints with."
            } else if routing.interface_count() == 0 {
                "No interface endpoint to centralise: gateway endpoints stay in each VPC."
            } else {
                return None;
            };
            Some(why.into())
        });
        self.finish(
            "centralised",
            "Interface endpoints centralised in a shared-services VPC",
            why_not,
            bill,
            routing,
            true,
        )
    }

    /// Whether destination `i` costs less through its own endpoints (in each VPC) than through
    /// NAT processing, as if it were the only destination. Exact, in 1e-15 dollars.
    fn cheaper_on_endpoints(&self, i: usize) -> bool {
        let d = self.dest(i);
        if self.remote[i] > Quantity::ZERO {
            return true;
        }
        if d.service.has_gateway_endpoint() && self.gateways_allowed() && self.same_region(i) {
            return true;
        }
        if d.service == Service::S3Express {
            return false;
        }
        let Some((_, carried)) = self.alone(i) else {
            return false;
        };
        let (fixed, per_gb, _) = self.endpoint_rates(false, i);
        let endpoint = fixed + per_gb * i128::from(carried.0);
        let nat = i128::from(self.here.nat_gateway_gb.rate.0) * i128::from(self.nat_bytes(i).0);
        endpoint < nat
    }

    /// The bytes of destination `i` that NAT gateways would process beside the free gateway
    /// endpoints: all of it, but for ECR image layers, which the S3 gateway endpoint takes.
    fn nat_bytes(&self, i: usize) -> Quantity {
        let mut r = Routing::empty(1);
        self.route_one(i, 0, Via::NatBesideGateways, &mut r);
        r.nat_gb[0]
    }

    /// Destination `i`'s own interface endpoints, routed as if it were alone: their fixed
    /// monthly cost (hours, and hosted zones when centralised), the per-GB cost of their traffic
    /// (processing at the existing tier), and, centralised, the Transit Gateway's per-GB cost of
    /// the part its clients in the VPCs send, all in femto-dollars (per micro-GB for the last two).
    fn endpoint_rates(&self, central: bool, i: usize) -> (i128, i128, i128) {
        let input = self.input;
        let hours = i128::from(input.hours_per_month) * i128::from(input.endpoint_az_count);
        let vpcs = if central {
            1
        } else {
            i128::from(input.vpc_count)
        };
        let micro = 1_000_000i128;
        let mut r = Routing::empty(1);
        self.route_one(i, 0, Via::Endpoints, &mut r);
        let (each, once) = r.interface_split();
        let units = if central {
            (each + once) as i128
        } else {
            vpcs * each as i128 + once as i128
        };
        let mut fixed =
            i128::from(self.here.interface_endpoint_hour.rate.0) * hours * micro * units;
        let per_gb = i128::from(self.tier_rate_at_existing().rate.0);
        let mut tgw_per_gb = 0;
        if central {
            let zones = self.zone_count(&r) as i128;
            fixed += i128::from(self.here.private_hosted_zone_month.rate.0) * micro * zones;
            tgw_per_gb = i128::from(self.here.transit_gateway_gb.rate.0);
        }
        (fixed, per_gb, tgw_per_gb)
    }

    fn nat_and_endpoints(&self) -> Priced {
        let choice: Vec<bool> = (0..self.gb.len())
            .map(|i| self.cheaper_on_endpoints(i))
            .collect();
        let routing = self.route(|i| {
            if choice[i] {
                Via::Endpoints
            } else {
                Via::NatBesideGateways
            }
        });
        let mut bill = Bill::new(self.catalog);
        self.endpoint_lines(&routing, false, &mut bill);
        if choice.iter().any(|on| !on) {
            self.nat_lines(&routing, &mut bill);
        }
        self.inter_region_lines(&mut bill);
        let why_not = self.nat_why_not(false).or_else(|| {
            if choice.iter().all(|on| *on) {
                Some(
                    "Every destination costs less through endpoints: this is the per-VPC design."
                        .into(),
                )
            } else if routing.eps.is_empty() {
                Some("Every destination costs less through NAT: this is the NAT design.".into())
            } else {
                routing.infeasible.clone()
            }
        });
        self.finish(
            "nat+endpoints",
            "NAT for the internet, endpoints where they pay",
            why_not,
            bill,
            routing,
            false,
        )
    }

    fn endpoint_views(&self, r: &Routing, central: bool) -> Vec<Endpoint> {
        let input = self.input;
        let has_s3_gateway = has_s3_gateway(r);
        r.eps
            .iter()
            .map(|ep| {
                let gateway = ep.kind == Kind::Gateway;
                let shared = central && !gateway;
                let no_override = overrides_forbidden(ep.name);
                let s3_interface = !gateway && ep.name == "s3";
                // S3 beside gateway endpoints: the endpoint's own private DNS, inbound-only, even
                // when centralised (an override zone would pull the VPCs' S3 bytes off the
                // gateway endpoints).
                let inbound_only = s3_interface && has_s3_gateway;
                // A zone associated with the VPCs serves clients in the VPCs only: an endpoint used
                // only from outside them keeps its own private DNS, for an inbound Resolver
                // endpoint beside it, and gets no zone.
                let zone = if shared && ep.local {
                    self.zone_of(ep, r)
                } else {
                    None
                };
                let private_dns =
                    !gateway && !no_override && (!shared || inbound_only || !ep.local);
                let mut notes: Vec<String> = Vec::new();
                if let Some(by) = ep.needed_by {
                    notes.push(if ep.name == "s3" {
                        format!("Carries the image layers {by} serves from S3.")
                    } else {
                        // The source is cited with the plan's reasons; a note stays plain words.
                        format!("Needed by {by}, as its AWS guide says.")
                    });
                }
                if !gateway && no_override {
                    notes.push(format!(
                        "Private DNS off (AWS: do not override its names): clients use the endpoint URL https://vpce-….{}.{}.vpce.amazonaws.com as their SDK endpoint{}.",
                        vpce_label(ep.name),
                        ep.region,
                        if shared && ep.local {
                            ", across the Transit Gateway from the other VPCs"
                        } else {
                            ""
                        }
                    ));
                } else if let Some((name, _)) = &zone {
                    notes.push(format!("Private DNS off: a Route 53 private hosted zone {name}, associated with every VPC, points at this endpoint."));
                } else if shared && ep.local {
                    notes.push("Private DNS off, no hosted zone: the name clients call is not confirmed here; clients in the other VPCs use this endpoint's own DNS names.".into());
                }
                if !gateway && !shared && !ep.local {
                    notes.push("In one VPC only: all its clients are outside the VPCs and reach it through the VPC their network connects to.".into());
                } else if shared && !ep.local && !inbound_only && !no_override {
                    notes.push("No hosted zone: its clients are all outside the VPCs; they resolve its names through a Route 53 Resolver inbound endpoint here, or use its own DNS names.".into());
                }
                if inbound_only && shared {
                    notes.push(format!("Private DNS for inbound Resolver endpoints only, no hosted zone: each VPC keeps S3 (ECR layers too) on its S3 gateway endpoint; on-premises resolvers forward s3.{}.amazonaws.com to a Route 53 Resolver inbound endpoint here. This VPC needs an S3 gateway endpoint too.", ep.region));
                } else if inbound_only {
                    notes.push("Private DNS for inbound resolver endpoints only: clients in the VPC keep using the gateway endpoint.".into());
                } else if s3_interface && private_dns {
                    notes.push("Private DNS with inbound-Resolver-only off: AWS turns it on by default for S3, and it needs an S3 gateway endpoint in the VPC.".into());
                }
                Endpoint {
                    kind: if gateway { "gateway" } else { "interface" },
                    service_name: service_name(ep.name, ep.region),
                    placement: if shared {
                        "shared-services-vpc"
                    } else if gateway || ep.local {
                        "each-vpc"
                    } else {
                        "one-vpc"
                    },
                    vpcs: if shared || !(gateway || ep.local) {
                        1
                    } else {
                        input.vpc_count
                    },
                    az_count: (!gateway).then_some(input.endpoint_az_count),
                    private_dns,
                    ip_address_type: match (input.ip_address_type, gateway) {
                        (IpAddressType::Ipv4, _) => "ipv4",
                        (IpAddressType::Dualstack, _) | (IpAddressType::Ipv6, true) => "dualstack",
                        (IpAddressType::Ipv6, false) => "ipv6",
                    },
                    gb_per_month: ep.gb.units(),
                    note: (!notes.is_empty()).then(|| crate::check::join(&notes, " ")),
                    hosted_zone: zone.map(|(name, _)| name),
                    private_dns_only_for_inbound_resolver_endpoint: (s3_interface && private_dns)
                        .then_some(inbound_only),
                }
            })
            .collect()
    }

    // -----------------------------------------------------------------------------------------
    // Per destination, break-even, reasons, warnings.

    fn destination_results(&self, best: &Priced) -> Vec<DestinationResult> {
        let shares = shares(best, self);
        let r = &best.routing;
        (0..self.gb.len())
            .map(|i| {
                let d = self.dest(i);
                let kinds = r.uses[i].iter().map(|&at| r.eps[at].kind);
                let (gw, itf) = kinds.fold((false, false), |(g, f), k| {
                    (g || k == Kind::Gateway, f || k == Kind::Interface)
                });
                let path = match (gw, itf, r.via_nat[i]) {
                    (true, true, _) => "gateway+interface",
                    (true, false, true) => "gateway+nat",
                    (true, false, false) => "gateway",
                    (false, true, _) => "interface",
                    (false, false, _) => "nat",
                };
                DestinationResult {
                    service: d.service,
                    name: d.name(),
                    gb_per_month: self.gb[i].units(),
                    path,
                    service_names: r.uses[i]
                        .iter()
                        .map(|&at| service_name(r.eps[at].name, r.eps[at].region))
                        .collect(),
                    monthly_usd: shares[i].usd(),
                    break_even_gb_per_month: self.break_even(i, best.central),
                }
            })
            .collect()
    }

    /// The volume above which destination `i`'s own interface endpoints cost less than NAT
    /// processing of its volume.
    fn break_even(&self, i: usize, central: bool) -> Option<f64> {
        let (endpoints, carried) = self.alone(i)?;
        if endpoints == 0 {
            return None;
        }
        let (fixed, per_gb, tgw_per_gb) = self.endpoint_rates(central, i);
        // The shares of the volume the interface endpoints carry and NAT would process (both 0
        // for ECR image layers, which the S3 gateway endpoint takes either way: no volume of
        // layers makes the ECR endpoints pay).
        let share = |q: Quantity| {
            if self.gb[i].0 == 0 {
                1.0
            } else {
                q.0 as f64 / self.gb[i].0 as f64
            }
        };
        // The Transit Gateway carries only what the clients in the VPCs send (`tgw_gb`).
        let margin = self.here.nat_gateway_gb.rate.0 as f64 * share(self.nat_bytes(i))
            - per_gb as f64 * share(carried)
            - tgw_per_gb as f64 * share(carried.saturating_sub(self.remote[i]));
        (margin > 0.0).then(|| fixed as f64 / margin / 1e6)
    }

    /// The smallest VPC count at which the centralised design costs less than the per-VPC one,
    /// with the same destinations and total volume. Only the per-VPC endpoint hours and, where
    /// the VPCs are not attached to a Transit Gateway yet, the centralised design's attachments
    /// grow with the VPC count; everything else in both bills stays.
    fn break_even_vpc_count(&self, per_vpc: &Priced, central: &Priced) -> Option<u32> {
        // Endpoints used only from outside the VPCs stay one at any VPC count.
        let (endpoints, once) = per_vpc.routing.interface_split();
        if endpoints == 0 || per_vpc.routing.infeasible.is_some() {
            return None;
        }
        let per_hours =
            u64::from(self.input.endpoint_az_count) * u64::from(self.input.hours_per_month);
        let rate = self.here.interface_endpoint_hour.rate;
        let hours_at =
            |vpcs: u64| line_cost(rate, Quantity::whole((vpcs * endpoints + once) * per_hours));
        let rest = per_vpc.total.0 - hours_at(u64::from(self.input.vpc_count)).0;
        // Centralised, only the Transit Gateway attachments to create can grow with the count:
        // none when the VPCs are attached already, one per VPC when they are not.
        let hours = u64::from(self.input.hours_per_month);
        let tgw = self.here.transit_gateway_attachment_hour.rate;
        let attach_at = |vpcs: u64| {
            line_cost(
                tgw,
                Quantity::whole(self.attachments_to_add(vpcs as u32) * hours),
            )
        };
        let central_rest = central.total.0 - attach_at(u64::from(self.input.vpc_count)).0;
        let cheaper = |vpcs: u32| {
            hours_at(u64::from(vpcs)).0 + rest > attach_at(u64::from(vpcs)).0 + central_rest
        };
        // Both bills are linear in the count, so the per-VPC one pulls ahead from one count on,
        // or never does, or is dearer from the start: the fewest VPCs first, then a binary search.
        let (mut lo, mut hi) = (2u32, input::plan_limits::VPC_COUNT.1);
        if cheaper(lo) {
            return Some(lo);
        }
        if !cheaper(hi) {
            return None;
        }
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if cheaper(mid) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        Some(lo)
    }

    fn reasons(&self, best: &Priced, all: &[Priced]) -> Vec<Reason> {
        let input = self.input;
        let mut out = Vec::new();
        let runner_up = all
            .iter()
            .filter(|p| p.design.eligible && p.design.id != best.design.id)
            .min_by_key(|p| p.total);
        out.push(Reason {
            text: match runner_up {
                Some(next) => format!(
                    "{}: {} a month, the cheapest design that meets the requirements (next: {}, {}).",
                    best.design.title,
                    text::money(best.total, true),
                    next.design.title,
                    text::money(next.total, true)
                ),
                None => format!(
                    "{}: {} a month, the only design that meets the requirements.",
                    best.design.title,
                    text::money(best.total, true)
                ),
            },
            url: refs::PL_PRICE,
            claims: &[],
        });
        let r = &best.routing;
        if r.eps.iter().any(|e| e.kind == Kind::Gateway) {
            out.push(Reason {
                text: "Gateway endpoints for S3 and DynamoDB cost nothing and serve only their own VPC, so each VPC gets its own; AWS documents no case for centralising them.".into(),
                url: refs::WP_CENTRAL,
                claims: &[],
            });
        }
        if r.eps
            .iter()
            .any(|e| e.kind == Kind::Gateway && e.needed_by == Some("ecr.dkr"))
        {
            // The layers alone, not S3's own traffic on the same gateway endpoint.
            let layers = Quantity(
                (0..self.gb.len())
                    .filter(|&i| self.dest(i).name() == "ecr.dkr")
                    .map(|i| self.gb[i].saturating_sub(self.remote[i]).0)
                    .sum(),
            );
            out.push(Reason {
                text: format!(
                    "Amazon ECR stores image layers in S3: {} pulled through ecr.dkr go through the S3 gateway endpoint at no charge, and {}.",
                    if layers > Quantity::ZERO {
                        format!("the {} GB", text::quantity(layers, true))
                    } else {
                        "the image layers".into()
                    },
                    if r.eps.iter().any(|e| e.kind == Kind::Interface && e.name == "ecr.dkr") {
                        "the ECR endpoints carry only API calls"
                    } else {
                        "the ECR API calls go through NAT (not priced by volume)"
                    }
                ),
                url: refs::ECR_VPCE,
                claims: &[],
            });
        }
        if let Some(by) = r
            .eps
            .iter()
            .filter(|e| e.name == "ecs")
            .find_map(|e| e.needed_by)
        {
            out.push(Reason {
                text: format!(
                    "The ECS container agent reaches {by} at the names the ecs endpoint hands it, so the plan builds the ecs endpoint too (API calls only)."
                ),
                url: refs::ECS_VPCE,
                claims: &[],
            });
        }
        if best.central {
            out.push(Reason {
                text: "Private DNS answers only in the endpoint's own VPC: each centralised endpoint with a confirmed name gets a Route 53 private hosted zone for it, associated with every VPC.".into(),
                url: refs::WP_CENTRAL,
                claims: &[],
            });
        }
        if best.central
            && has_s3_gateway(r)
            && r.eps
                .iter()
                .any(|e| e.kind == Kind::Interface && e.name == "s3")
        {
            out.push(Reason {
                text: "S3 stays on the gateway endpoints: a hosted zone over S3's names would send the VPCs' S3 traffic past them. The shared S3 interface endpoint has private DNS for inbound Resolver endpoints only: traffic from the VPC takes the gateway endpoint, traffic from on premises the interface endpoint.".into(),
                url: refs::EC2_DNS,
                claims: &[],
            });
            out.push(Reason {
                text: "On premises, S3's names resolve through a Route 53 Resolver inbound endpoint in the shared-services VPC (not priced).".into(),
                url: refs::R53_INBOUND,
                claims: &[],
            });
        }
        if r.eps
            .iter()
            .any(|e| e.kind == Kind::Interface && overrides_forbidden(e.name))
        {
            out.push(Reason {
                text: "AWS supports no private DNS for DynamoDB and DynamoDB Streams through PrivateLink and says not to override their names: their endpoints keep private DNS off, get no hosted zone, and clients use the endpoint-specific names.".into(),
                url: refs::DDB_PL,
                claims: &[],
            });
        }
        if r.eps.iter().any(|e| e.name == "appmesh-envoy-management") {
            out.push(Reason {
                text: "AWS discontinued App Mesh on September 30, 2026: App Mesh resources can no longer be reached, so this endpoint serves only a mesh still running its Envoy proxies; AWS points to Amazon ECS Service Connect instead.".into(),
                url: refs::APPMESH_END,
                claims: &[],
            });
        }
        if r.eps
            .iter()
            .any(|e| e.kind == Kind::Interface && e.name == "execute-api")
        {
            out.push(Reason {
                text: "API Gateway: private DNS on the execute-api endpoint (or a hosted zone standing in for it) answers for *.execute-api, every API's default name, in the VPCs it serves: a public API called by its default URL from there answers HTTP 403; call public APIs through a custom domain name.".into(),
                url: refs::APIGW_VPC_403,
                claims: &[],
            });
        }
        if best.central {
            let unnamed: Vec<&str> = r
                .eps
                .iter()
                .filter(|e| e.kind == Kind::Interface && e.local && !overrides_forbidden(e.name))
                .filter(|e| e.name != "s3")
                .filter(|e| hosted_zone(e.name, e.region, has_s3_gateway(r)).is_none())
                .map(|e| e.name)
                .collect();
            if !unnamed.is_empty() {
                out.push(Reason {
                    text: format!(
                        "No hosted zone for {}: names not confirmed here; clients in the other VPCs use the endpoints' own DNS names.",
                        crate::check::join(&unnamed, ", ")
                    ),
                    url: refs::PL_AWS,
                    claims: &[],
                });
            }
        }
        if input.has_nat_gateway {
            out.push(Reason {
                text: "The NAT gateways already run for other egress: only the per-GB processing the traffic adds is counted against the endpoints.".into(),
                url: refs::VPC_PRICE,
                claims: &[],
            });
        }
        if input.existing_private_link_gb_per_month > 0.0 && r.interface_count() > 0 {
            out.push(Reason {
                text: "PrivateLink processing tiers count all interface endpoint traffic of the Region: the existing traffic fills the tiers first.".into(),
                url: refs::PL_PRICE,
                claims: &[],
            });
        }
        if input.endpoint_az_count < input.az_count && r.interface_count() > 0 {
            out.push(Reason {
                text: format!(
                    "Interface endpoints in {} of {} AZs: clients in the other AZs cross AZs to reach them, at no transfer charge (AWS stopped charging data transfer between AZs to PrivateLink endpoints and through Transit Gateways on 2022-04-01); only the endpoint's processing applies.",
                    input.endpoint_az_count, input.az_count
                ),
                url: refs::PL_XAZ_FREE,
                claims: &[],
            });
        }
        if input.ip_address_type != IpAddressType::Ipv4 {
            out.extend(ipv6_reasons(input.ip_address_type));
        }
        if let Some(p) = input.preset {
            out.push(Reason {
                text: format!("Preset “{}”: {}", p.title, p.note),
                url: p.source,
                claims: &[],
            });
        }
        out
    }

    fn warnings(&self, best: &Priced) -> Vec<Warning> {
        let mut out = Vec::new();
        if best.design.lines.iter().any(|l| !l.verified && l.usd > 0.0) {
            out.push(Warning {
                code: "unverified-price",
                text: format!(
                    "Some prices of the {} design in {} could not be confirmed from an AWS source; they are marked as unverified.",
                    best.design.id, self.input.region
                ),
            });
        }
        if self.input.ip_address_type != IpAddressType::Ipv4 {
            let unconfirmed: Vec<&str> = best
                .routing
                .eps
                .iter()
                .filter(|e| e.kind == Kind::Interface)
                .filter(|e| {
                    services::find(e.name).map_or(true, |s| s.ipv6 != Some(true)) && e.name != "s3"
                })
                .map(|e| e.name)
                .collect();
            if !unconfirmed.is_empty() {
                out.push(Warning {
                    code: "ipv6-unconfirmed",
                    text: format!(
                        "IPv6 through the interface endpoint is not confirmed in this catalogue for: {}. Check the IPv6 column of “AWS services that integrate with AWS PrivateLink” before building.",
                        crate::check::join(&unconfirmed, ", ")
                    ),
                });
            }
        }
        out
    }
}

/// What IPv6 clients change, with the pages that say so.
fn ipv6_reasons(kind: IpAddressType) -> Vec<Reason> {
    let mut out = vec![
        Reason {
            text: "Interface endpoints take an IP address type: ipv6 needs IPv6-only subnets, dualstack needs subnets with both, and the service must accept IPv6 requests.".into(),
            url: refs::PL_AWS,
            claims: &[],
        },
        Reason {
            text: "Gateway endpoints take the dualstack IP address type: IPv6 clients reach S3 and DynamoDB through them using the services' dual-stack names.".into(),
            url: refs::PL_GW,
            claims: &[],
        },
    ];
    if kind == IpAddressType::Ipv6 {
        out.push(Reason {
            text: "IPv6-only clients reach IPv4-only public endpoints through a NAT gateway only with DNS64 on the subnet and NAT64 on the gateway (priced like any NAT traffic); services with dual-stack public endpoints are also reachable through an egress-only internet gateway, which has no hourly or processing charge (not priced here).".into(),
            url: refs::NAT64,
            claims: &[],
        });
    }
    out
}

fn has_s3_gateway(r: &Routing) -> bool {
    r.eps
        .iter()
        .any(|e| e.kind == Kind::Gateway && e.name == "s3")
}

/// Services whose names AWS says not to override with a private hosted zone, and which take
/// no private DNS through PrivateLink: DynamoDB (`references::DDB_PL`) and DynamoDB Streams.
fn overrides_forbidden(name: &str) -> bool {
    name == "dynamodb"
        || services::find(name).is_some_and(|s| matches!(s.dns, services::Dns::NoOverride { .. }))
}

/// The label of the endpoint-specific names: `vpce-….streams.dynamodb.<region>.vpce.amazonaws.com`.
fn vpce_label(name: &str) -> &str {
    match name {
        "dynamodb-streams" => "streams.dynamodb",
        other => other,
    }
}

/// The private hosted zone a centralised design builds for interface endpoint `name` — its
/// name, and whether `*.` records go under it too — or `None` where no zone may or can stand
/// in for the endpoint's private DNS: names AWS says not to override, names this catalogue has
/// not confirmed (never derived from the PrivateLink name), and S3 while the VPCs keep S3
/// gateway endpoints (`s3_gateway`), whose traffic an S3 zone would pull off them.
pub fn hosted_zone(name: &str, region: &str, s3_gateway: bool) -> Option<(String, bool)> {
    match name {
        "s3" => (!s3_gateway).then(|| (format!("s3.{region}.amazonaws.com"), true)),
        "dynamodb" | "s3express" => None,
        other => match services::find(other)?.dns {
            services::Dns::Name { host, wildcard, .. } => {
                Some((format!("{host}.{region}.amazonaws.com"), wildcard))
            }
            _ => None,
        },
    }
}

/// `com.amazonaws.<region>.<name>`, or `com.amazonaws.<name>` for global services.
pub fn service_name(name: &str, region: &str) -> String {
    if services::find(name).is_some_and(|s| s.global) {
        format!("com.amazonaws.{name}")
    } else {
        format!("com.amazonaws.{region}.{name}")
    }
}

/// The name a person reads for an endpoint service.
fn title(name: &str) -> &str {
    match name {
        "s3" => "Amazon S3",
        "s3express" => "S3 Express One Zone",
        "dynamodb" => "Amazon DynamoDB",
        other => services::find(other).map_or(other, |s| s.title),
    }
}

fn tier_name(from_gb: u64, tier: &Tier) -> String {
    let size = |gb: u64| {
        const PB: u64 = 1_048_576;
        if gb > 0 && gb % PB == 0 {
            format!("{} PB", gb / PB)
        } else {
            format!("{} GB", text::grouped(gb))
        }
    };
    match (from_gb, tier.up_to_gb) {
        (0, Some(to)) => format!("first {}", size(to)),
        (from, Some(to)) => format!("next {}", size(to.saturating_sub(from))),
        (0, None) => "all volumes".into(),
        (from, None) => format!("over {}", size(from)),
    }
}

/// Each destination's share of a design's bill: every line split by its weight, largest
/// remainder first, so the shares add up to the total to the cent.
fn shares(p: &Priced, ctx: &Ctx) -> Vec<Cents> {
    let n = ctx.gb.len();
    let r = &p.routing;
    let mut out = vec![0i64; n];
    let mut weights = vec![0u64; n];
    for (cents, weight) in p.cents.iter().zip(&p.weights) {
        if cents.0 == 0 {
            continue;
        }
        for (i, w) in weights.iter_mut().enumerate() {
            *w = match *weight {
                // Endpoint-hours: an endpoint in each VPC weighs the VPC count, one in one VPC 1.
                Weight::Endpoints => r
                    .eps
                    .iter()
                    .filter(|e| e.kind == Kind::Interface && e.owner == i)
                    .map(|e| {
                        if p.central || !e.local {
                            1
                        } else {
                            u64::from(ctx.input.vpc_count)
                        }
                    })
                    .sum(),
                Weight::InterfaceGb => r.if_gb[i].0,
                Weight::TgwGb => r.if_gb[i].saturating_sub(ctx.remote[i]).0,
                Weight::NatGb => r.nat_gb[i].0,
                Weight::One(j) => u64::from(i == j),
            };
        }
        if weights.iter().all(|w| *w == 0) {
            weights.iter_mut().for_each(|w| *w = 1);
        }
        allocate(cents.0, &weights, &mut out);
    }
    out.into_iter().map(Cents).collect()
}

/// Adds `amount` split by `weights` to `out`: floors first, then one cent each to the largest
/// remainders (earlier first on a tie).
fn allocate(amount: i64, weights: &[u64], out: &mut [i64]) {
    let sum: u128 = weights.iter().map(|w| u128::from(*w)).sum();
    if sum == 0 || amount <= 0 {
        return;
    }
    let amount = amount as u128;
    let mut given = 0u128;
    let mut remainders: Vec<(u128, usize)> = Vec::with_capacity(weights.len());
    for (i, w) in weights.iter().enumerate() {
        let exact = amount * u128::from(*w);
        let (floor, rest) = divide_wide(exact, sum);
        out[i] += floor as i64;
        given += floor;
        remainders.push((rest, i));
    }
    // A selection rather than a sort: the sort would add kilobytes of Wasm for ≤ 50 items.
    for _ in 0..(amount - given) {
        let Some(at) = (0..remainders.len())
            .max_by(|&a, &b| remainders[a].0.cmp(&remainders[b].0).then(b.cmp(&a)))
        else {
            break;
        };
        out[remainders[at].1] += 1;
        remainders[at].0 = 0;
        remainders[at].1 = usize::MAX;
        remainders.swap_remove(at);
    }
}
