//! The volume at which an interface endpoint becomes cheaper than the NAT path, solved exactly.
//!
//! Both monthly costs are piecewise linear in the volume: the NAT path is fixed hours plus
//! per-GB lines; the interface endpoint is fixed hours plus PrivateLink processing whose rate
//! changes only at the tier boundaries. Inter-Region transfer, when there is any, is the same
//! line on both sides and cancels. So the difference `interface − NAT` is linear between the
//! boundaries: we evaluate it exactly (integer femto-dollars, before the per-line rounding to
//! the cent) at 0, at each boundary and at the largest volume a scenario allows, and solve the
//! one linear segment where it last changes sign. No sampling, no assumption that the tiers
//! only get cheaper.

use super::charges::{charges, Charge, Regions};
use crate::approach::Approach;
use crate::catalog::Catalog;
use crate::money::Quantity;
use crate::scenario::{limits, Scenario};

/// The volume above which the interface endpoint costs less a month than the NAT path: the
/// last volume at which the interface endpoint still costs at least as much. `None` when it
/// never costs more (always cheaper) or still costs at least as much at the largest volume
/// allowed (never cheaper above any volume). `None` too where no NAT path could carry the
/// traffic (an endpoint service, a resource, a service network or inspection appliances have no
/// public endpoint; peered, on-premises and other-Region clients can't use this VPC's NAT
/// gateway): a volume "above which the interface endpoint costs less" than an impossible path
/// would read as advice.
pub(crate) fn break_even(scenario: &Scenario, catalog: &Catalog) -> Option<f64> {
    if !crate::facts::nat_path_exists(scenario) {
        return None;
    }
    let regions = Regions::of(scenario, catalog)?;
    let max = Quantity::from_units(limits::GB_PER_MONTH_MAX);
    let mut volumes = vec![Quantity::ZERO];
    let mut bound = 0u64;
    for tier in regions.here.interface_data_tiers {
        let Some(up_to) = tier.up_to_gb else { break };
        bound = bound.max(up_to);
        let at = Quantity::whole(bound);
        if at > Quantity::ZERO && at < max && volumes.last() != Some(&at) {
            volumes.push(at);
        }
    }
    volumes.push(max);

    let mut scratch = Vec::new();
    let mut difference = |gb: Quantity| {
        exact(
            Approach::Interface,
            scenario,
            regions,
            catalog,
            gb,
            &mut scratch,
        ) - exact(
            Approach::NatGateway,
            scenario,
            regions,
            catalog,
            gb,
            &mut scratch,
        )
    };

    let mut hi = max;
    let mut d_hi = difference(hi);
    if d_hi >= 0 {
        return None;
    }
    for &lo in volumes.iter().rev().skip(1) {
        let d_lo = difference(lo);
        if d_lo >= 0 {
            // The difference is linear on [lo, hi], ≥ 0 at lo and < 0 at hi: one root. The
            // integers are exact; only the final quotient is a float (1e-7 GB at worst).
            let share = d_lo as f64 / (d_lo - d_hi) as f64;
            let root = lo.units() + (hi.units() - lo.units()) * share;
            return (root > 0.0).then_some(root);
        }
        hi = lo;
        d_hi = d_lo;
    }
    None
}

/// An option's monthly cost before the per-line rounding, in 1e-15 dollars.
fn exact(
    kind: Approach,
    scenario: &Scenario,
    regions: Regions,
    catalog: &Catalog,
    gb: Quantity,
    scratch: &mut Vec<Charge>,
) -> i128 {
    scratch.clear();
    charges(kind, scenario, regions, catalog, gb, scratch);
    scratch.iter().map(Charge::femto).sum()
}
