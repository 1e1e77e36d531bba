//! The decision tree, as data: questions, answers and leaves with reasons and sources; and
//! its evaluation for a scenario into a recommendation and the path taken.

use crate::cost::CostOption;
use crate::options::OptionKind;
use crate::scenario::Scenario;
use serde::Serialize;

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
    pub recommendation: OptionKind,
    pub summary: String,
    pub path: Vec<PathStep>,
    pub reasons: Vec<Reason>,
}

/// Walks the tree. (Stub: filled in by the decision engine work.)
/// `options` are the priced options, for the leaves that weigh cost (an existing NAT gateway
/// and a tiny volume, the break-even).
pub fn decide(scenario: &Scenario, _options: &[CostOption]) -> Decision {
    let recommendation = if scenario.service.has_gateway_endpoint() {
        OptionKind::Gateway
    } else {
        OptionKind::Interface
    };
    Decision {
        recommendation,
        summary: String::new(),
        path: Vec::new(),
        reasons: Vec::new(),
    }
}

/// Why `kind` cannot carry this scenario's traffic, or `None` if it can.
pub fn why_not(_scenario: &Scenario, _kind: OptionKind) -> Option<String> {
    None
}

/// The whole tree, for the page to draw. (Stub.)
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DecisionTree {
    pub root: &'static str,
    pub nodes: Vec<()>,
}

pub fn tree() -> DecisionTree {
    DecisionTree {
        root: "",
        nodes: Vec::new(),
    }
}
