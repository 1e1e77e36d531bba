//! The decision tree, as data, and its evaluation for a scenario.
//!
//! `tree::NODES` is a static table of questions (each answer a test on the scenario, the next
//! node, and the scenario change it stands for) and leaves (a recommendation, a sentence and
//! reasons with their AWS sources). `decide` walks it from `tree::ROOT`: at each question the
//! first answer whose test holds is taken (the answers of a node are exclusive and exhaustive;
//! the tests check it). Then `tree::NOTES` add the reasons that depend on numbers rather than on
//! the route: throughput against the interface endpoint's ceiling, the NAT-versus-endpoint
//! bill, DNS work for remote clients, quotas. `why_not` says, for any option, why it cannot
//! carry the scenario's traffic; the cost model uses it to mark options ineligible.
//!
//! `tree()` exposes the same table to the page (`decisionTree()` in JS), so the drawing and the
//! evaluation can never disagree.

mod tree;

use crate::approach::Approach;
use crate::cost::ApproachCost;
use crate::scenario::{ClientLocation, Scenario, Service};
use serde::Serialize;

pub use tree::{NODES, NOTES, ROOT};

/// One step of the route through the tree.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PathStep {
    pub node_id: &'static str,
    pub question: &'static str,
    pub answer: &'static str,
}

/// Why, with the AWS page it rests on.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reason {
    pub text: String,
    pub source: &'static str,
}

/// The outcome of walking the tree.
#[derive(Debug, Clone, PartialEq)]
pub struct Decision {
    pub recommendation: Approach,
    pub summary: String,
    pub path: Vec<PathStep>,
    pub reasons: Vec<Reason>,
    /// The leaf reached (a node id of `tree()`).
    pub leaf: &'static str,
    /// Set when part of the scenario has no documented private path (e.g. S3 Express One Zone
    /// from on premises): the recommendation covers what can be covered, and this sentence says
    /// what cannot. The advice should show it as a warning.
    pub conflict: Option<String>,
}

impl Decision {
    /// The conflict as a warning for `Advice.warnings` (code `no-private-path`).
    pub fn conflict_warning(&self) -> Option<crate::error::Warning> {
        self.conflict.as_ref().map(|text| crate::error::Warning {
            code: "no-private-path",
            text: text.clone(),
        })
    }
}

/// What a test sees: the scenario and the priced options (for the cost questions).
pub struct Ctx<'a> {
    pub scenario: &'a Scenario,
    pub options: &'a [ApproachCost],
}

/// A scenario change an answer stands for, so the page can turn a click into a new scenario.
/// Serialised as `{ field, value }` (replace), `{ field, add: [..] }`, `{ field, remove: [..] }`
/// (list fields), or `{ field, pick: true }` (the page must ask for a value, e.g. a Region).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Set {
    pub field: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<Value>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub add: &'static [&'static str],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub remove: &'static [&'static str],
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub pick: bool,
}

/// A JSON value for `Set::value`; `Null` means "back to the default".
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Value {
    Null,
    Bool(bool),
    Str(&'static str),
    List(&'static [&'static str]),
}

/// One answer of a question.
pub struct Answer {
    pub label: &'static str,
    pub when: fn(&Ctx) -> bool,
    pub next: &'static str,
    pub set: Option<Set>,
}

/// A reason stored in the tree.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct StaticReason {
    pub text: &'static str,
    pub source: &'static str,
}

/// Where the walk ends.
pub struct Leaf {
    pub recommendation: Approach,
    /// The summary sentence.
    pub text: &'static str,
    pub reasons: &'static [StaticReason],
    pub conflict: Option<&'static str>,
}

pub enum Body {
    Question {
        question: &'static str,
        answers: &'static [Answer],
    },
    Leaf(Leaf),
}

pub struct Node {
    pub id: &'static str,
    pub body: Body,
}

/// What a note sees besides the scenario: the recommendation and the route.
pub struct Outcome<'a> {
    pub recommendation: Approach,
    /// The leaf reached.
    pub leaf: &'static str,
    pub path: &'a [PathStep],
}

impl Outcome<'_> {
    pub fn visited(&self, node_id: &str) -> bool {
        self.path.iter().any(|s| s.node_id == node_id)
    }
    fn has_interface(&self) -> bool {
        matches!(
            self.recommendation,
            Approach::Interface | Approach::GatewayAndInterface
        )
    }
}

/// A reason added after the walk when its condition holds. `text` may hold the placeholders
/// `{cap}` (az_count × 100 Gbps), `{nat}` and `{if}` (monthly USD of the NAT path and of the
/// interface endpoint), filled with integers only.
pub struct Note {
    pub id: &'static str,
    /// When it applies, in words (for the page).
    pub applies: &'static str,
    pub when: fn(&Ctx, &Outcome) -> bool,
    pub text: &'static str,
    pub source: &'static str,
}

pub fn node(id: &str) -> Option<&'static Node> {
    NODES.iter().find(|n| n.id == id)
}

/// Walks the tree. `options` are the priced options, for the questions that weigh cost (an
/// existing NAT gateway and a tiny volume, the break-even); without them the private path wins.
pub fn decide(scenario: &Scenario, options: &[ApproachCost]) -> Decision {
    let ctx = Ctx { scenario, options };
    let mut path = Vec::new();
    let mut at = ROOT;
    // A well-formed tree (checked by the tests) ends in a leaf within NODES.len() steps; the
    // bound only keeps a broken table from looping.
    for _ in 0..=NODES.len() {
        let Some(current) = node(at) else { break };
        match &current.body {
            Body::Leaf(leaf) => return finish(&ctx, current.id, leaf, path),
            Body::Question { question, answers } => {
                let Some(answer) = answers
                    .iter()
                    .find(|a| (a.when)(&ctx))
                    .or_else(|| answers.last())
                else {
                    break;
                };
                path.push(PathStep {
                    node_id: current.id,
                    question,
                    answer: answer.label,
                });
                at = answer.next;
            }
        }
    }
    // Unreachable with the shipped tree; a safe answer rather than a panic.
    Decision {
        recommendation: Approach::Interface,
        summary: String::from("No answer: the decision table is inconsistent."),
        path,
        reasons: Vec::new(),
        leaf: "",
        conflict: None,
    }
}

fn finish(ctx: &Ctx, leaf_id: &'static str, leaf: &Leaf, path: Vec<PathStep>) -> Decision {
    let mut reasons: Vec<Reason> = leaf
        .reasons
        .iter()
        .map(|r| Reason {
            text: r.text.to_string(),
            source: r.source,
        })
        .collect();
    let outcome = Outcome {
        recommendation: leaf.recommendation,
        leaf: leaf_id,
        path: &path,
    };
    for note in NOTES {
        if (note.when)(ctx, &outcome) {
            reasons.push(Reason {
                text: fill(note.text, ctx),
                source: note.source,
            });
        }
    }
    Decision {
        recommendation: leaf.recommendation,
        summary: leaf.text.to_string(),
        path,
        reasons,
        leaf: leaf_id,
        conflict: leaf.conflict.map(str::to_string),
    }
}

/// Fills the placeholders of a note (`{cap}`, `{nat}`, `{if}`) with whole numbers (no float
/// formatting in the Wasm). One pass over the text, looking for `{` only: `str::replace` with
/// a string pattern pulls ~2 KB of substring search into the Wasm.
fn fill(template: &str, ctx: &Ctx) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        rest = if let Some(tail) = after.strip_prefix("cap}") {
            let cap = u64::from(ctx.scenario.az_count).saturating_mul(100);
            out.push_str(&cap.to_string());
            tail
        } else if let Some(tail) = after.strip_prefix("nat}") {
            out.push_str(&usd(monthly(ctx, Approach::NatGateway)));
            tail
        } else if let Some(tail) = after.strip_prefix("if}") {
            out.push_str(&usd(monthly(ctx, Approach::Interface)));
            tail
        } else {
            out.push('{');
            after
        };
    }
    out.push_str(rest);
    out
}

/// `$12.34`, from cents, with integer formatting only.
pub fn usd(amount: Option<f64>) -> String {
    match amount {
        Some(x) if x.is_finite() && x >= 0.0 => {
            // `as` saturates; rounding to cents is display only.
            let cents = (x * 100.0).round() as u64;
            format!("${}.{:02}", cents / 100, cents % 100)
        }
        _ => String::from("n/a"),
    }
}

pub fn monthly(ctx: &Ctx, kind: Approach) -> Option<f64> {
    ctx.options
        .iter()
        .find(|o| o.kind == kind)
        .map(|o| o.monthly_usd)
}

// ---- Facts about a scenario the tests and `why_not` share. ----

pub(crate) fn from(s: &Scenario, t: ClientLocation) -> bool {
    s.comes_from(t)
}

/// Clients a gateway endpoint can never serve: on premises, or in another Region.
pub(crate) fn has_remote(s: &Scenario) -> bool {
    from(s, ClientLocation::OnPremises) || from(s, ClientLocation::OtherRegion)
}

/// Clients in VPCs of this Region (each can have its own gateway endpoint).
pub(crate) fn has_region_vpcs(s: &Scenario) -> bool {
    from(s, ClientLocation::SameVpc)
        || from(s, ClientLocation::PeeredVpc)
        || from(s, ClientLocation::TransitGateway)
}

/// Clients that can send traffic to a NAT gateway in this VPC: this VPC, or VPCs behind a
/// Transit Gateway (centralised egress). Not over peering (no edge-to-edge routing), not from
/// on premises or another Region.
pub(crate) fn nat_reachable(s: &Scenario) -> bool {
    !from(s, ClientLocation::PeeredVpc) && !has_remote(s)
}

/// AWS services listed as cross-Region enabled for PrivateLink (PL_XR_SVC, as read).
pub const CROSS_REGION_SERVICES: [&str; 12] = [
    "s3",
    "iam",
    "ecr.api",
    "ecr.dkr",
    "kms",
    "kms-fips",
    "ecs",
    "lambda",
    "kinesis-firehose",
    "kinesisanalytics",
    "kinesisanalytics-fips",
    "route53",
];

/// Whether an interface endpoint here can reach the service in another Region (cross-Region
/// PrivateLink). DynamoDB and DynamoDB Streams are not on AWS's list.
pub(crate) fn cross_region_enabled(s: &Scenario) -> bool {
    match s.service {
        Service::S3 | Service::EndpointService => true,
        Service::AwsService => {
            !s.aws_services.is_empty()
                && s.aws_services
                    .iter()
                    .all(|name| CROSS_REGION_SERVICES.contains(&name.as_str()))
        }
        _ => false,
    }
}

/// Services reached at a public endpoint (so a NAT path exists at all).
pub(crate) fn has_public_endpoint(service: Service) -> bool {
    matches!(
        service,
        Service::S3
            | Service::S3Express
            | Service::DynamoDb
            | Service::DynamoDbStreams
            | Service::AwsService
    )
}

/// Why `kind` cannot carry this scenario's traffic, or `None` if it can. Checked in order of
/// how fundamental the obstacle is, so the person reads the real one first.
pub fn why_not(scenario: &Scenario, kind: Approach) -> Option<String> {
    why_not_static(scenario, kind).map(str::to_string)
}

fn why_not_static(s: &Scenario, kind: Approach) -> Option<&'static str> {
    use Approach as K;
    let svc = s.service;
    match kind {
        K::Gateway | K::GatewayAndInterface => {
            if svc == Service::DynamoDbStreams {
                return Some("DynamoDB Streams has interface endpoints only, no gateway endpoint.");
            }
            if !svc.has_gateway_endpoint() {
                return Some("Gateway endpoints exist only for S3 and DynamoDB.");
            }
            if kind == K::GatewayAndInterface && svc == Service::S3Express {
                return Some("No interface endpoint for S3 Express One Zone is documented (unverified).");
            }
            if s.is_cross_region() {
                return Some("The service lives in another Region, and a gateway endpoint reaches only its own Region.");
            }
            if s.require_security_groups {
                return Some("Security groups must control access at the endpoint, and a gateway endpoint takes none (only an endpoint policy).");
            }
            if s.require_private_ips {
                return Some("Clients must reach the service at private IP addresses, and through a gateway endpoint they still use its public IPs.");
            }
            if kind == K::Gateway {
                if from(s, ClientLocation::OnPremises) {
                    return Some("Some clients are on premises, and gateway endpoints can't be used over VPN or Direct Connect.");
                }
                if from(s, ClientLocation::OtherRegion) {
                    return Some("Some clients are in another Region, and gateway endpoints serve only VPCs in their own Region.");
                }
            } else if !has_remote(s) {
                return Some("No client is on premises or in another Region: a gateway endpoint alone does it.");
            } else if !has_region_vpcs(s) {
                return Some("No client is in a VPC of this Region: the gateway half would carry nothing.");
            }
            None
        }
        K::Interface => match svc {
            Service::S3Express => Some(
                "AWS documents gateway endpoints for S3 Express One Zone; interface endpoints are unverified.",
            ),
            Service::Resource => Some("A resource is reached by a resource endpoint, without an NLB-fronted endpoint service."),
            Service::ServiceNetwork => Some("A Lattice service network is reached by a service-network endpoint."),
            Service::TrafficInspection => Some("Inline inspection needs a route-table target: a GWLB endpoint."),
            _ => None,
        },
        K::GatewayLoadBalancer => (svc != Service::TrafficInspection)
            .then_some("GWLB endpoints steer traffic to inspection appliances; they reach no service."),
        K::Resource => (svc != Service::Resource)
            .then_some("Resource endpoints reach a resource configuration (database, IP, domain), not this."),
        K::ServiceNetwork => (svc != Service::ServiceNetwork)
            .then_some("Service-network endpoints reach a VPC Lattice service network, not this."),
        K::NatGateway => {
            if !has_public_endpoint(svc) {
                return Some("This service has no public endpoint for a NAT path.");
            }
            if !s.allow_internet_path {
                return Some("The traffic may not take the service's public endpoint through a NAT or internet gateway (your answer).");
            }
            if s.require_security_groups {
                return Some("Security groups must control access at the endpoint, and a NAT path has no endpoint to put them on.");
            }
            if s.require_private_ips {
                return Some("Clients must reach the service at private IP addresses, and through a NAT gateway it answers at public IPs.");
            }
            if from(s, ClientLocation::OnPremises) {
                return Some("Some clients are on premises, and they don't egress through a VPC's NAT gateway.");
            }
            if from(s, ClientLocation::PeeredVpc) || from(s, ClientLocation::OtherRegion) {
                return Some("Some clients are in a peered VPC or another Region, and they can't use this VPC's NAT gateway (no edge-to-edge routing).");
            }
            None
        }
    }
}

// ---- The tree as the page sees it. ----

/// The whole tree, for the page to draw (`decisionTree()`).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DecisionTree {
    pub root: &'static str,
    pub nodes: Vec<NodeView>,
    /// Reasons added after the walk when their condition holds.
    pub notes: Vec<NoteView>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NodeView {
    pub id: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub question: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answers: Option<Vec<AnswerView>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub leaf: Option<LeafView>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AnswerView {
    pub label: &'static str,
    pub next: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub set: Option<Set>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LeafView {
    pub recommendation: Approach,
    pub text: &'static str,
    pub reasons: &'static [StaticReason],
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conflict: Option<&'static str>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NoteView {
    pub id: &'static str,
    pub applies: &'static str,
    pub text: &'static str,
    pub source: &'static str,
}

pub fn tree() -> DecisionTree {
    let nodes = NODES
        .iter()
        .map(|n| match &n.body {
            Body::Question { question, answers } => NodeView {
                id: n.id,
                question: Some(question),
                answers: Some(
                    answers
                        .iter()
                        .map(|a| AnswerView {
                            label: a.label,
                            next: a.next,
                            set: a.set,
                        })
                        .collect(),
                ),
                leaf: None,
            },
            Body::Leaf(l) => NodeView {
                id: n.id,
                question: None,
                answers: None,
                leaf: Some(LeafView {
                    recommendation: l.recommendation,
                    text: l.text,
                    reasons: l.reasons,
                    conflict: l.conflict,
                }),
            },
        })
        .collect();
    let notes = NOTES
        .iter()
        .map(|n| NoteView {
            id: n.id,
            applies: n.applies,
            text: n.text,
            source: n.source,
        })
        .collect();
    DecisionTree {
        root: ROOT,
        nodes,
        notes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{catalog, cost};

    /// The reference `fill` replaced: `str::replace` of each placeholder in turn.
    fn fill_by_replace(template: &str, ctx: &Ctx) -> String {
        let cap = u64::from(ctx.scenario.az_count).saturating_mul(100);
        template
            .replace("{cap}", &cap.to_string())
            .replace("{nat}", &usd(monthly(ctx, Approach::NatGateway)))
            .replace("{if}", &usd(monthly(ctx, Approach::Interface)))
    }

    #[test]
    fn fill_matches_replacing_each_placeholder() {
        let mut scenario = Scenario::new(Service::AwsService);
        scenario.az_count = 3;
        let options = cost::price_options(&scenario, catalog::builtin());
        let ctx = Ctx {
            scenario: &scenario,
            options: &options,
        };
        let templates = NOTES.iter().map(|n| n.text).chain([
            "",
            "no placeholder",
            "{cap}{cap}{nat}{if}",
            "{{cap}} {ca} {cap {nat}{ {if} {",
            "é{if}é {unknown} }{",
        ]);
        for template in templates {
            assert_eq!(
                fill(template, &ctx),
                fill_by_replace(template, &ctx),
                "{template}"
            );
        }
        assert_eq!(fill("{cap} Gbps", &ctx), "300 Gbps");
    }
}
