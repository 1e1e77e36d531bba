//! The decision tree, as data, and its evaluation for a scenario.
//!
//! `tree::NODES` is a static table of questions (each answer a test on the scenario, the next
//! node, and the scenario change it stands for) and leaves (a recommendation, a sentence and
//! reasons with their AWS sources). `decide` walks it from `tree::ROOT`: at each question the
//! first answer whose test holds is taken (the answers of a node are exclusive and exhaustive;
//! the tests check it). Then `tree::NOTES` add the reasons that depend on numbers rather than on
//! the route: throughput against the interface endpoint's ceiling, the NAT-versus-endpoint
//! bill, DNS work for remote clients, quotas. The questions that weigh cost read plain monthly
//! totals per approach (`MonthlyCost`), not the cost model's bills, so this module sits above
//! `facts` and `eligibility` and beside `cost`, importing neither `cost` nor anything above it.
//!
//! `tree()` exposes the same table to the page (`decisionTree()` in JS), so the drawing and the
//! evaluation can never disagree.

mod tree;

use crate::approach::{Approach, MonthlyCost};
use crate::facts::ecr_gateway_and_interface;
use crate::scenario::{ClientLocation, Scenario};
use serde::Serialize;

pub use tree::{NODES, NOTES, ROOT};

/// One step of the route through the tree.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PathStep {
    #[serde(serialize_with = "crate::serial::fixed")]
    pub node_id: &'static str,
    #[serde(serialize_with = "crate::serial::fixed")]
    pub question: &'static str,
    #[serde(serialize_with = "crate::serial::fixed")]
    pub answer: &'static str,
}

/// Why, with the AWS page it rests on (serialised as `source`, the public name).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reason {
    pub text: String,
    #[serde(rename = "source")]
    #[serde(serialize_with = "crate::serial::fixed")]
    pub url: &'static str,
    /// What the reason asserts, for the consistency tests; not serialised.
    #[serde(skip)]
    pub claims: &'static [Claim],
}

/// What a reason asserts about DNS, security groups or reach. Every reason that makes such a
/// point carries it, so the tests can check over every scenario that no two reasons of one
/// answer contradict each other, that none gives default-name DNS advice for a service AWS
/// supports no private DNS for, and that each reach claim is about clients the scenario has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Claim {
    /// Make the service's default DNS names resolve to the endpoint: private DNS, a private
    /// hosted zone, or a Route 53 Resolver inbound endpoint answering with its private IPs.
    DefaultNamesToEndpoint,
    /// Clients must use the endpoint's own DNS names: AWS supports no private or hybrid DNS for
    /// the service and says not to override its names.
    EndpointNamesOnly,
    /// Whether an endpoint of this approach takes security groups.
    SecurityGroups(Approach, bool),
    /// Whether clients at this location can use an endpoint of this approach.
    Reach(Approach, ClientLocation, bool),
}

impl Claim {
    /// Whether the two claims cannot both hold.
    pub fn contradicts(self, other: Claim) -> bool {
        use Claim::*;
        match (self, other) {
            (DefaultNamesToEndpoint, EndpointNamesOnly)
            | (EndpointNamesOnly, DefaultNamesToEndpoint) => true,
            (SecurityGroups(a, x), SecurityGroups(b, y)) => a == b && x != y,
            (Reach(a, l, x), Reach(b, m, y)) => a == b && l == m && x != y,
            _ => false,
        }
    }
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

/// What a test sees: the scenario and the approaches' monthly totals (for the cost questions).
pub struct Ctx<'a> {
    pub scenario: &'a Scenario,
    pub monthly: &'a [MonthlyCost],
    /// The monthly total of a regional NAT gateway in place of the NAT path's zonal ones, when
    /// priced: a plain number, like `monthly`, for the note that names it.
    pub regional_nat: Option<f64>,
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
    #[serde(rename = "source")]
    pub url: &'static str,
    /// What the reason asserts (see `Claim`); not serialised.
    #[serde(skip)]
    pub claims: &'static [Claim],
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
/// private endpoints it is weighed against), `{azs}` (az_count), `{gwlbe}` (GWLB endpoints:
/// endpoint_count × az_count, one per AZ) and `{rnat}` (monthly USD of a regional NAT gateway),
/// filled with integers only.
pub struct Note {
    pub id: &'static str,
    /// When it applies, in words (for the page).
    pub applies: &'static str,
    pub when: fn(&Ctx, &Outcome) -> bool,
    pub text: &'static str,
    /// The AWS page the reason rests on.
    pub url: &'static str,
    pub claims: &'static [Claim],
}

pub fn node(id: &str) -> Option<&'static Node> {
    NODES.iter().find(|n| n.id == id)
}

/// Walks the tree. `monthly` holds the approaches' monthly totals, for the questions that weigh
/// cost (an existing NAT gateway and a tiny volume, the break-even); without them the private
/// path wins. `regional_nat` is the monthly total of a regional NAT gateway (the NAT option's
/// alternative), named beside a NAT recommendation when known.
pub fn decide(scenario: &Scenario, monthly: &[MonthlyCost], regional_nat: Option<f64>) -> Decision {
    let ctx = Ctx {
        scenario,
        monthly,
        regional_nat,
    };
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
            url: r.url,
            claims: r.claims,
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
                url: note.url,
                claims: note.claims,
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

/// Fills the placeholders of a note (`{cap}`, `{nat}`, `{if}`, `{azs}`, `{gwlbe}`, `{rnat}`) with whole numbers (no float
/// formatting in the Wasm). One pass over the text, looking for `{` only: `str::replace` with
/// a string pattern pulls ~2 KB of substring search into the Wasm.
fn fill(template: &str, ctx: &Ctx) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    // By byte position and `get`: `split_once` with a char links slice-index panics.
    while let Some(at) = rest.bytes().position(|b| b == b'{') {
        let (before, after) = (
            rest.get(..at).unwrap_or(""),
            rest.get(at + 1..).unwrap_or(""),
        );
        out.push_str(before);
        rest = if let Some(tail) = after.strip_prefix("cap}") {
            let cap = u64::from(ctx.scenario.az_count).saturating_mul(100);
            out.push_str(&cap.to_string());
            tail
        } else if let Some(tail) = after.strip_prefix("nat}") {
            out.push_str(&usd(monthly(ctx, Approach::NatGateway)));
            tail
        } else if let Some(tail) = after.strip_prefix("if}") {
            out.push_str(&usd(private_monthly(ctx)));
            tail
        } else if let Some(tail) = after.strip_prefix("azs}") {
            out.push_str(&ctx.scenario.az_count.to_string());
            tail
        } else if let Some(tail) = after.strip_prefix("gwlbe}") {
            out.push_str(&gwlb_endpoints(ctx.scenario).to_string());
            tail
        } else if let Some(tail) = after.strip_prefix("rnat}") {
            out.push_str(&usd(regional_nat_monthly(ctx)));
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
    ctx.monthly
        .iter()
        .find(|(approach, _)| *approach == kind)
        .map(|&(_, usd)| usd)
}

/// The monthly bill of the private option the NAT path is weighed against: the ECR gateway +
/// interface design where it applies, else the interface endpoint.
pub fn private_monthly(ctx: &Ctx) -> Option<f64> {
    if ecr_gateway_and_interface(ctx.scenario) {
        monthly(ctx, Approach::GatewayAndInterface)
    } else {
        monthly(ctx, Approach::Interface)
    }
}

/// The monthly bill of a regional NAT gateway, priced beside the NAT path's own.
pub fn regional_nat_monthly(ctx: &Ctx) -> Option<f64> {
    ctx.regional_nat
}

/// GWLB endpoints the design needs: one per AZ per inspection service ("You can choose only
/// one Availability Zone in the service consumer VPC", GWLB endpoints page).
pub fn gwlb_endpoints(s: &Scenario) -> u64 {
    u64::from(s.endpoint_count).saturating_mul(u64::from(s.az_count))
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
    #[serde(rename = "source")]
    pub url: &'static str,
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
            url: n.url,
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
    use crate::scenario::Service;

    /// The reference `fill` replaced: `str::replace` of each placeholder in turn.
    fn fill_by_replace(template: &str, ctx: &Ctx) -> String {
        let cap = u64::from(ctx.scenario.az_count).saturating_mul(100);
        template
            .replace("{cap}", &cap.to_string())
            .replace("{nat}", &usd(monthly(ctx, Approach::NatGateway)))
            .replace("{if}", &usd(private_monthly(ctx)))
            .replace("{azs}", &ctx.scenario.az_count.to_string())
            .replace("{gwlbe}", &gwlb_endpoints(ctx.scenario).to_string())
            .replace("{rnat}", &usd(regional_nat_monthly(ctx)))
    }

    #[test]
    fn fill_matches_replacing_each_placeholder() {
        let mut scenario = Scenario::new(Service::AwsService);
        scenario.az_count = 3;
        let monthly = [(Approach::NatGateway, 65.7), (Approach::Interface, 1234.5)];
        let ctx = Ctx {
            scenario: &scenario,
            monthly: &monthly,
            regional_nat: Some(98.76),
        };
        let templates = NOTES.iter().map(|n| n.text).chain([
            "",
            "no placeholder",
            "{cap}{cap}{nat}{if}{azs}{gwlbe}{rnat}",
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
        assert_eq!(fill("{nat} vs {if}", &ctx), "$65.70 vs $1234.50");
        // 98.76 is the regional NAT total handed in above; 3 AZs.
        assert_eq!(fill("{rnat} over {azs} AZs", &ctx), "$98.76 over 3 AZs");
    }
}
