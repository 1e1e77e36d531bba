//! The `Scenario`: what the reader told us about their setup, validated.
//!
//! `Scenario::from_loose` is the one gate every caller's input passes through. It is strict
//! (unknown fields, wrong types, NaN, out-of-range numbers and unknown Regions are errors with
//! a stable code and a message naming the field and what is allowed) and it fills every
//! documented default, so the rest of the core works only with valid values.

use crate::catalog::Catalog;
use crate::check;
use crate::error::{ErrorCode, InputError, Warning};
use crate::input::Loose;

mod fields;
pub(crate) use fields::read_fields;
pub use fields::{field, DefaultValue, Field, Given, Kind, FIELDS};

/// An enum whose variants callers write as fixed strings: `ALL` (in order), `NAMES` (their
/// strings, in the same order), `as_str`, `parse`, and a `Serialize` that writes the string.
macro_rules! string_enum {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident => $text:literal,)* }) => {
        $(#[$meta])*
        pub enum $name { $($(#[$vmeta])* $variant,)* }

        impl $name {
            pub const ALL: [$name; [$($text),*].len()] = [$($name::$variant),*];
            /// The strings callers write, in the order of `ALL`.
            pub const NAMES: [&'static str; [$($text),*].len()] = [$($text),*];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text,)* }
            }

            pub fn parse(text: &str) -> Option<$name> {
                $name::ALL.into_iter().find(|v| v.as_str() == text)
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
    };
}

string_enum! {
    /// What the traffic goes to.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Service {
        S3 => "s3",
        S3Express => "s3-express",
        DynamoDb => "dynamodb",
        DynamoDbStreams => "dynamodb-streams",
        AwsService => "aws-service",
        EndpointService => "endpoint-service",
        Resource => "resource",
        ServiceNetwork => "service-network",
        TrafficInspection => "traffic-inspection",
    }
}

impl Service {
    /// Services a gateway endpoint can serve (S3, S3 Express One Zone, DynamoDB tables).
    pub fn has_gateway_endpoint(self) -> bool {
        matches!(self, Service::S3 | Service::S3Express | Service::DynamoDb)
    }
}

string_enum! {
    /// Where the clients are, relative to the VPC where the endpoint would live.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum ClientLocation {
        SameVpc => "same-vpc",
        PeeredVpc => "peered-vpc",
        TransitGateway => "transit-gateway",
        OnPremises => "on-premises",
        OtherRegion => "other-region",
    }
}

string_enum! {
    /// Which IP versions the clients use (`ipAddressType`): IPv6-only clients can reach only
    /// endpoint types and paths that accept IPv6.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub enum IpAddressType {
        #[default]
        Ipv4 => "ipv4",
        Dualstack => "dualstack",
        Ipv6 => "ipv6",
    }
}

/// Limits of the numeric fields, used by the field table (`FIELDS`); documented in docs/api.md
/// and in every error message.
pub mod limits {
    pub const AZ_COUNT: (u32, u32) = (1, 6);
    pub const ENDPOINT_COUNT: (u32, u32) = (1, 1000);
    pub const NAT_GATEWAY_COUNT: (u32, u32) = (0, 100);
    pub const AWS_SERVICES_MAX: usize = 200;
    /// 1,000 PB (binary) a month: far beyond any single Region's endpoint traffic.
    pub const GB_PER_MONTH_MAX: f64 = 1_048_576_000.0;
    /// 31 days × 24 h: no month has more.
    pub const HOURS_PER_MONTH_MAX: f64 = 744.0;
    pub const PEAK_GBPS_MAX: f64 = 100_000.0;
    pub const SERVICE_NAME_MAX_LEN: usize = 64;
}

/// A validated scenario. Construct with `Scenario::from_loose` or `Scenario::new`.
/// Serialises as the caller writes it (camelCase fields, plain values): what
/// `defaultScenario()` returns, and what `Scenario::from_loose` reads back unchanged.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Scenario {
    pub service: Service,
    /// PrivateLink service names (`sqs`, `ecr.dkr`…), for `Service::AwsService`.
    pub aws_services: Vec<String>,
    /// Non-empty, distinct, in the order given.
    pub traffic_from: Vec<ClientLocation>,
    pub region: String,
    pub service_region: String,
    pub az_count: u32,
    pub endpoint_count: u32,
    pub nat_gateway_count: u32,
    pub has_nat_gateway: bool,
    pub allow_internet_path: bool,
    pub gb_per_month: f64,
    /// Whole hours billed: a partial hour is billed as a full one.
    pub hours_per_month: u32,
    pub peak_gbps: Option<f64>,
    /// Percent of `gb_per_month` that comes from clients no gateway endpoint can serve (on
    /// premises, other Regions) when `traffic_from` mixes them with clients in VPCs of the Region
    /// (this, peered or Transit Gateway-attached VPCs, each with its own gateway endpoint); it is
    /// what a gateway+interface design sends through the interface endpoint
    /// (`facts::remote_percent`).
    pub remote_traffic_percent: f64,
    pub require_security_groups: bool,
    pub require_private_ips: bool,
    pub ip_address_type: IpAddressType,
}

pub const DEFAULT_REGION: &str = "us-east-1";
pub const DEFAULT_GB_PER_MONTH: f64 = 100.0;
pub const DEFAULT_HOURS_PER_MONTH: u32 = 730;
pub const DEFAULT_AZ_COUNT: u32 = 2;
pub const DEFAULT_REMOTE_TRAFFIC_PERCENT: f64 = 50.0;

impl Scenario {
    /// The documented defaults for a service: each field of `FIELDS` at its default.
    pub fn new(service: Service) -> Scenario {
        let mut scenario = Scenario {
            service,
            aws_services: Vec::new(),
            traffic_from: Vec::new(),
            region: String::new(),
            service_region: String::new(),
            az_count: 0,
            endpoint_count: 0,
            nat_gateway_count: 0,
            has_nat_gateway: false,
            allow_internet_path: false,
            gb_per_month: 0.0,
            hours_per_month: 0,
            peak_gbps: None,
            remote_traffic_percent: 0.0,
            require_security_groups: false,
            require_private_ips: false,
            ip_address_type: IpAddressType::default(),
        };
        for field in &FIELDS {
            field.apply_default(&mut scenario);
        }
        scenario
    }

    pub fn comes_from(&self, location: ClientLocation) -> bool {
        self.traffic_from.contains(&location)
    }

    pub fn is_cross_region(&self) -> bool {
        self.region != self.service_region
    }

    /// Validates the caller's input against the catalogue's Regions. Returns the scenario and the
    /// warnings of any documented clamp that was applied.
    pub fn from_loose(
        input: &Loose,
        catalog: &Catalog,
    ) -> Result<(Scenario, Vec<Warning>), InputError> {
        let entries = match input {
            Loose::Object(entries) => entries,
            other => {
                return Err(InputError {
                    code: ErrorCode::InvalidType,
                    field: None,
                    message: format!("The scenario must be an object, got {}.", other.type_name()),
                })
            }
        };
        let names: Vec<&str> = FIELDS.iter().map(|f| f.name).collect();
        check::known_fields(entries, &names)?;
        let mut warnings = Vec::new();
        // The service has no default; every other field starts from the table's.
        let mut scenario = Scenario::new(Service::S3);
        for field in &FIELDS {
            // `null` means "use the default", like an absent field.
            match input.get(field.name).filter(|v| !matches!(v, Loose::Null)) {
                Some(v) => field.read_into(&mut scenario, v, catalog, &mut warnings)?,
                None if matches!(field.default, DefaultValue::Required) => {
                    return Err(field.missing())
                }
                None => field.apply_default(&mut scenario),
            }
        }
        if !scenario.aws_services.is_empty() && scenario.service != Service::AwsService {
            warnings.push(Warning {
                code: "aws-services-ignored",
                text: "awsServices applies only when service is \"aws-service\"; it was ignored."
                    .into(),
            });
        }
        Ok((scenario, warnings))
    }
}
