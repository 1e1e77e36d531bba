//! The price catalogue: per-Region rates for every option the widget prices, each with its
//! source, and the catalogue's "as of" date.
//!
//! The figures live in `data/prices.json`; `build.rs` validates that file and turns it into the
//! static tables included below, so the Wasm carries no JSON parser for them. Nothing here reads
//! the environment: the cost model is handed a `&Catalog` (or one `&RegionPrices`), and tests
//! hand it their own.

use crate::money::Rate;

/// What kind of source a figure comes from, most authoritative first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum SourceClass {
    /// An AWS price feed (the JSON AWS's pricing pages render from) or a Price List offer file,
    /// read directly or from a verbatim copy.
    AwsFeed,
    /// An AWS pricing or documentation page.
    AwsPage,
    /// Figures as another project or person reproduced them (test data, transcriptions).
    ThirdPartyCopy,
}

impl SourceClass {
    /// The key written in `data/prices.json` and given to the page.
    pub fn key(self) -> &'static str {
        match self {
            SourceClass::AwsFeed => "aws-feed",
            SourceClass::AwsPage => "aws-page",
            SourceClass::ThirdPartyCopy => "third-party-copy",
        }
    }

    /// What a reader sees beside the source.
    pub fn title(self) -> &'static str {
        match self {
            SourceClass::AwsFeed => "AWS price feed or offer file",
            SourceClass::AwsPage => "AWS page",
            SourceClass::ThirdPartyCopy => "third-party copy",
        }
    }
}

/// Where a figure comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    /// Short stable key, e.g. `"privatelink-pricing"`.
    pub id: &'static str,
    pub title: &'static str,
    /// A URL: a page, or a file pinned at a commit.
    pub url: &'static str,
    /// The date of the figures (YYYY-MM-DD): a feed's or offer's publication day, else the day
    /// the page or copy was read.
    pub as_of: &'static str,
    pub class: SourceClass,
}

/// An inter-Region transfer rate that depends on the destination (e.g. us-east-1 → us-east-2);
/// every pair not listed is billed at the source Region's `inter_region_out_gb`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InterRegionRoute {
    pub from: &'static str,
    pub to: &'static str,
    pub price: Price,
}

/// One price with its provenance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Price {
    pub rate: Rate,
    /// Index into `Catalog::sources`: where the figure was read.
    pub source_index: usize,
    /// False where no trustworthy source confirmed the figure: the widget says so beside it.
    pub verified: bool,
}

/// One step of a tiered rate: `price` applies to the GB above the previous tier's `up_to_gb`
/// (0 for the first tier) up to this tier's `up_to_gb` (cumulative, whole GB); the last tier has
/// `up_to_gb: None`. `build.rs` guarantees the ends ascend strictly and only the last is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tier {
    pub up_to_gb: Option<u64>,
    pub price: Price,
}

/// All rates of one Region.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RegionPrices {
    /// e.g. `"eu-west-1"`.
    pub code: &'static str,
    /// e.g. `"Europe (Ireland)"`.
    pub name: &'static str,
    /// Interface endpoint, per endpoint per AZ per hour.
    pub interface_endpoint_hour: Price,
    /// PrivateLink data processing per GB, tiered over all interface endpoints of the Region.
    pub interface_data_tiers: &'static [Tier],
    /// Gateway Load Balancer endpoint, per endpoint per AZ per hour.
    pub gwlb_endpoint_hour: Price,
    /// Gateway Load Balancer endpoint data processing per GB.
    pub gwlb_endpoint_gb: Price,
    /// NAT gateway, per gateway per hour.
    pub nat_gateway_hour: Price,
    /// NAT gateway data processing per GB.
    pub nat_gateway_gb: Price,
    /// Public IPv4 address, per address per hour (a NAT gateway holds one).
    pub public_ipv4_hour: Price,
    /// Resource endpoint (PrivateLink access to a VPC resource), per endpoint per AZ per hour (the PrivateLink
    /// pricing rule "each hour … provisioned in each Availability Zone"; unverified per Region).
    pub resource_endpoint_hour: Price,
    /// Service-network endpoint (VPC Lattice), per endpoint per AZ per hour.
    pub service_network_endpoint_hour: Price,
    /// Data transfer between Availability Zones of the Region, per GB in each direction.
    pub cross_az_gb: Price,
    /// Data transfer out of this Region to another AWS Region, per GB.
    pub inter_region_out_gb: Price,
    /// Data transfer out to the internet, first paid tier, per GB.
    pub internet_out_gb: Price,
    /// Transit Gateway attachment (a VPC attached to the Transit Gateway), per attachment per hour.
    pub transit_gateway_attachment_hour: Price,
    /// Transit Gateway data processing, per GB sent into the Transit Gateway.
    pub transit_gateway_gb: Price,
    /// Route 53 private hosted zone, per zone per month: an account's first 25 zones.
    pub private_hosted_zone_month: Price,
    /// Route 53 hosted zone beyond an account's first 25, per zone per month.
    pub private_hosted_zone_month_over_25: Price,
    /// Regional NAT gateway, per Availability Zone it is active in, per hour.
    pub regional_nat_gateway_az_hour: Price,
}

/// The whole catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Catalog {
    /// The date the catalogue's figures were last checked (YYYY-MM-DD).
    pub as_of: &'static str,
    pub currency: &'static str,
    pub regions: &'static [RegionPrices],
    pub sources: &'static [Source],
    /// Destination-specific inter-Region rates (see `inter_region_out_gb`).
    pub inter_region_routes: &'static [InterRegionRoute],
}

impl RegionPrices {
    /// Every single (non-tiered) rate of the Region, with its field name as written in
    /// `data/prices.json`.
    pub fn named_prices(&self) -> [(&'static str, &Price); 16] {
        [
            ("interfaceEndpointHour", &self.interface_endpoint_hour),
            ("gwlbEndpointHour", &self.gwlb_endpoint_hour),
            ("gwlbEndpointGb", &self.gwlb_endpoint_gb),
            ("natGatewayHour", &self.nat_gateway_hour),
            ("natGatewayGb", &self.nat_gateway_gb),
            ("publicIpv4Hour", &self.public_ipv4_hour),
            ("resourceEndpointHour", &self.resource_endpoint_hour),
            (
                "serviceNetworkEndpointHour",
                &self.service_network_endpoint_hour,
            ),
            ("crossAzGb", &self.cross_az_gb),
            ("interRegionOutGb", &self.inter_region_out_gb),
            ("internetOutGb", &self.internet_out_gb),
            (
                "transitGatewayAttachmentHour",
                &self.transit_gateway_attachment_hour,
            ),
            ("transitGatewayGb", &self.transit_gateway_gb),
            ("privateHostedZoneMonth", &self.private_hosted_zone_month),
            (
                "privateHostedZoneMonthOver25",
                &self.private_hosted_zone_month_over_25,
            ),
            (
                "regionalNatGatewayAzHour",
                &self.regional_nat_gateway_az_hour,
            ),
        ]
    }

    /// Every price of the Region, tiers included (each tier under `"interfaceDataTiers"`).
    pub fn all_prices(&self) -> impl Iterator<Item = (&'static str, &Price)> + '_ {
        self.named_prices().into_iter().chain(
            self.interface_data_tiers
                .iter()
                .map(|t| ("interfaceDataTiers", &t.price)),
        )
    }
}

impl Catalog {
    pub fn region(&self, code: &str) -> Option<&'static RegionPrices> {
        self.regions.iter().find(|r| r.code == code)
    }

    pub fn source(&self, index: usize) -> Option<&'static Source> {
        self.sources.get(index)
    }

    /// The source a price cites.
    pub fn source_of(&self, price: &Price) -> Option<&'static Source> {
        self.source(price.source_index)
    }

    /// The rate for data sent from Region `from` to Region `to`, per GB: the pair's own rate
    /// where AWS prices the pair apart, else the source Region's rate to any other Region (AWS
    /// bills inter-Region transfer by the source Region). `None` for an unknown source Region.
    pub fn inter_region_out_gb(&self, from: &str, to: &str) -> Option<&'static Price> {
        self.inter_region_routes
            .iter()
            .find(|r| r.from == from && r.to == to)
            .map(|r| &r.price)
            .or_else(|| self.region(from).map(|r| &r.inter_region_out_gb))
    }

    /// Every price no trustworthy source confirmed, as (Region code, field name, price): what the
    /// widget flags beside the number. Why each one is unconfirmed is in its `note` in
    /// `data/prices.json`.
    pub fn unverified(&self) -> impl Iterator<Item = (&'static str, &'static str, &'static Price)> {
        self.regions.iter().flat_map(|r| {
            r.all_prices()
                .filter(|(_, p)| !p.verified)
                .map(move |(field, p)| (r.code, field, p))
        })
    }
}

include!(concat!(env!("OUT_DIR"), "/prices.rs"));

/// The catalogue built from `data/prices.json`.
pub fn builtin() -> &'static Catalog {
    &BUILTIN
}
