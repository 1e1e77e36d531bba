//! Exact money: rates in nano-dollars per unit, quantities in millionths of a unit, amounts in
//! whole cents.
//!
//! AWS publishes rates with up to 10 decimal places of a dollar and bills line items in cents.
//! Floating point would make "the total equals the sum of its lines" a matter of luck, so every
//! amount here is an integer. A line is rounded once, half up, to the cent (as an AWS bill line
//! is); a total is the sum of its rounded lines, so it always equals them to the cent.

/// A price per unit, in billionths of a US dollar (0.01 $/GB = `Rate(10_000_000)`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Hash)]
pub struct Rate(pub u64);

/// A quantity of units (hours, GB) in millionths, so 0.5 GB = `Quantity(500_000)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Hash)]
pub struct Quantity(pub u64);

/// An amount of money in whole US cents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Hash)]
pub struct Cents(pub i64);

const NANOS_PER_DOLLAR: f64 = 1e9;
const MICROS_PER_UNIT: u64 = 1_000_000;
/// rate (1e-9 $) × quantity (1e-6 unit) is in 1e-15 $; a cent is 1e-2 $.
const FEMTO_PER_CENT: u64 = 10_000_000_000_000;

impl Rate {
    /// The rate in dollars, for display only.
    pub fn usd(self) -> f64 {
        self.0 as f64 / NANOS_PER_DOLLAR
    }
}

impl Quantity {
    pub const ZERO: Quantity = Quantity(0);

    pub fn whole(units: u64) -> Quantity {
        Quantity(units.saturating_mul(MICROS_PER_UNIT))
    }

    /// From a finite, non-negative number of units; callers validate first, and anything else
    /// saturates rather than panics.
    pub fn from_units(units: f64) -> Quantity {
        if units.is_nan() || units <= 0.0 {
            return Quantity::ZERO;
        }
        // `as` saturates at u64::MAX for huge values; validation keeps us far below that.
        Quantity((units * MICROS_PER_UNIT as f64).round() as u64)
    }

    /// The quantity in units, for display and charts only.
    pub fn units(self) -> f64 {
        self.0 as f64 / MICROS_PER_UNIT as f64
    }

    pub fn saturating_sub(self, other: Quantity) -> Quantity {
        Quantity(self.0.saturating_sub(other.0))
    }

    pub fn min(self, other: Quantity) -> Quantity {
        Quantity(self.0.min(other.0))
    }
}

impl Cents {
    pub const ZERO: Cents = Cents(0);

    /// The amount in dollars, for display only.
    pub fn usd(self) -> f64 {
        self.0 as f64 / 100.0
    }

    pub fn saturating_add(self, other: Cents) -> Cents {
        Cents(self.0.saturating_add(other.0))
    }
}

/// The cost of `quantity` at `rate`, rounded half up to the cent. Exact: no floating point.
pub fn line_cost(rate: Rate, quantity: Quantity) -> Cents {
    let femto = u128::from(rate.0) * u128::from(quantity.0);
    let cents = divide(femto + u128::from(FEMTO_PER_CENT / 2), FEMTO_PER_CENT);
    Cents(i64::try_from(cents).unwrap_or(i64::MAX))
}

/// `n / d` for a divisor from 1 to 2^48, by long division in 16-bit digits: each step divides a
/// u64, so no 128-bit division routine is linked into the Wasm (docs/performance.md). A zero
/// divisor gives 0 rather than a panic.
pub(crate) fn divide(n: u128, d: u64) -> u128 {
    if d == 0 {
        return 0;
    }
    // Most line costs fit a u64 (below ~$1.8M in femto-dollars): one native division.
    if let Ok(n) = u64::try_from(n) {
        return u128::from(n / d);
    }
    let mut quotient = 0u128;
    let mut remainder = 0u64;
    for digit in (0..8).rev() {
        // remainder < d < 2^48, so the shifted remainder plus a 16-bit digit fits a u64.
        let current = (remainder << 16) | ((n >> (16 * digit)) as u64 & 0xffff);
        quotient = (quotient << 16) | u128::from(current / d);
        remainder = current % d;
    }
    quotient
}

/// `(n / d, n % d)` for any divisor, by binary long division: no 128-bit division routine is
/// linked into the Wasm (docs/performance.md). A zero divisor gives `(0, n)` rather than a panic.
pub(crate) fn divide_wide(n: u128, d: u128) -> (u128, u128) {
    if d == 0 {
        return (0, n);
    }
    // Nearly every call fits a u64 (a plan's shares and scalings): one native division instead
    // of 128 steps of 128-bit shifts, which the Wasm makes as calls (`__ashlti3`, `__lshrti3`).
    if let (Ok(n), Ok(d)) = (u64::try_from(n), u64::try_from(d)) {
        return (u128::from(n / d), u128::from(n % d));
    }
    let (mut quotient, mut remainder) = (0u128, 0u128);
    for bit in (0..128).rev() {
        // The top bit is shifted out only when remainder ≥ 2^127, so then it is ≥ d anyway.
        let high = remainder >> 127 == 1;
        remainder = (remainder << 1) | ((n >> bit) & 1);
        if high || remainder >= d {
            remainder = remainder.wrapping_sub(d);
            quotient |= 1 << bit;
        }
    }
    (quotient, remainder)
}

/// The sum of already-rounded amounts.
pub fn total<I: IntoIterator<Item = Cents>>(amounts: I) -> Cents {
    amounts.into_iter().fold(Cents::ZERO, Cents::saturating_add)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seven_hundred_thirty_hours_at_one_cent_is_seven_thirty() {
        // us-east-1 interface endpoint: $0.01/h × 730 h = $7.30 (infracost golden).
        assert_eq!(
            line_cost(Rate(10_000_000), Quantity::whole(730)),
            Cents(730)
        );
    }

    #[test]
    fn binary_long_division_equals_u128_division() {
        // Hand-checked: 7 / 2 = 3 rem 1; 2^127 + 5 by 2^127 - 1 = 1 rem 6; zero divisor clamps.
        assert_eq!(divide_wide(7, 2), (3, 1));
        assert_eq!(divide_wide((1 << 127) + 5, (1 << 127) - 1), (1, 6));
        assert_eq!(divide_wide(9, 0), (0, 9));
        let mut x = 0x0123_4567_89ab_cdef_fedc_ba98_7654_3210u128;
        for _ in 0..2000 {
            x = x.rotate_left(13) ^ x.wrapping_mul(0x2545_f491_4f6c_dd1d);
            let d = (x >> (x % 128) as u32).max(1);
            assert_eq!(divide_wide(x, d), (x / d, x % d), "{x} / {d}");
        }
        assert_eq!(divide_wide(u128::MAX, u128::MAX), (1, 0));
        assert_eq!(divide_wide(u128::MAX, 1), (u128::MAX, 0));
    }

    #[test]
    fn division_within_u64_and_just_past_it_agree() {
        // Hand-checked: 18,446,744,073,709,551,615 (2^64 − 1) = 10 × 1,844,674,407,370,955,161 + 5;
        // 2^64 = 3 × 6,148,914,691,236,517,205 + 1 (the wide path); 2^64 − 1 by 2^64 is 0 rem itself.
        assert_eq!(
            divide_wide(u128::from(u64::MAX), 10),
            (1_844_674_407_370_955_161, 5)
        );
        assert_eq!(divide_wide(1 << 64, 3), (6_148_914_691_236_517_205, 1));
        assert_eq!(
            divide_wide(u128::from(u64::MAX), 1 << 64),
            (0, u128::from(u64::MAX))
        );
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..2000 {
            x = x.rotate_left(17) ^ x.wrapping_mul(0x2545_f491_4f6c_dd1d);
            let (n, d) = (u128::from(x), u128::from((x >> (x % 64)).max(1)));
            assert_eq!(divide_wide(n, d), (n / d, n % d), "{n} / {d}");
            let cents = FEMTO_PER_CENT;
            assert_eq!(divide(n, cents), n / u128::from(cents), "{n}");
        }
        // Hand-checked, either side of 2^64: 18,446,744,073,709,551,615 / 10^13 = 1,844,674 (the
        // u64 path) and 18,446,744,073,709,551,616 / 10^13 = 1,844,674 (the long division).
        assert_eq!(divide(u128::from(u64::MAX), FEMTO_PER_CENT), 1_844_674);
        assert_eq!(divide(1 << 64, FEMTO_PER_CENT), 1_844_674);
    }

    #[test]
    fn long_division_equals_u128_division() {
        // Worked cases: 10^26 / 10^13 = 10^13; (2^128 - 1) / 10^13 as the native operator says.
        assert_eq!(divide(10u128.pow(26), FEMTO_PER_CENT), 10u128.pow(13));
        assert_eq!(divide(0, FEMTO_PER_CENT), 0);
        assert_eq!(divide(FEMTO_PER_CENT as u128 - 1, FEMTO_PER_CENT), 0);
        assert_eq!(divide(FEMTO_PER_CENT as u128, FEMTO_PER_CENT), 1);
        let mut x = 0x9e37_79b9_7f4a_7c15_f39c_c060_5ced_c834u128;
        for _ in 0..10_000 {
            x = x
                .wrapping_mul(0x2360_ed05_1fc6_5da4_4385_df64_9fcc_f645)
                .wrapping_add(1);
            for n in [x, x >> 17, x >> 64, x >> 90] {
                assert_eq!(divide(n, FEMTO_PER_CENT), n / FEMTO_PER_CENT as u128, "{n}");
                assert_eq!(divide(n, 3), n / 3, "{n}");
            }
        }
        assert_eq!(
            divide(u128::MAX, FEMTO_PER_CENT),
            u128::MAX / FEMTO_PER_CENT as u128
        );
    }

    #[test]
    fn the_largest_amounts_saturate_instead_of_wrapping() {
        assert_eq!(
            line_cost(Rate(u64::MAX), Quantity(u64::MAX)),
            Cents(i64::MAX)
        );
    }

    #[test]
    fn rounds_half_up_to_the_cent() {
        // 0.0035 $/GB × 1 GB = 0.35 cents → 0 cents; × 3 GB = 1.05 cents → 1 cent;
        // × 10 GB = 3.5 cents → 4 cents.
        assert_eq!(line_cost(Rate(3_500_000), Quantity::whole(1)), Cents(0));
        assert_eq!(line_cost(Rate(3_500_000), Quantity::whole(3)), Cents(1));
        assert_eq!(line_cost(Rate(3_500_000), Quantity::whole(10)), Cents(4));
    }

    #[test]
    fn fifteen_petabytes_tiered_matches_the_aws_blog_arithmetic() {
        // TIER-BLOG: 15 PB at $.01 (first PB), $.006 (next 4 PB), $.004 (rest), 1 PB = 1,048,576 GB.
        let pb = 1_048_576;
        let lines = [
            line_cost(Rate(10_000_000), Quantity::whole(pb)),
            line_cost(Rate(6_000_000), Quantity::whole(4 * pb)),
            line_cost(Rate(4_000_000), Quantity::whole(10 * pb)),
        ];
        assert_eq!(
            lines,
            [Cents(1_048_576), Cents(2_516_582), Cents(4_194_304)]
        );
        assert_eq!(total(lines), Cents(7_759_462));
    }

    #[test]
    fn fractional_quantities_are_exact() {
        assert_eq!(Quantity::from_units(0.5), Quantity(500_000));
        assert_eq!(
            line_cost(Rate(45_000_000), Quantity::from_units(0.5)),
            Cents(2)
        ); // 2.25 c
        assert_eq!(Quantity::from_units(f64::NAN), Quantity::ZERO);
        assert_eq!(Quantity::from_units(-1.0), Quantity::ZERO);
    }
}
