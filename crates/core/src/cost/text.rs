//! Numbers as text for the plan's exports and the bills' words (`doubt`), by integer arithmetic
//! only (float formatting would cost the Wasm ~20 KB): money from cents, rates from
//! nano-dollars, quantities from millionths.

use crate::money::{Cents, Quantity, Rate};

pub(crate) use crate::check::grouped;

/// Cents as "$1,753.20" (`grouping`) or "1753.20".
pub fn money(c: Cents, grouping: bool) -> String {
    let sign = if c.0 < 0 { "-" } else { "" };
    let abs = c.0.unsigned_abs();
    let whole = if grouping {
        grouped(abs / 100)
    } else {
        (abs / 100).to_string()
    };
    let cur = if grouping { "$" } else { "" };
    format!("{sign}{cur}{whole}.{:02}", abs % 100)
}

/// `value` in units of 10^-`decimals`, with trailing zeros trimmed but at least `keep` decimals.
fn decimal(value: u64, decimals: u32, keep: usize, grouping: bool) -> String {
    let scale = 10u64.pow(decimals);
    let whole = value / scale;
    let mut frac = format!("{:0width$}", value % scale, width = decimals as usize);
    while frac.len() > keep && frac.ends_with('0') {
        frac.pop();
    }
    let whole = if grouping {
        grouped(whole)
    } else {
        whole.to_string()
    };
    if frac.is_empty() {
        whole
    } else {
        format!("{whole}.{frac}")
    }
}

/// A rate as "0.01" or "0.0035" (at least two decimals).
pub fn rate(r: Rate) -> String {
    decimal(r.0, 9, 2, false)
}

/// A quantity as "175,200" or "0.5" (`grouping`) or "175200".
pub fn quantity(q: Quantity, grouping: bool) -> String {
    decimal(q.0, 6, 0, grouping)
}

/// "s" unless one.
pub fn plural(n: u64) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_as_written_by_hand() {
        assert_eq!(money(Cents(175_320), true), "$1,753.20");
        assert_eq!(money(Cents(5), false), "0.05");
        assert_eq!(rate(Rate(10_000_000)), "0.01");
        assert_eq!(rate(Rate(3_500_000)), "0.0035");
        assert_eq!(rate(Rate(500_000_000)), "0.50");
        assert_eq!(quantity(Quantity::whole(175_200), true), "175,200");
        assert_eq!(quantity(Quantity(500_000), false), "0.5");
    }
}
