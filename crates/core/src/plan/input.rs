//! The plan's input, validated: the same strictness and error codes as `Scenario::from_loose`
//! (unknown fields rejected, camelCase, `null` = default, every number range-checked), with
//! each destination's fields named by position (`destinations[2].gbPerMonth`).

use super::services::{self, ServiceInfo};
use crate::catalog::Catalog;
use crate::check::{self, list, string, truncate, wrong_type};
use crate::error::{ErrorCode, InputError, Warning};
use crate::facts::CROSS_REGION_SERVICES;
use crate::input::Loose;
use crate::scenario::{
    self, limits, ClientLocation, DefaultValue, Field, Given, IpAddressType, Kind, Scenario,
    Service, DEFAULT_REMOTE_TRAFFIC_PERCENT,
};

/// Limits of the plan's own numbers.
pub mod plan_limits {
    pub const DESTINATIONS: (usize, usize) = (1, 50);
    pub const VPC_COUNT: (u32, u32) = (1, 1000);
}

/// Every field a plan input accepts: the plan's own first, then those it shares with a scenario.
pub const FIELDS: [&str; 14] = [
    "destinations",
    "preset",
    "vpcCount",
    "transitGateway",
    "endpointAzCount",
    "existingPrivateLinkGbPerMonth",
    // Shared with a scenario from here on (`SHARED_FIELDS`).
    "region",
    "azCount",
    "hasNatGateway",
    "allowInternetPath",
    "requireSecurityGroups",
    "requirePrivateIps",
    "hoursPerMonth",
    "ipAddressType",
];

/// The plan's fields that mean what a scenario's do: read by the scenario's field table
/// (`scenario::read_fields`), with its types, limits, defaults and messages.
const SHARED_FIELDS: &[&str] = FIELDS.split_at(6).1;

/// Every field a destination accepts: its own, then those it shares with a scenario.
pub const DESTINATION_FIELDS: [&str; 6] = [
    "service",
    "awsService",
    // Shared with a scenario from here on (`SHARED_DESTINATION_FIELDS`).
    "gbPerMonth",
    "trafficFrom",
    "remoteTrafficPercent",
    "serviceRegion",
];

/// The plan's own fields (not a scenario's), as rows of the scenario's field table: their types,
/// limits, defaults and messages in one place, and what `planFields()` tells the JS.
pub const PLAN_FIELDS: [Field; 4] = [
    Field::other(
        "vpcCount",
        Kind::Whole {
            min: plan_limits::VPC_COUNT.0,
            max: plan_limits::VPC_COUNT.1,
        },
        DefaultValue::Whole(1),
        "VPCs that use the destinations; each destination's gbPerMonth is its total over all of them.",
    ),
    Field::other(
        "transitGateway",
        Kind::Boolean,
        DefaultValue::Bool(false),
        "The VPCs are attached to one Transit Gateway (needed to centralise interface endpoints).",
    ),
    Field::other(
        "endpointAzCount",
        Kind::Whole {
            min: limits::AZ_COUNT.0,
            max: limits::AZ_COUNT.1,
        },
        DefaultValue::Derived {
            from: "azCount",
            value: |s| Given::Whole(s.az_count),
        },
        "Availability Zones each interface endpoint is in, at most azCount; clients in the others cross AZs to reach one.",
    ),
    Field::other(
        "existingPrivateLinkGbPerMonth",
        Kind::Number {
            min: 0.0,
            max: limits::GB_PER_MONTH_MAX,
            unit: "GB",
            above_min: false,
        },
        DefaultValue::Number(0.0),
        "Other interface endpoint traffic of the Region, ahead of the plan's in the PrivateLink processing tiers.",
    ),
];

/// A destination's fields that mean what a scenario's do, read the same way.
const SHARED_DESTINATION_FIELDS: &[&str] = DESTINATION_FIELDS.split_at(2).1;

/// The services a plan prices: the AWS services (the others are reached through endpoint
/// services, resource or service-network endpoints, which `advise` covers one at a time).
const PLAN_SERVICES: [Service; 5] = [
    Service::S3,
    Service::S3Express,
    Service::DynamoDb,
    Service::DynamoDbStreams,
    Service::AwsService,
];

/// One destination, validated.
#[derive(Debug, Clone, PartialEq)]
pub struct Destination {
    pub service: Service,
    /// The PrivateLink name for `aws-service` (and `dynamodb-streams`); `None` otherwise.
    pub aws_service: Option<&'static ServiceInfo>,
    /// Total over all VPCs.
    pub gb_per_month: f64,
    pub traffic_from: Vec<ClientLocation>,
    pub remote_traffic_percent: f64,
    pub service_region: String,
}

impl Destination {
    /// The name of the destination's endpoint service: `"s3"`, `"s3express"`, `"dynamodb"`, or
    /// the PrivateLink name.
    pub fn name(&self) -> &'static str {
        match (self.service, self.aws_service) {
            (_, Some(info)) => info.name,
            (Service::S3Express, _) => "s3express",
            (Service::DynamoDb, _) => "dynamodb",
            _ => "s3",
        }
    }

    /// Percent (0–100) of the volume whose clients are outside the VPCs (on premises or in other
    /// Regions): what a gateway endpoint cannot carry. The plan's VPCs are every VPC whose
    /// clients use the destination, `peered-vpc` and `transit-gateway` included: each has its
    /// own gateway endpoint, as `advise` says (`facts::remote_percent`, shared with it).
    pub fn remote_percent(&self) -> f64 {
        crate::facts::remote_percent(&self.traffic_from, self.remote_traffic_percent)
    }
}

/// A validated plan input.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanInput {
    pub destinations: Vec<Destination>,
    pub preset: Option<&'static services::Preset>,
    pub region: String,
    pub vpc_count: u32,
    pub transit_gateway: bool,
    pub az_count: u32,
    pub endpoint_az_count: u32,
    pub has_nat_gateway: bool,
    pub allow_internet_path: bool,
    pub require_security_groups: bool,
    pub require_private_ips: bool,
    pub hours_per_month: u32,
    pub ip_address_type: IpAddressType,
    pub existing_private_link_gb_per_month: f64,
}

impl PlanInput {
    /// Validates caller options; returns the input and the warnings of any clamp applied.
    pub fn from_loose(
        options: &Loose,
        catalog: &Catalog,
    ) -> Result<(PlanInput, Vec<Warning>), InputError> {
        let Loose::Object(entries) = options else {
            return Err(InputError {
                code: ErrorCode::InvalidType,
                field: None,
                message: format!(
                    "The plan input must be an object, got {}.",
                    options.type_name()
                ),
            });
        };
        check::known_fields(entries, &FIELDS)?;
        let field = |name: &str| options.get(name).filter(|v| !matches!(v, Loose::Null));
        let mut warnings = Vec::new();
        let mut shared = Scenario::new(Service::S3);
        scenario::read_fields(&mut shared, options, SHARED_FIELDS, catalog, &mut warnings)?;

        // The plan's own fields, each read by its row of `PLAN_FIELDS`.
        let own = |name: &str| -> Result<Option<Given>, InputError> {
            match (PLAN_FIELDS.iter().find(|f| f.name == name), field(name)) {
                (Some(row), Some(v)) => row.read(v, catalog).map(Some),
                _ => Ok(None),
            }
        };
        let vpc_count = own("vpcCount")?.map_or(1, Given::whole);
        let transit_gateway = own("transitGateway")?.is_some_and(Given::flag);
        let endpoint_az_count = own("endpointAzCount")?.map_or(shared.az_count, Given::whole);
        if endpoint_az_count > shared.az_count {
            return Err(InputError::new(
                ErrorCode::OutOfRange,
                "endpointAzCount",
                format!(
                    "\"endpointAzCount\" must be a whole number from 1 to {} (azCount).",
                    shared.az_count
                ),
            ));
        }
        let existing_private_link_gb_per_month =
            own("existingPrivateLinkGbPerMonth")?.map_or(0.0, Given::number);
        let preset = match field("preset") {
            None => None,
            Some(v) => {
                let id = string(v, "preset")?;
                Some(services::preset(id).ok_or_else(|| {
                    InputError::new(
                        ErrorCode::UnknownValue,
                        "preset",
                        format!(
                            "\"preset\" is \"{}\", which is not one of {}.",
                            truncate(id),
                            list(services::PRESETS.iter().map(|p| p.id))
                        ),
                    )
                })?)
            }
        };
        let mut input = PlanInput {
            destinations: Vec::new(),
            preset,
            region: shared.region.clone(),
            vpc_count,
            transit_gateway,
            az_count: shared.az_count,
            endpoint_az_count,
            has_nat_gateway: shared.has_nat_gateway,
            allow_internet_path: shared.allow_internet_path,
            require_security_groups: shared.require_security_groups,
            require_private_ips: shared.require_private_ips,
            hours_per_month: shared.hours_per_month,
            ip_address_type: shared.ip_address_type,
            existing_private_link_gb_per_month,
        };

        let given = match field("destinations") {
            Some(Loose::List(items)) => items.as_slice(),
            Some(other) => return Err(wrong_type("destinations", "a list of destinations", other)),
            None => &[],
        };
        if given.is_empty() && preset.is_none() {
            return Err(InputError::new(
                if field("destinations").is_some() {
                    ErrorCode::EmptyList
                } else {
                    ErrorCode::MissingField
                },
                "destinations",
                "\"destinations\" must list 1 to 50 destinations like { \"service\": \"s3\", \"gbPerMonth\": 100 } (or name a \"preset\").",
            ));
        }
        if let Some(p) = preset {
            for item in p.items {
                input
                    .destinations
                    .push(preset_destination(item, &input.region));
            }
        }
        let from_preset = input.destinations.len();
        let mut named: Vec<&'static str> = Vec::with_capacity(given.len());
        for (i, item) in given.iter().enumerate() {
            let d = destination(item, i, &shared, catalog)?;
            if named.contains(&d.name()) {
                return Err(InputError::new(
                    ErrorCode::DuplicateValue,
                    format!("destinations[{i}]"),
                    format!(
                        "\"destinations\" names \"{}\" twice: one destination per service, with its total volume.",
                        d.name()
                    ),
                ));
            }
            named.push(d.name());
            // A destination the caller names replaces the preset's entry for the same service.
            // `take` rather than `[..from_preset]`: no slice-index panic formatting in the Wasm.
            match input
                .destinations
                .iter()
                .take(from_preset)
                .position(|e| e.name() == d.name())
            {
                Some(at) => input.destinations[at] = d,
                None => input.destinations.push(d),
            }
        }
        if input.destinations.len() > plan_limits::DESTINATIONS.1 {
            return Err(InputError::new(
                ErrorCode::OutOfRange,
                "destinations",
                "\"destinations\" may list at most 50 destinations (with the preset's).",
            ));
        }
        Ok((input, warnings))
    }
}

fn preset_destination(item: &services::PresetItem, region: &str) -> Destination {
    let service = match item.name {
        "s3" => Service::S3,
        "dynamodb" => Service::DynamoDb,
        _ => Service::AwsService,
    };
    Destination {
        service,
        aws_service: services::find(item.name),
        gb_per_month: item.gb_per_month,
        traffic_from: vec![ClientLocation::SameVpc],
        remote_traffic_percent: DEFAULT_REMOTE_TRAFFIC_PERCENT,
        service_region: region.to_string(),
    }
}

fn destination(
    v: &Loose,
    i: usize,
    plan: &Scenario,
    catalog: &Catalog,
) -> Result<Destination, InputError> {
    let at = |name: &str| format!("destinations[{i}].{name}");
    let Loose::Object(entries) = v else {
        return Err(wrong_type(&format!("destinations[{i}]"), "an object", v));
    };
    check::known_fields(entries, &DESTINATION_FIELDS).map_err(|e| moved(e, i))?;
    let field = |name: &str| v.get(name).filter(|v| !matches!(v, Loose::Null));
    let allowed = || list(PLAN_SERVICES.iter().map(|s| s.as_str()));
    let service = match field("service") {
        None => {
            return Err(InputError::new(
                ErrorCode::MissingField,
                at("service"),
                format!(
                    "Each destination needs a \"service\": one of {}.",
                    allowed()
                ),
            ))
        }
        Some(s) => {
            let text = string(s, "service").map_err(|e| moved(e, i))?;
            Service::parse(text)
                .filter(|s| PLAN_SERVICES.contains(s))
                .ok_or_else(|| {
                    InputError::new(
                        ErrorCode::UnknownValue,
                        at("service"),
                        format!(
                            "\"{}\" is \"{}\"; a plan takes {} (endpoint services, resources, service networks and inspection are advised one at a time by advise).",
                            at("service"),
                            truncate(text),
                            allowed()
                        ),
                    )
                })?
        }
    };
    let aws_service = match (service, field("awsService")) {
        (Service::AwsService, None) => {
            return Err(InputError::new(
                ErrorCode::MissingField,
                at("awsService"),
                format!(
                    "\"{}\" is required for \"aws-service\": one PrivateLink name such as \"sqs\" or \"ecr.dkr\".",
                    at("awsService")
                ),
            ))
        }
        (Service::AwsService, Some(name)) => {
            Some(aws_service(name, "awsService").map_err(|e| moved(e, i))?)
        }
        (Service::DynamoDbStreams, None) => services::find("dynamodb-streams"),
        (_, Some(_)) => {
            return Err(InputError::new(
                ErrorCode::Conflict,
                at("awsService"),
                format!(
                    "\"{}\" applies only when service is \"aws-service\".",
                    at("awsService")
                ),
            ))
        }
        (_, None) => None,
    };
    // The fields a destination shares with a scenario, by the scenario's table; `serviceRegion`
    // defaults to the plan's Region.
    let mut shared = plan.clone();
    scenario::read_fields(
        &mut shared,
        v,
        SHARED_DESTINATION_FIELDS,
        catalog,
        &mut Vec::new(),
    )
    .map_err(|e| moved(e, i))?;
    let d = Destination {
        service,
        aws_service,
        gb_per_month: shared.gb_per_month,
        traffic_from: shared.traffic_from,
        remote_traffic_percent: shared.remote_traffic_percent,
        service_region: shared.service_region,
    };
    if d.service_region != plan.region && !CROSS_REGION_SERVICES.contains(&d.name()) {
        return Err(InputError::new(
            ErrorCode::Conflict,
            at("serviceRegion"),
            format!(
                "\"{}\" is not among the AWS services AWS lists as reachable through PrivateLink from another Region ({}).",
                d.name(),
                list(CROSS_REGION_SERVICES.into_iter())
            ),
        ));
    }
    if d.service == Service::S3Express && d.remote_percent() > 0.0 {
        return Err(InputError::new(
            ErrorCode::Conflict,
            at("trafficFrom"),
            "S3 Express One Zone is reached through a gateway endpoint, which serves only clients in the VPC: no documented private path for clients elsewhere.",
        ));
    }
    Ok(d)
}

/// An error about a destination's field, renamed to where it is: `destinations[2].gbPerMonth`.
/// (Formatting the path only on failure keeps valid input free of it.)
fn moved(e: InputError, i: usize) -> InputError {
    let field = e.field.unwrap_or_default();
    // The first `"field"` in the message, found by a byte-window search and cut out with `get`:
    // `replacen` with a `&str` pattern links core's two-way searcher and str-slicing panics.
    let quoted = format!("\"{field}\"");
    let message = match e
        .message
        .as_bytes()
        .windows(quoted.len())
        .position(|w| w == quoted.as_bytes())
    {
        Some(at) => format!(
            "{}\"destinations[{i}].{field}\"{}",
            e.message.get(..at).unwrap_or_default(),
            e.message.get(at + quoted.len()..).unwrap_or_default()
        ),
        None => e.message.clone(),
    };
    InputError {
        message,
        field: Some(format!("destinations[{i}].{field}")),
        ..e
    }
}

/// A PrivateLink name, checked against the catalogue; unknown names get the closest ones.
fn aws_service(v: &Loose, field: &str) -> Result<&'static ServiceInfo, InputError> {
    let name = string(v, field)?;
    if let Some(info) = services::find(name) {
        return Ok(info);
    }
    let close = services::suggestions(name);
    let hint = match close.as_slice() {
        [] => String::new(),
        [one] => format!(" Did you mean \"{one}\"?"),
        many => format!(" Did you mean {}?", list(many.iter().copied())),
    };
    Err(InputError::new(
        ErrorCode::UnknownValue,
        field,
        format!(
            "\"{field}\" is \"{}\", which is not a PrivateLink service name this catalogue knows (the last part of com.amazonaws.<region>.<name>).{hint} One destination per service: ECR, for example, is \"ecr.api\" and \"ecr.dkr\".",
            truncate(name)
        ),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `read_fields` skips a name the scenario's table lacks, which would leave the field at
    /// its default without a word: every shared name must be a scenario field.
    #[test]
    fn shared_fields_are_scenario_fields() {
        for name in SHARED_FIELDS.iter().chain(SHARED_DESTINATION_FIELDS) {
            assert!(
                scenario::field(name).is_some(),
                "{name} is not a Scenario field"
            );
        }
        assert_eq!(SHARED_FIELDS.len(), 8);
        // FIELDS lists each accepted name once: the two structural ones, the plan's own rows,
        // then the shared ones.
        let mut expected = vec!["destinations", "preset"];
        expected.extend(PLAN_FIELDS.iter().map(|f| f.name));
        expected.extend(SHARED_FIELDS);
        assert_eq!(FIELDS.to_vec(), expected);
        assert_eq!(
            SHARED_DESTINATION_FIELDS,
            [
                "gbPerMonth",
                "trafficFrom",
                "remoteTrafficPercent",
                "serviceRegion"
            ]
        );
    }
}
