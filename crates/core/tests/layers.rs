//! The core's modules import one another one way only: the graph of `crate::<module>` references
//! between its top-level modules (a module's files under src/<module>/ count as the module) has
//! no cycle. The test reads the sources, so it holds for code `cargo` never links together.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

type Graph = BTreeMap<String, BTreeSet<String>>;

/// The top-level module a source file belongs to (`cost/curve.rs` → `cost`); `None` for lib.rs.
fn module_of(relative: &Path) -> Option<String> {
    let first = relative.components().next()?.as_os_str().to_str()?;
    let name = first.strip_suffix(".rs").unwrap_or(first);
    (name != "lib").then(|| name.to_string())
}

/// The modules `source` names after `crate::`, comments left out: `crate::cost::X`,
/// `crate::{cost, decide}`, `crate::cost`.
fn references(source: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for line in source.lines() {
        let code = line.split("//").next().unwrap_or("");
        for (i, _) in code.match_indices("crate::") {
            let rest = &code[i + "crate::".len()..];
            let names: Vec<&str> = match rest.strip_prefix('{') {
                Some(group) => group
                    .split('}')
                    .next()
                    .unwrap_or("")
                    .split(',')
                    .map(|item| item.trim().split("::").next().unwrap_or(""))
                    .collect(),
                None => vec![rest],
            };
            for name in names {
                let ident: String = name
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if !ident.is_empty() {
                    out.insert(ident);
                }
            }
        }
    }
    out
}

fn collect(dir: &Path, src: &Path, graph: &mut Graph) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect(&path, src, graph);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let Some(module) = module_of(path.strip_prefix(src).unwrap()) else {
                continue;
            };
            let source = std::fs::read_to_string(&path).unwrap();
            let used = graph.entry(module.clone()).or_default();
            used.extend(references(&source).into_iter().filter(|m| *m != module));
        }
    }
}

/// A cycle of the graph, as the modules along it (first repeated at the end), if there is one.
fn find_cycle(graph: &Graph) -> Option<Vec<String>> {
    fn visit(
        at: &str,
        graph: &Graph,
        done: &mut BTreeSet<String>,
        stack: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        if let Some(start) = stack.iter().position(|m| m == at) {
            let mut cycle = stack[start..].to_vec();
            cycle.push(at.to_string());
            return Some(cycle);
        }
        if done.contains(at) {
            return None;
        }
        stack.push(at.to_string());
        for next in graph.get(at).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, done, stack) {
                return Some(cycle);
            }
        }
        stack.pop();
        done.insert(at.to_string());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|m| visit(m, graph, &mut done, &mut Vec::new()))
}

#[test]
fn the_core_module_graph_has_no_cycle() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut graph = Graph::new();
    collect(&src, &src, &mut graph);
    // The graph is real: the modules that tie the others together are found with their imports.
    assert!(graph["advice"].contains("decide") && graph["advice"].contains("cost"));
    assert!(graph["cost"].contains("eligibility"));
    assert!(graph["decide"].contains("facts"));
    if let Some(cycle) = find_cycle(&graph) {
        panic!(
            "the core's modules import in a cycle: {}",
            cycle.join(" → ")
        );
    }
}

#[test]
fn the_reader_and_the_cycle_finder_work_on_known_input() {
    let source = "use crate::{cost::ApproachCost, decide};\n\
                  // use crate::advice;\n\
                  fn f() -> crate::money::Cents { todo!() }\n";
    let names: Vec<String> = references(source).into_iter().collect();
    assert_eq!(names, ["cost", "decide", "money"]);

    let graph = |edges: &[(&str, &str)]| {
        let mut g = Graph::new();
        for (from, to) in edges {
            g.entry(from.to_string())
                .or_default()
                .insert(to.to_string());
        }
        g
    };
    let cyclic = graph(&[("advice", "cost"), ("cost", "decide"), ("decide", "cost")]);
    assert_eq!(
        find_cycle(&cyclic),
        Some(vec!["cost".into(), "decide".into(), "cost".into()])
    );
    let layered = graph(&[("advice", "cost"), ("advice", "decide"), ("cost", "facts")]);
    assert_eq!(find_cycle(&layered), None);
}
