//! The plan's exports for the recommended design — Markdown (design, every bill line, reasons
//! with sources, assumptions, the prices' date), CSV of the lines, and Terraform
//! (`aws_vpc_endpoint` resources with variables for the IDs the tool cannot know) — written
//! here so every shell gets the same text.

use super::{text, Design, Endpoint, Exports, Plan, PlanInput};
use crate::catalog::Catalog;
use crate::cost::Line;
use crate::money::{Cents, Quantity, Rate};
use std::fmt::Write;

pub(super) fn exports(plan: &Plan, input: &PlanInput, catalog: &Catalog) -> Exports {
    let best = plan
        .designs
        .iter()
        .find(|d| d.id == plan.recommended)
        .unwrap_or(&plan.designs[0]);
    Exports {
        markdown: markdown(plan, best, input, catalog),
        csv: csv(best, catalog),
        terraform: terraform(plan, best, input),
    }
}

// The public views hold f64 copies of exact decimals (cents, nano-dollars, millionths): these
// recover the integers, exactly for every amount the model produces.
fn cents(usd: f64) -> Cents {
    Cents((usd * 100.0).round() as i64)
}
fn rate(usd: f64) -> Rate {
    Rate((usd * 1e9).round() as u64)
}
fn quantity(units: f64) -> Quantity {
    Quantity::from_units(units)
}

fn source_url(line: &Line, catalog: &Catalog) -> &'static str {
    line.source_index
        .and_then(|s| catalog.source(s))
        .map_or("", |s| s.url)
}

fn markdown(plan: &Plan, best: &Design, input: &PlanInput, catalog: &Catalog) -> String {
    let mut out = String::with_capacity(4096);
    let _ = writeln!(out, "# VPC endpoint plan: {}\n", best.title);
    let _ = writeln!(
        out,
        "{} in {}: {} VPC{}, {} AZ{} with clients, interface endpoints in {}, {} h a month, {} clients. Prices as of {} ({}).\n",
        text::money(cents(best.monthly_usd), true),
        plan.region,
        input.vpc_count,
        text::plural(u64::from(input.vpc_count)),
        input.az_count,
        text::plural(u64::from(input.az_count)),
        input.endpoint_az_count,
        input.hours_per_month,
        input.ip_address_type.as_str(),
        plan.prices_as_of,
        plan.currency
    );
    out.push_str("## Bill\n\n| Line | Quantity | Unit | Rate (USD) | Monthly (USD) |\n|---|---:|---|---:|---:|\n");
    for l in &best.lines {
        let _ = writeln!(
            out,
            "| {}{} | {} | {} | {} | {} |",
            l.label,
            if l.verified { "" } else { " (unverified)" },
            text::quantity(quantity(l.quantity), true),
            l.unit,
            text::rate(rate(l.unit_usd)),
            text::money(cents(l.usd), true)
        );
    }
    let _ = writeln!(
        out,
        "| **Total** | | | | **{}** |\n",
        text::money(cents(best.monthly_usd), true)
    );
    out.push_str("## Endpoints\n\n| Type | Service name | Where | AZs | Private DNS | IP type |\n|---|---|---|---:|---|---|\n");
    for e in &best.endpoints {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} |",
            e.kind,
            e.service_name,
            match e.placement {
                "each-vpc" => format!("each of {} VPC{}", e.vpcs, text::plural(u64::from(e.vpcs))),
                "one-vpc" => "one VPC (the one remote clients reach)".into(),
                _ => "shared-services VPC".into(),
            },
            e.az_count.map_or("route tables".into(), |n| n.to_string()),
            if e.private_dns { "yes" } else { "no" },
            e.ip_address_type
        );
    }
    for e in best
        .endpoints
        .iter()
        .filter(|e| e.note.is_some() || e.hosted_zone.is_some())
    {
        let _ = write!(out, "\n- {} ({}):", e.service_name, e.kind);
        if let Some(zone) = &e.hosted_zone {
            let _ = write!(out, " private hosted zone {zone}.");
        }
        if let Some(note) = &e.note {
            let _ = write!(out, " {note}");
        }
    }
    if best
        .endpoints
        .iter()
        .any(|e| e.note.is_some() || e.hosted_zone.is_some())
    {
        out.push('\n');
    }
    out.push_str("\n## Destinations\n\n| Service | GB a month | Path | Share (USD) | Break-even vs NAT (GB) |\n|---|---:|---|---:|---:|\n");
    for d in &plan.destinations {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            d.name,
            text::quantity(quantity(d.gb_per_month), true),
            d.path,
            text::money(cents(d.monthly_usd), true),
            d.break_even_gb_per_month
                .map_or("–".into(), |gb| text::grouped(gb.ceil() as u64))
        );
    }
    out.push_str("\n## All designs\n\n| Design | Monthly (USD) | Eligible |\n|---|---:|---|\n");
    for d in &plan.designs {
        let _ = writeln!(
            out,
            "| {} (`{}`) | {} | {} |",
            d.title,
            d.id,
            text::money(cents(d.monthly_usd), true),
            d.why_not.as_deref().unwrap_or("yes")
        );
    }
    if let Some(n) = plan.break_even_vpc_count {
        // Without a Transit Gateway the count includes the attachments that would be created.
        let building = if input.transit_gateway {
            ""
        } else {
            ", counting a Transit Gateway attachment for each VPC"
        };
        let _ = writeln!(
            out,
            "\nCentralising the interface endpoints costs less than one set per VPC from {n} VPCs on{building}."
        );
    }
    out.push_str("\n## Why\n\n");
    for r in &plan.reasons {
        let _ = writeln!(out, "- {} ({})", r.text, r.url);
    }
    if !plan.warnings.is_empty() {
        out.push_str("\n## Warnings\n\n");
        for w in &plan.warnings {
            let _ = writeln!(out, "- {}", w.text);
        }
    }
    out.push_str("\n## Assumptions\n\n");
    for a in plan.assumptions {
        let _ = writeln!(out, "- {a}");
    }
    out.push_str("\n## Price sources\n\n");
    let mut seen: Vec<usize> = Vec::new();
    for l in &best.lines {
        if let Some(s) = l.source_index.filter(|s| !seen.contains(s)) {
            seen.push(s);
            if let Some(src) = catalog.source(s) {
                let _ = writeln!(out, "- {} (as of {}): {}", src.title, src.as_of, src.url);
            }
        }
    }
    out
}

/// A CSV field, quoted where it needs to be. Byte and char loops rather than `contains`/`replace`
/// with char patterns, whose searcher links slice-index panics into the Wasm.
fn csv_field(text: &str) -> String {
    if !text.bytes().any(|b| matches!(b, b',' | b'"' | b'\n')) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    out.push('"');
    out
}

fn csv(best: &Design, catalog: &Catalog) -> String {
    let mut out =
        String::from("design,label,quantity,unit,unitUsd,usd,usageBased,verified,source\n");
    for l in &best.lines {
        let _ = writeln!(
            out,
            "{},{},{},{},{},{},{},{},{}",
            best.id,
            csv_field(&l.label),
            text::quantity(quantity(l.quantity), false),
            l.unit,
            text::rate(rate(l.unit_usd)),
            text::money(cents(l.usd), false),
            l.usage_based,
            l.verified,
            csv_field(source_url(l, catalog))
        );
    }
    out
}

/// A Terraform identifier from a service name: `ecr.dkr` → `ecr_dkr`.
fn ident(e: &Endpoint) -> String {
    let short = short_name(e);
    let name: String = short
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    format!("{name}_{}", e.kind)
}

/// `com.amazonaws.us-east-1.ecr.dkr` → `ecr.dkr`; `com.amazonaws.iam` → `iam`.
fn short_name(e: &Endpoint) -> &str {
    let rest = e
        .service_name
        .strip_prefix("com.amazonaws.")
        .unwrap_or(&e.service_name);
    match split_at_dot(rest) {
        // A Region code has dashes; a global service's name has none before its first dot.
        Some((region, name)) if region.contains('-') => name,
        _ => rest,
    }
}

/// `text` split at its first `.`, by byte position and `get`: std's char searcher links slice-index
/// panics into the Wasm (docs/performance.md, "Symbols the Wasm must not contain").
fn split_at_dot(text: &str) -> Option<(&str, &str)> {
    let at = text.bytes().position(|b| b == b'.')?;
    Some((text.get(..at)?, text.get(at + 1..)?))
}

fn region_of(e: &Endpoint) -> &str {
    e.service_name
        .strip_prefix("com.amazonaws.")
        .and_then(split_at_dot)
        .filter(|(region, _)| region.contains('-'))
        .map_or("", |(region, _)| region)
}

fn terraform(plan: &Plan, best: &Design, input: &PlanInput) -> String {
    let mut out = String::with_capacity(4096);
    let gateways: Vec<&Endpoint> = best
        .endpoints
        .iter()
        .filter(|e| e.kind == "gateway")
        .collect();
    let interfaces: Vec<&Endpoint> = best
        .endpoints
        .iter()
        .filter(|e| e.kind == "interface")
        .collect();
    let central = interfaces
        .iter()
        .any(|e| e.placement == "shared-services-vpc");
    let _ = writeln!(
        out,
        "# vpce-advisor plan `{}` in {} ({} a month at prices as of {}).",
        best.id,
        plan.region,
        text::money(cents(best.monthly_usd), true),
        plan.prices_as_of
    );
    if best.endpoints.is_empty() {
        out.push_str("# This design builds no VPC endpoints: traffic goes through NAT gateways.\n");
        return out;
    }
    if central {
        out.push_str("# Gateway endpoints go in every VPC (one entry of route_table_ids per VPC); the interface\n# endpoints go once in the shared-services VPC, each with a private hosted zone for the name its\n# clients call, associated with every VPC, where that name is known (see the notes).\n\n");
    } else {
        let _ = writeln!(
            out,
            "# Apply once in each of the {} VPC{} (as a module): every VPC gets the same endpoints.\n",
            input.vpc_count,
            text::plural(u64::from(input.vpc_count))
        );
    }
    let vpc_var = if central {
        "shared_services_vpc_id"
    } else {
        "vpc_id"
    };
    if !interfaces.is_empty() || !central {
        let _ = writeln!(
            out,
            "variable \"{vpc_var}\" {{\n  description = \"The VPC that gets the {}endpoints.\"\n  type        = string\n}}\n",
            if central { "interface " } else { "" }
        );
    }
    if !gateways.is_empty() {
        if central {
            out.push_str("variable \"route_table_ids\" {\n  description = \"For each VPC id (the shared-services VPC too), the route tables of the subnets whose clients use the gateway endpoints.\"\n  type        = map(list(string))\n}\n\n");
        } else {
            out.push_str("variable \"route_table_ids\" {\n  description = \"Route tables of the subnets whose clients use the gateway endpoints.\"\n  type        = list(string)\n}\n\n");
        }
    }
    if !interfaces.is_empty() {
        let azs = input.endpoint_az_count;
        let _ = writeln!(
            out,
            "variable \"subnet_ids\" {{\n  description = \"One subnet in each of the {azs} AZ{} that get interface endpoints.\"\n  type        = list(string)\n  validation {{\n    condition     = length(var.subnet_ids) == {azs}\n    error_message = \"The plan prices interface endpoints in {azs} AZ{}: give one subnet per AZ.\"\n  }}\n}}\n",
            text::plural(u64::from(azs)),
            text::plural(u64::from(azs))
        );
        if interfaces.iter().any(|e| e.placement == "one-vpc") {
            out.push_str("variable \"serves_remote_clients\" {\n  description = \"True only in the one VPC that clients outside the VPCs (on premises or in other Regions) reach: it alone gets the endpoints only they use.\"\n  type        = bool\n  default     = false\n}\n\n");
        }
        out.push_str("variable \"security_group_ids\" {\n  description = \"Security groups of the interface endpoints: allow HTTPS (443) from the clients.\"\n  type        = list(string)\n}\n\n");
        if interfaces.iter().any(|e| e.hosted_zone.is_some()) {
            out.push_str("variable \"vpc_ids\" {\n  description = \"Every VPC whose clients use the centralised endpoints (the shared-services VPC too).\"\n  type        = list(string)\n}\n\n");
        }
    }
    for e in &gateways {
        let _ = writeln!(out, "resource \"aws_vpc_endpoint\" \"{}\" {{", ident(e));
        if central {
            out.push_str(
                "  for_each          = var.route_table_ids\n  vpc_id            = each.key\n",
            );
        } else {
            out.push_str("  vpc_id            = var.vpc_id\n");
        }
        let _ = writeln!(out, "  service_name      = \"{}\"", e.service_name);
        out.push_str("  vpc_endpoint_type = \"Gateway\"\n");
        out.push_str(if central {
            "  route_table_ids   = each.value\n"
        } else {
            "  route_table_ids   = var.route_table_ids\n"
        });
        if e.ip_address_type != "ipv4" {
            let _ = writeln!(out, "  ip_address_type   = \"{}\"", e.ip_address_type);
        }
        out.push_str("}\n\n");
    }
    for e in &interfaces {
        if let Some(note) = &e.note {
            let _ = writeln!(out, "# {}", e.service_name);
            let _ = writeln!(out, "# {note}");
        }
        let _ = writeln!(out, "resource \"aws_vpc_endpoint\" \"{}\" {{", ident(e));
        if e.placement == "one-vpc" {
            out.push_str("  count               = var.serves_remote_clients ? 1 : 0\n");
        }
        let _ = writeln!(out, "  vpc_id              = var.{vpc_var}");
        let _ = writeln!(out, "  service_name        = \"{}\"", e.service_name);
        if region_of(e) != plan.region && !region_of(e).is_empty() {
            let _ = writeln!(out, "  service_region      = \"{}\"", region_of(e));
        }
        out.push_str("  vpc_endpoint_type   = \"Interface\"\n  subnet_ids          = var.subnet_ids\n  security_group_ids  = var.security_group_ids\n");
        let _ = writeln!(out, "  private_dns_enabled = {}", e.private_dns);
        if e.ip_address_type != "ipv4" {
            let _ = writeln!(out, "  ip_address_type     = \"{}\"", e.ip_address_type);
        }
        let inbound_only = e.private_dns_only_for_inbound_resolver_endpoint;
        if e.ip_address_type != "ipv4" || inbound_only.is_some() {
            out.push_str("  dns_options {\n");
            if e.ip_address_type != "ipv4" {
                let _ = writeln!(out, "    dns_record_ip_type = \"{}\"", e.ip_address_type);
            }
            if let Some(only) = inbound_only {
                // Always explicit: AWS defaults it to true for S3, and true needs an S3 gateway
                // endpoint in the VPC (API_DnsOptionsSpecification).
                let _ = writeln!(
                    out,
                    "    private_dns_only_for_inbound_resolver_endpoint = {only}"
                );
            }
            out.push_str("  }\n");
        }
        if inbound_only == Some(true) && gateways.iter().any(|g| ident(g) == "s3_gateway") {
            out.push_str("  depends_on          = [aws_vpc_endpoint.s3_gateway]\n");
        }
        out.push_str("}\n\n");
        if let Some(zone) = &e.hosted_zone {
            let id = ident(e);
            let _ = writeln!(
                out,
                "resource \"aws_route53_zone\" \"{id}\" {{\n  name = \"{zone}\"\n  dynamic \"vpc\" {{\n    for_each = var.vpc_ids\n    content {{\n      vpc_id = vpc.value\n    }}\n  }}\n}}\n"
            );
            // The zone's `*.` records, where the service's names have them (S3, ECR registries).
            let wildcard = super::hosted_zone(short_name(e), region_of(e), false)
                .is_some_and(|(_, wildcard)| wildcard);
            for (suffix, name) in [("", ""), ("_wildcard", "*")] {
                if suffix.is_empty() || wildcard {
                    let _ = writeln!(
                        out,
                        "resource \"aws_route53_record\" \"{id}{suffix}\" {{\n  zone_id = aws_route53_zone.{id}.zone_id\n  name    = \"{}{zone}\"\n  type    = \"A\"\n  alias {{\n    name                   = aws_vpc_endpoint.{id}.dns_entry[0].dns_name\n    zone_id                = aws_vpc_endpoint.{id}.dns_entry[0].hosted_zone_id\n    evaluate_target_health = true\n  }}\n}}\n",
                        if name.is_empty() { String::new() } else { format!("{name}.") }
                    );
                }
            }
        }
    }
    out
}
