//! The `Scenario`: what the reader told us about their setup, validated.
//!
//! `Scenario::from_loose` is the one gate every caller's options pass through. It is strict
//! (unknown fields, wrong types, NaN, out-of-range numbers and unknown Regions are errors with
//! a stable code and a message naming the field and what is allowed) and it fills every
//! documented default, so the rest of the core works only with valid values.

use crate::catalog::Catalog;
use crate::check::{self, boolean, list, number, string, truncate, whole, wrong_type};
use crate::error::{ErrorCode, InputError, Warning};
use crate::input::Loose;

/// What the traffic goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Service {
    S3,
    S3Express,
    DynamoDb,
    DynamoDbStreams,
    AwsService,
    EndpointService,
    Resource,
    ServiceNetwork,
    TrafficInspection,
}

impl Service {
    pub const ALL: [Service; 9] = [
        Service::S3,
        Service::S3Express,
        Service::DynamoDb,
        Service::DynamoDbStreams,
        Service::AwsService,
        Service::EndpointService,
        Service::Resource,
        Service::ServiceNetwork,
        Service::TrafficInspection,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Service::S3 => "s3",
            Service::S3Express => "s3-express",
            Service::DynamoDb => "dynamodb",
            Service::DynamoDbStreams => "dynamodb-streams",
            Service::AwsService => "aws-service",
            Service::EndpointService => "endpoint-service",
            Service::Resource => "resource",
            Service::ServiceNetwork => "service-network",
            Service::TrafficInspection => "traffic-inspection",
        }
    }

    pub fn parse(text: &str) -> Option<Service> {
        Service::ALL.into_iter().find(|s| s.as_str() == text)
    }

    /// Services a gateway endpoint can serve (S3, S3 Express One Zone, DynamoDB tables).
    pub fn has_gateway_endpoint(self) -> bool {
        matches!(self, Service::S3 | Service::S3Express | Service::DynamoDb)
    }
}

/// Where the clients are, relative to the VPC where the endpoint would live.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ClientLocation {
    SameVpc,
    PeeredVpc,
    TransitGateway,
    OnPremises,
    OtherRegion,
}

impl ClientLocation {
    pub const ALL: [ClientLocation; 5] = [
        ClientLocation::SameVpc,
        ClientLocation::PeeredVpc,
        ClientLocation::TransitGateway,
        ClientLocation::OnPremises,
        ClientLocation::OtherRegion,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ClientLocation::SameVpc => "same-vpc",
            ClientLocation::PeeredVpc => "peered-vpc",
            ClientLocation::TransitGateway => "transit-gateway",
            ClientLocation::OnPremises => "on-premises",
            ClientLocation::OtherRegion => "other-region",
        }
    }

    pub fn parse(text: &str) -> Option<ClientLocation> {
        ClientLocation::ALL.into_iter().find(|s| s.as_str() == text)
    }
}

/// Which IP versions the clients use (`ipAddressType`): IPv6-only clients can reach only
/// endpoint types and paths that accept IPv6.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum IpAddressType {
    #[default]
    Ipv4,
    Dualstack,
    Ipv6,
}

impl IpAddressType {
    pub const ALL: [IpAddressType; 3] = [
        IpAddressType::Ipv4,
        IpAddressType::Dualstack,
        IpAddressType::Ipv6,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            IpAddressType::Ipv4 => "ipv4",
            IpAddressType::Dualstack => "dualstack",
            IpAddressType::Ipv6 => "ipv6",
        }
    }

    pub fn parse(text: &str) -> Option<IpAddressType> {
        IpAddressType::ALL.into_iter().find(|t| t.as_str() == text)
    }
}

/// Limits of the numeric fields; documented in the README and in every error message.
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
    /// Percent of `gb_per_month` that comes from outside the VPC (peered VPCs, Transit Gateway,
    /// on-premises, other Regions) when `traffic_from` mixes `same-vpc` with such sources; it is
    /// what a gateway+interface design sends through the interface endpoint.
    pub remote_traffic_percent: f64,
    pub require_security_groups: bool,
    pub require_private_ips: bool,
}

pub const DEFAULT_REGION: &str = "us-east-1";
pub const DEFAULT_GB_PER_MONTH: f64 = 100.0;
pub const DEFAULT_HOURS_PER_MONTH: u32 = 730;
pub const DEFAULT_AZ_COUNT: u32 = 2;
pub const DEFAULT_REMOTE_TRAFFIC_PERCENT: f64 = 50.0;

impl Scenario {
    /// The documented defaults for a service.
    pub fn new(service: Service) -> Scenario {
        Scenario {
            service,
            aws_services: Vec::new(),
            traffic_from: vec![ClientLocation::SameVpc],
            region: DEFAULT_REGION.to_string(),
            service_region: DEFAULT_REGION.to_string(),
            az_count: DEFAULT_AZ_COUNT,
            endpoint_count: 1,
            nat_gateway_count: DEFAULT_AZ_COUNT,
            has_nat_gateway: false,
            allow_internet_path: false,
            gb_per_month: DEFAULT_GB_PER_MONTH,
            hours_per_month: DEFAULT_HOURS_PER_MONTH,
            peak_gbps: None,
            remote_traffic_percent: DEFAULT_REMOTE_TRAFFIC_PERCENT,
            require_security_groups: false,
            require_private_ips: false,
        }
    }

    pub fn comes_from(&self, source: ClientLocation) -> bool {
        self.traffic_from.contains(&source)
    }

    pub fn is_cross_region(&self) -> bool {
        self.region != self.service_region
    }

    /// Validates caller options against the catalogue's Regions. Returns the scenario and the
    /// warnings of any documented clamp that was applied.
    pub fn from_loose(
        options: &Loose,
        catalog: &Catalog,
    ) -> Result<(Scenario, Vec<Warning>), InputError> {
        let entries = match options {
            Loose::Object(entries) => entries,
            other => {
                return Err(InputError {
                    code: ErrorCode::InvalidType,
                    field: None,
                    message: format!("The scenario must be an object, got {}.", other.type_name()),
                })
            }
        };
        let mut warnings = Vec::new();
        check::known_fields(entries, &FIELDS)?;
        // `null` means "use the default", like an absent field.
        let field = |name: &str| options.get(name).filter(|v| !matches!(v, Loose::Null));

        let service = match field("service") {
            None => {
                return Err(InputError::new(
                    ErrorCode::MissingField,
                    "service",
                    format!(
                        "\"service\" is required: one of {}.",
                        list(Service::ALL.iter().map(|s| s.as_str()))
                    ),
                ))
            }
            Some(v) => {
                let text = string(v, "service")?;
                Service::parse(text).ok_or_else(|| {
                    InputError::new(
                        ErrorCode::UnknownValue,
                        "service",
                        format!(
                            "\"service\" is \"{}\", which is not one of {}.",
                            truncate(text),
                            list(Service::ALL.iter().map(|s| s.as_str()))
                        ),
                    )
                })?
            }
        };
        let mut scenario = Scenario::new(service);

        if let Some(v) = field("awsServices") {
            scenario.aws_services = aws_services(v)?;
        }
        if let Some(v) = field("trafficFrom") {
            scenario.traffic_from = traffic_from(v)?;
        }
        if let Some(v) = field("region") {
            scenario.region = region(v, "region", catalog)?;
        }
        scenario.service_region = match field("serviceRegion") {
            Some(v) => region(v, "serviceRegion", catalog)?,
            None => scenario.region.clone(),
        };
        if let Some(v) = field("azCount") {
            scenario.az_count = whole(v, "azCount", limits::AZ_COUNT)?;
        }
        scenario.endpoint_count = match field("endpointCount") {
            Some(v) => whole(v, "endpointCount", limits::ENDPOINT_COUNT)?,
            None => (scenario.aws_services.len() as u32).max(1),
        };
        scenario.nat_gateway_count = match field("natGatewayCount") {
            Some(v) => whole(v, "natGatewayCount", limits::NAT_GATEWAY_COUNT)?,
            None => scenario.az_count,
        };
        if let Some(v) = field("hasNatGateway") {
            scenario.has_nat_gateway = boolean(v, "hasNatGateway")?;
        }
        if let Some(v) = field("allowInternetPath") {
            scenario.allow_internet_path = boolean(v, "allowInternetPath")?;
        }
        if let Some(v) = field("gbPerMonth") {
            scenario.gb_per_month = number(v, "gbPerMonth", 0.0, limits::GB_PER_MONTH_MAX, "GB")?;
        }
        if let Some(v) = field("hoursPerMonth") {
            scenario.hours_per_month = check::hours_per_month(v, &mut warnings)?;
        }
        if let Some(v) = field("peakGbps") {
            scenario.peak_gbps = Some(number(v, "peakGbps", 0.0, limits::PEAK_GBPS_MAX, "Gbps")?);
        }
        if let Some(v) = field("remoteTrafficPercent") {
            scenario.remote_traffic_percent =
                number(v, "remoteTrafficPercent", 0.0, 100.0, "percent")?;
        }
        if let Some(v) = field("requireSecurityGroups") {
            scenario.require_security_groups = boolean(v, "requireSecurityGroups")?;
        }
        if let Some(v) = field("requirePrivateIps") {
            scenario.require_private_ips = boolean(v, "requirePrivateIps")?;
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

/// Every field a scenario accepts, as the caller writes it.
pub const FIELDS: [&str; 16] = [
    "service",
    "awsServices",
    "trafficFrom",
    "region",
    "serviceRegion",
    "azCount",
    "endpointCount",
    "natGatewayCount",
    "hasNatGateway",
    "allowInternetPath",
    "gbPerMonth",
    "hoursPerMonth",
    "peakGbps",
    "remoteTrafficPercent",
    "requireSecurityGroups",
    "requirePrivateIps",
];

pub(crate) fn region(v: &Loose, field: &str, catalog: &Catalog) -> Result<String, InputError> {
    let code = string(v, field)?;
    match catalog.region(code) {
        Some(r) => Ok(r.code.to_string()),
        None => Err(InputError::new(
            ErrorCode::UnknownRegion,
            field,
            format!(
                "\"{field}\" is \"{}\", a Region the price catalogue (as of {}) does not have. Known: {}.",
                truncate(code),
                catalog.as_of,
                catalog.regions.iter().map(|r| r.code).collect::<Vec<_>>().join(", ")
            ),
        )),
    }
}

pub(crate) fn traffic_from(v: &Loose) -> Result<Vec<ClientLocation>, InputError> {
    const FIELD: &str = "trafficFrom";
    let items = match v {
        Loose::List(items) => items,
        other => return Err(wrong_type(FIELD, "a list of traffic sources", other)),
    };
    if items.is_empty() {
        return Err(InputError::new(
            ErrorCode::EmptyList,
            FIELD,
            format!(
                "\"{FIELD}\" must name at least one of {}.",
                list(ClientLocation::ALL.iter().map(|s| s.as_str()))
            ),
        ));
    }
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        let text = string(item, FIELD)?;
        let source = ClientLocation::parse(text).ok_or_else(|| {
            InputError::new(
                ErrorCode::UnknownValue,
                FIELD,
                format!(
                    "\"{FIELD}\" has \"{}\", which is not one of {}.",
                    truncate(text),
                    list(ClientLocation::ALL.iter().map(|s| s.as_str()))
                ),
            )
        })?;
        if out.contains(&source) {
            return Err(InputError::new(
                ErrorCode::DuplicateValue,
                FIELD,
                format!("\"{FIELD}\" names \"{text}\" twice."),
            ));
        }
        out.push(source);
    }
    Ok(out)
}

fn aws_services(v: &Loose) -> Result<Vec<String>, InputError> {
    const FIELD: &str = "awsServices";
    let items = match v {
        Loose::List(items) => items,
        other => {
            return Err(wrong_type(
                FIELD,
                "a list of service names like \"sqs\"",
                other,
            ))
        }
    };
    if items.len() > limits::AWS_SERVICES_MAX {
        return Err(InputError::new(
            ErrorCode::OutOfRange,
            FIELD,
            format!(
                "\"{FIELD}\" may list at most {} services.",
                limits::AWS_SERVICES_MAX
            ),
        ));
    }
    let mut out: Vec<String> = Vec::with_capacity(items.len());
    for item in items {
        let name = string(item, FIELD)?;
        let valid = !name.is_empty()
            && name.len() <= limits::SERVICE_NAME_MAX_LEN
            && name
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'-');
        if !valid {
            return Err(InputError::new(
                ErrorCode::UnknownValue,
                FIELD,
                format!(
                    "\"{FIELD}\" has \"{}\": a service name is the last part of com.amazonaws.<region>.<name>, \
                     lower-case letters, digits, dots and dashes (e.g. \"sqs\", \"ecr.dkr\").",
                    truncate(name)
                ),
            ));
        }
        if out.iter().any(|s| s == name) {
            return Err(InputError::new(
                ErrorCode::DuplicateValue,
                FIELD,
                format!("\"{FIELD}\" names \"{name}\" twice."),
            ));
        }
        out.push(name.to_string());
    }
    Ok(out)
}

/// The enums serialise as the strings callers write (`"s3"`, `"on-premises"`).
macro_rules! serialize_as_str {
    ($($t:ty),*) => {$(
        impl serde::Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
    )*};
}
serialize_as_str!(Service, ClientLocation);
