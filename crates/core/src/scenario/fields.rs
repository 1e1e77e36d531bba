//! The table of Scenario fields: for each, its name as the caller writes it, its type and limits,
//! its default and a one-line description. The table drives everything a field needs:
//! validation and its error messages (`Kind::read`), the defaults (`Scenario::new` applies each
//! row's `DefaultValue`), the list of known fields, and what `scenarioFields()` tells the JS.
//! A test (tests/fields.rs) fails when the d.ts or the docs' field table disagree with it.
//!
//! Adding a field: a `Scenario` member, a row here (after any field its default depends on),
//! then the d.ts and docs rows the test prints.

use super::{
    limits, ClientLocation, IpAddressType, Scenario, Service, DEFAULT_AZ_COUNT,
    DEFAULT_GB_PER_MONTH, DEFAULT_HOURS_PER_MONTH, DEFAULT_REGION, DEFAULT_REMOTE_TRAFFIC_PERCENT,
};
use crate::catalog::Catalog;
use crate::check::{self, boolean, list, string, truncate, whole, wrong_type};
use crate::error::{ErrorCode, InputError, Warning};
use crate::input::Loose;

/// A field's type and limits, as the caller must write it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Kind {
    /// One of `values`.
    Choice(&'static [&'static str]),
    /// A non-empty list of distinct `values`.
    ChoiceList(&'static [&'static str]),
    /// At most `max_items` distinct PrivateLink service names (the last part of
    /// `com.amazonaws.<region>.<name>`), each at most `max_len` bytes.
    ServiceNames {
        max_items: usize,
        max_len: usize,
    },
    /// A Region code of the price catalogue.
    Region,
    /// A whole number from `min` to `max`.
    Whole {
        min: u32,
        max: u32,
    },
    /// A finite number from `min` (or, when `above_min`, more than `min`) to `max`, in `unit`.
    Number {
        min: f64,
        max: f64,
        unit: &'static str,
        above_min: bool,
    },
    Boolean,
}

/// A field's default when the caller leaves it out (or gives `null`).
#[derive(Debug, Clone, Copy)]
pub enum DefaultValue {
    /// The caller must give it.
    Required,
    /// No value (`null`).
    Absent,
    Text(&'static str),
    Texts(&'static [&'static str]),
    Number(f64),
    Whole(u32),
    Bool(bool),
    /// Follows another field (named by `from`, which comes earlier in the table).
    Derived {
        from: &'static str,
        value: fn(&Scenario) -> Given,
    },
}

/// A value read from the caller (or a default), checked against its field's `Kind`.
#[derive(Debug, Clone, PartialEq)]
pub enum Given {
    Text(String),
    Texts(Vec<String>),
    Number(f64),
    Whole(u32),
    Bool(bool),
}

/// One row of the table.
#[derive(Clone, Copy)]
pub struct Field {
    /// As the caller writes it (camelCase).
    pub name: &'static str,
    pub kind: Kind,
    pub default: DefaultValue,
    /// One line for people: the d.ts comment and the docs' table.
    pub doc: &'static str,
    /// Stores a checked value; may add a warning for a documented clamp.
    set: fn(&mut Scenario, Given, &mut Vec<Warning>),
}

/// Every field a scenario accepts, in the order they are read and documented.
pub const FIELDS: [Field; 17] = [
    Field {
        name: "service",
        kind: Kind::Choice(&Service::NAMES),
        default: DefaultValue::Required,
        doc: "What the traffic goes to.",
        set: |s, g, _| {
            if let Some(v) = Service::parse(&g.text()) {
                s.service = v;
            }
        },
    },
    Field {
        name: "awsServices",
        kind: Kind::ServiceNames {
            max_items: limits::AWS_SERVICES_MAX,
            max_len: limits::SERVICE_NAME_MAX_LEN,
        },
        default: DefaultValue::Texts(&[]),
        doc: "For service \"aws-service\": the PrivateLink service names, e.g. sqs or ecr.dkr.",
        set: |s, g, _| s.aws_services = g.texts(),
    },
    Field {
        name: "trafficFrom",
        kind: Kind::ChoiceList(&ClientLocation::NAMES),
        default: DefaultValue::Texts(&["same-vpc"]),
        doc: "Where the clients are, relative to the VPC where the endpoint would live.",
        set: |s, g, _| {
            s.traffic_from = g
                .texts()
                .iter()
                .filter_map(|t| ClientLocation::parse(t))
                .collect()
        },
    },
    Field {
        name: "region",
        kind: Kind::Region,
        default: DefaultValue::Text(DEFAULT_REGION),
        doc: "The Region of the VPC and of the endpoints priced.",
        set: |s, g, _| s.region = g.text(),
    },
    Field {
        name: "serviceRegion",
        kind: Kind::Region,
        default: DefaultValue::Derived {
            from: "region",
            value: |s| Given::Text(s.region.clone()),
        },
        doc: "Where the bucket, table or service lives.",
        set: |s, g, _| s.service_region = g.text(),
    },
    Field {
        name: "azCount",
        kind: Kind::Whole {
            min: limits::AZ_COUNT.0,
            max: limits::AZ_COUNT.1,
        },
        default: DefaultValue::Whole(DEFAULT_AZ_COUNT),
        doc: "Availability Zones an interface endpoint (and the NAT gateways) span.",
        set: |s, g, _| s.az_count = g.whole(),
    },
    Field {
        name: "endpointCount",
        kind: Kind::Whole {
            min: limits::ENDPOINT_COUNT.0,
            max: limits::ENDPOINT_COUNT.1,
        },
        default: DefaultValue::Derived {
            from: "awsServices",
            value: |s| Given::Whole((s.aws_services.len() as u32).max(1)),
        },
        doc: "Interface endpoints priced; by default one per awsServices name, at least 1.",
        set: |s, g, _| s.endpoint_count = g.whole(),
    },
    Field {
        name: "natGatewayCount",
        kind: Kind::Whole {
            min: limits::NAT_GATEWAY_COUNT.0,
            max: limits::NAT_GATEWAY_COUNT.1,
        },
        default: DefaultValue::Derived {
            from: "azCount",
            value: |s| Given::Whole(s.az_count),
        },
        doc: "NAT gateways on the public path; by default one per Availability Zone; 0 is priced as 1.",
        set: |s, g, _| s.nat_gateway_count = g.whole(),
    },
    Field {
        name: "hasNatGateway",
        kind: Kind::Boolean,
        default: DefaultValue::Bool(false),
        doc: "NAT gateways already exist for other egress.",
        set: |s, g, _| s.has_nat_gateway = g.flag(),
    },
    Field {
        name: "allowInternetPath",
        kind: Kind::Boolean,
        default: DefaultValue::Bool(false),
        doc: "No rule requires a private path: the traffic may use the public endpoint.",
        set: |s, g, _| s.allow_internet_path = g.flag(),
    },
    Field {
        name: "gbPerMonth",
        kind: Kind::Number {
            min: 0.0,
            max: limits::GB_PER_MONTH_MAX,
            unit: "GB",
            above_min: false,
        },
        default: DefaultValue::Number(DEFAULT_GB_PER_MONTH),
        doc: "Data processed per month in GB (1 TB = 1,024 GB).",
        set: |s, g, _| s.gb_per_month = g.number(),
    },
    Field {
        name: "hoursPerMonth",
        kind: Kind::Number {
            min: 0.0,
            max: limits::HOURS_PER_MONTH_MAX,
            unit: "hours",
            above_min: true,
        },
        default: DefaultValue::Whole(DEFAULT_HOURS_PER_MONTH),
        doc: "Hours each endpoint or NAT gateway runs; partial hours are billed as whole hours, so it is rounded up.",
        set: |s, g, warnings| {
            let hours = g.number();
            let billed = hours.ceil() as u32;
            if f64::from(billed) != hours {
                warnings.push(Warning {
                    code: "hours-rounded-up",
                    text:
                        "Partial hours are billed as whole hours, so hoursPerMonth was rounded up."
                            .into(),
                });
            }
            s.hours_per_month = billed;
        },
    },
    Field {
        name: "peakGbps",
        kind: Kind::Number {
            min: 0.0,
            max: limits::PEAK_GBPS_MAX,
            unit: "Gbps",
            above_min: false,
        },
        default: DefaultValue::Absent,
        doc: "Sustained throughput needed.",
        set: |s, g, _| s.peak_gbps = Some(g.number()),
    },
    Field {
        name: "remoteTrafficPercent",
        kind: Kind::Number {
            min: 0.0,
            max: 100.0,
            unit: "percent",
            above_min: false,
        },
        default: DefaultValue::Number(DEFAULT_REMOTE_TRAFFIC_PERCENT),
        doc: "Share of gbPerMonth from remote clients (on premises, other Regions) when trafficFrom mixes them with clients in VPCs, which use gateway endpoints: what a gateway+interface design sends through the interface endpoint.",
        set: |s, g, _| s.remote_traffic_percent = g.number(),
    },
    Field {
        name: "requireSecurityGroups",
        kind: Kind::Boolean,
        default: DefaultValue::Bool(false),
        doc: "Access must be enforced with security groups at the endpoint.",
        set: |s, g, _| s.require_security_groups = g.flag(),
    },
    Field {
        name: "requirePrivateIps",
        kind: Kind::Boolean,
        default: DefaultValue::Bool(false),
        doc: "Clients must reach the service at private IP addresses.",
        set: |s, g, _| s.require_private_ips = g.flag(),
    },
    Field {
        name: "ipAddressType",
        kind: Kind::Choice(&IpAddressType::NAMES),
        default: DefaultValue::Text("ipv4"),
        doc: "Which IP versions the clients use: IPv4 only, both, or IPv6 only.",
        set: |s, g, _| {
            if let Some(v) = IpAddressType::parse(&g.text()) {
                s.ip_address_type = v;
            }
        },
    },
];

/// The row of a field name, if the scenario has such a field.
impl Field {
    /// A row for a field of another input (the plan's own fields) that shares the table's
    /// kinds, limits, messages and `scenarioFields()` shape but sets nothing on a scenario:
    /// its reader takes the value with `read`.
    pub const fn other(
        name: &'static str,
        kind: Kind,
        default: DefaultValue,
        doc: &'static str,
    ) -> Field {
        Field {
            name,
            kind,
            default,
            doc,
            set: |_, _, _| {},
        }
    }

    /// Reads and checks `value` as this field (type, limits, the message naming `name`).
    pub(crate) fn read(&self, value: &Loose, catalog: &Catalog) -> Result<Given, InputError> {
        self.kind.read(value, self.name, catalog)
    }
}

pub fn field(name: &str) -> Option<&'static Field> {
    FIELDS.iter().find(|f| f.name == name)
}

impl Field {
    /// Checks the caller's value against this field's kind and stores it.
    pub(crate) fn read_into(
        &self,
        scenario: &mut Scenario,
        value: &Loose,
        catalog: &Catalog,
        warnings: &mut Vec<Warning>,
    ) -> Result<(), InputError> {
        let given = self.kind.read(value, self.name, catalog)?;
        (self.set)(scenario, given, warnings);
        Ok(())
    }

    /// Stores this field's default. `Required` and `Absent` leave the scenario as it is.
    pub(crate) fn apply_default(&self, scenario: &mut Scenario) {
        let given = match self.default {
            DefaultValue::Required | DefaultValue::Absent => return,
            DefaultValue::Text(t) => Given::Text(t.to_string()),
            DefaultValue::Texts(ts) => Given::Texts(ts.iter().map(|t| t.to_string()).collect()),
            DefaultValue::Number(n) => Given::Number(n),
            DefaultValue::Whole(n) => Given::Whole(n),
            DefaultValue::Bool(b) => Given::Bool(b),
            DefaultValue::Derived { value, .. } => value(scenario),
        };
        (self.set)(scenario, given, &mut Vec::new());
    }

    /// The error for a required field the caller left out.
    pub(crate) fn missing(&self) -> InputError {
        let allowed = match self.kind {
            Kind::Choice(values) => format!(": one of {}", list(values.iter().copied())),
            _ => String::new(),
        };
        InputError::new(
            ErrorCode::MissingField,
            self.name,
            format!("\"{}\" is required{allowed}.", self.name),
        )
    }
}

impl Kind {
    /// Checks `v` for field `name`: the right type, within the limits, else a specific error.
    fn read(&self, v: &Loose, name: &str, catalog: &Catalog) -> Result<Given, InputError> {
        match *self {
            Kind::Choice(values) => {
                let text = string(v, name)?;
                if !values.contains(&text) {
                    return Err(InputError::new(
                        ErrorCode::UnknownValue,
                        name,
                        format!(
                            "\"{name}\" is \"{}\", which is not one of {}.",
                            truncate(text),
                            list(values.iter().copied())
                        ),
                    ));
                }
                Ok(Given::Text(text.to_string()))
            }
            Kind::ChoiceList(values) => choice_list(v, name, values).map(Given::Texts),
            Kind::ServiceNames { max_items, max_len } => {
                service_names(v, name, max_items, max_len).map(Given::Texts)
            }
            Kind::Region => region(v, name, catalog).map(Given::Text),
            Kind::Whole { min, max } => whole(v, name, (min, max)).map(Given::Whole),
            Kind::Number {
                min,
                max,
                unit,
                above_min: false,
            } => check::number(v, name, min, max, unit).map(Given::Number),
            Kind::Number {
                min,
                max,
                unit,
                above_min: true,
            } => {
                let n = check::number(v, name, min, max, unit)?;
                if n == min {
                    // Integers only in the message: float formatting would cost the Wasm ~20 KB.
                    return Err(InputError::new(
                        ErrorCode::OutOfRange,
                        name,
                        format!(
                            "\"{name}\" must be more than {} and at most {} {unit}.",
                            min as u64, max as u64
                        ),
                    ));
                }
                Ok(Given::Number(n))
            }
            Kind::Boolean => boolean(v, name).map(Given::Bool),
        }
    }
}

impl Given {
    // The table pairs each kind with a setter of the matching type, so the fallbacks below
    // are never taken; they keep a mistake in the table from becoming a panic.
    pub(crate) fn text(self) -> String {
        match self {
            Given::Text(t) => t,
            _ => String::new(),
        }
    }
    pub(crate) fn texts(self) -> Vec<String> {
        match self {
            Given::Texts(ts) => ts,
            _ => Vec::new(),
        }
    }
    pub(crate) fn number(self) -> f64 {
        match self {
            Given::Number(n) => n,
            Given::Whole(n) => f64::from(n),
            _ => 0.0,
        }
    }
    pub(crate) fn whole(self) -> u32 {
        match self {
            Given::Whole(n) => n,
            _ => 0,
        }
    }
    pub(crate) fn flag(self) -> bool {
        matches!(self, Given::Bool(true))
    }
}

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
                check::join(&catalog.regions.iter().map(|r| r.code).collect::<Vec<_>>(), ", ")
            ),
        )),
    }
}

fn choice_list(v: &Loose, field: &str, values: &[&'static str]) -> Result<Vec<String>, InputError> {
    let items = match v {
        Loose::List(items) => items,
        other => {
            return Err(wrong_type(
                field,
                &format!("a list of {}", list(values.iter().copied())),
                other,
            ))
        }
    };
    if items.is_empty() {
        return Err(InputError::new(
            ErrorCode::EmptyList,
            field,
            format!(
                "\"{field}\" must name at least one of {}.",
                list(values.iter().copied())
            ),
        ));
    }
    let mut out: Vec<String> = Vec::with_capacity(items.len());
    for item in items {
        let text = string(item, field)?;
        if !values.contains(&text) {
            return Err(InputError::new(
                ErrorCode::UnknownValue,
                field,
                format!(
                    "\"{field}\" has \"{}\", which is not one of {}.",
                    truncate(text),
                    list(values.iter().copied())
                ),
            ));
        }
        if out.iter().any(|s| s == text) {
            return Err(InputError::new(
                ErrorCode::DuplicateValue,
                field,
                format!("\"{field}\" names \"{text}\" twice."),
            ));
        }
        out.push(text.to_string());
    }
    Ok(out)
}

fn service_names(
    v: &Loose,
    field: &str,
    max_items: usize,
    max_len: usize,
) -> Result<Vec<String>, InputError> {
    let items = match v {
        Loose::List(items) => items,
        other => {
            return Err(wrong_type(
                field,
                "a list of service names like \"sqs\"",
                other,
            ))
        }
    };
    if items.len() > max_items {
        return Err(InputError::new(
            ErrorCode::OutOfRange,
            field,
            format!("\"{field}\" may list at most {max_items} services."),
        ));
    }
    let mut out: Vec<String> = Vec::with_capacity(items.len());
    for item in items {
        let name = string(item, field)?;
        let valid = !name.is_empty()
            && name.len() <= max_len
            && name
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'-');
        if !valid {
            return Err(InputError::new(
                ErrorCode::UnknownValue,
                field,
                format!(
                    "\"{field}\" has \"{}\": a service name is the last part of com.amazonaws.<region>.<name>, \
                     lower-case letters, digits, dots and dashes (e.g. \"sqs\", \"ecr.dkr\").",
                    truncate(name)
                ),
            ));
        }
        if out.iter().any(|s| s == name) {
            return Err(InputError::new(
                ErrorCode::DuplicateValue,
                field,
                format!("\"{field}\" names \"{name}\" twice."),
            ));
        }
        out.push(name.to_string());
    }
    Ok(out)
}

/// What `scenarioFields()` returns for each row (camelCase): `name`, `type` (`"string"`,
/// `"string[]"`, `"integer"`, `"number"`, `"boolean"`), `required`, `default` (null when
/// required, absent or derived), `defaultFrom` (the field a derived default follows), `min`,
/// `max`, `aboveMin` (the minimum itself is not allowed), `unit`, `maxItems`, `values` (the
/// allowed strings), `region` (a catalogue Region code), `doc`. Keys that do not apply are null.
impl serde::Serialize for Field {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let (type_name, values) = match self.kind {
            Kind::Choice(values) => ("string", Some(values)),
            Kind::ChoiceList(values) => ("string[]", Some(values)),
            Kind::ServiceNames { .. } => ("string[]", None),
            Kind::Region => ("string", None),
            Kind::Whole { .. } => ("integer", None),
            Kind::Number { .. } => ("number", None),
            Kind::Boolean => ("boolean", None),
        };
        let (min, max, above_min, unit) = match self.kind {
            Kind::Whole { min, max } => (Some(f64::from(min)), Some(f64::from(max)), false, None),
            Kind::Number {
                min,
                max,
                unit,
                above_min,
            } => (Some(min), Some(max), above_min, Some(unit)),
            _ => (None, None, false, None),
        };
        let max_items = match self.kind {
            Kind::ServiceNames { max_items, .. } => Some(max_items as u32),
            _ => None,
        };
        let default_from = match self.default {
            DefaultValue::Derived { from, .. } => Some(from),
            _ => None,
        };
        let mut s = serializer.serialize_struct("Field", 13)?;
        s.serialize_field("name", self.name)?;
        s.serialize_field("type", type_name)?;
        s.serialize_field("required", &matches!(self.default, DefaultValue::Required))?;
        s.serialize_field("default", &self.default)?;
        s.serialize_field("defaultFrom", &default_from)?;
        s.serialize_field("min", &min)?;
        s.serialize_field("max", &max)?;
        s.serialize_field("aboveMin", &above_min)?;
        s.serialize_field("unit", &unit)?;
        s.serialize_field("maxItems", &max_items)?;
        s.serialize_field("values", &values)?;
        s.serialize_field("region", &matches!(self.kind, Kind::Region))?;
        s.serialize_field("doc", self.doc)?;
        s.end()
    }
}

/// A default as the caller would write it; `null` when there is none to write.
impl serde::Serialize for DefaultValue {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match *self {
            DefaultValue::Required | DefaultValue::Absent | DefaultValue::Derived { .. } => {
                serializer.serialize_none()
            }
            DefaultValue::Text(t) => serializer.serialize_str(t),
            DefaultValue::Texts(ts) => ts.serialize(serializer),
            DefaultValue::Number(n) => serializer.serialize_f64(n),
            DefaultValue::Whole(n) => serializer.serialize_u32(n),
            DefaultValue::Bool(b) => serializer.serialize_bool(b),
        }
    }
}

impl std::fmt::Debug for Field {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Field")
            .field("name", &self.name)
            .field("kind", &self.kind)
            .field("default", &self.default)
            .finish()
    }
}

/// Reads only the fields `names` of `input` into `scenario`, each by its row of the table (an
/// absent or `null` field takes the row's default, which may follow a field read earlier or
/// already in `scenario`); the other fields are left as they are. Inputs that share fields
/// with a scenario (the plan and its destinations) read them through this, so that each
/// field's type, limits, default and messages are written once, here. Unknown fields are the
/// caller's to reject (`check::known_fields`).
pub(crate) fn read_fields(
    scenario: &mut Scenario,
    input: &Loose,
    names: &[&str],
    catalog: &Catalog,
    warnings: &mut Vec<Warning>,
) -> Result<(), InputError> {
    for field in FIELDS.iter().filter(|f| names.contains(&f.name)) {
        match input.get(field.name).filter(|v| !matches!(v, Loose::Null)) {
            Some(v) => field.read_into(scenario, v, catalog, warnings)?,
            None => field.apply_default(scenario),
        }
    }
    Ok(())
}
