//! Comparing time limits stated in different units, without a calendar.
//!
//! A promised limit of 20 working days and a statutory limit of 60 days (日) cannot be compared
//! exactly without knowing the start date. The checker is pure and takes no calendar, so when
//! the units differ it uses bounds that hold for every start date, and answers "longer",
//! "not longer" or "cannot tell" (a warning, never a guess). Same units compare exactly.
//!
//! The bounds rest on two facts of the embedded calendar 2004–2026, checked by a test over
//! every start date: `n` working days never take more than `2n + 10` natural days (the longest
//! run of rest days is 10, the 2020 Spring Festival extension), so `d` natural days always
//! contain at least `(d − 10) / 2` working days; and `d` natural days contain at most `d`
//! working days, plus one when a last day on a rest day rolls forward (民法典 第二百零三条),
//! which also moves the end by at most 10 days. A month is 28 to 31 days.

use crate::deadline::{Period, PeriodUnit};

/// The most rest days in a row any notice has had (2020-01-24..02-02).
pub(crate) const ROLL: u64 = 10;

/// A sum of periods, kept per unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Total {
    pub wd: u64,
    pub nat: u64,
    pub months: u64,
}

impl Total {
    pub(crate) fn of(p: Period) -> Total {
        let mut t = Total::default();
        t.add(p);
        t
    }

    pub(crate) fn add(&mut self, p: Period) {
        let n = u64::from(p.amount);
        match p.unit {
            PeriodUnit::WorkingDays => self.wd = self.wd.saturating_add(n),
            PeriodUnit::NaturalDays => self.nat = self.nat.saturating_add(n),
            PeriodUnit::Months => self.months = self.months.saturating_add(n),
        }
    }

    pub(crate) fn plus(self, o: Total) -> Total {
        Total {
            wd: self.wd.saturating_add(o.wd),
            nat: self.nat.saturating_add(o.nat),
            months: self.months.saturating_add(o.months),
        }
    }

    pub(crate) fn max(self, o: Total) -> Total {
        Total {
            wd: self.wd.max(o.wd),
            nat: self.nat.max(o.nat),
            months: self.months.max(o.months),
        }
    }

    /// The amount when every part is in `unit`.
    pub(crate) fn only(self, unit: PeriodUnit) -> Option<u64> {
        match unit {
            PeriodUnit::WorkingDays if self.nat == 0 && self.months == 0 => Some(self.wd),
            PeriodUnit::NaturalDays if self.wd == 0 && self.months == 0 => Some(self.nat),
            PeriodUnit::Months if self.wd == 0 && self.nat == 0 => Some(self.months),
            _ => None,
        }
    }

    fn calendar_days(self) -> (u64, u64) {
        (
            self.nat.saturating_add(self.months.saturating_mul(28)),
            self.nat.saturating_add(self.months.saturating_mul(31)),
        )
    }

    /// Working days elapsed: (at least, at most).
    pub(crate) fn wd_bounds(self) -> (u64, u64) {
        let (lo, hi) = self.calendar_days();
        let roll = u64::from(hi > 0);
        (
            self.wd.saturating_add(lo.saturating_sub(ROLL) / 2),
            self.wd.saturating_add(hi).saturating_add(roll),
        )
    }

    /// Natural days elapsed: (at least, at most).
    pub(crate) fn day_bounds(self) -> (u64, u64) {
        let (lo, hi) = self.calendar_days();
        let wd_hi = if self.wd > 0 {
            self.wd.saturating_mul(2).saturating_add(ROLL)
        } else {
            0
        };
        let roll = if hi > 0 { ROLL } else { 0 };
        (
            self.wd.saturating_add(lo),
            wd_hi.saturating_add(hi).saturating_add(roll),
        )
    }

    /// Whether this total is longer than `limit`: `Some(true)` for every start date,
    /// `Some(false)` for none, `None` when it depends on the start date.
    pub(crate) fn exceeds(self, limit: Period) -> Option<bool> {
        let p = u64::from(limit.amount);
        if let Some(a) = self.only(limit.unit) {
            return Some(a > p);
        }
        let (lo, hi) = match limit.unit {
            PeriodUnit::WorkingDays => {
                let (lo, hi) = self.wd_bounds();
                return decide(lo > p, hi <= p);
            }
            PeriodUnit::NaturalDays => (p, p.saturating_add(ROLL)),
            PeriodUnit::Months => (
                p.saturating_mul(28),
                p.saturating_mul(31).saturating_add(ROLL),
            ),
        };
        let (a_lo, a_hi) = self.day_bounds();
        decide(a_lo > hi, a_hi <= lo)
    }
}

fn decide(longer: bool, within: bool) -> Option<bool> {
    if longer {
        Some(true)
    } else if within {
        Some(false)
    } else {
        None
    }
}

/// Whether period `a` is longer than `b` (see [`Total::exceeds`]).
pub(crate) fn exceeds(a: Period, b: Period) -> Option<bool> {
    if a.amount == 0 {
        return Some(false);
    }
    Total::of(a).exceeds(b)
}
