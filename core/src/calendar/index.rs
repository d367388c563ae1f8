//! The precomputed day table behind every query.
//!
//! For the covered span (1 January of the first notice year to 31 December of the last) the
//! table holds, per day, its kind and label, and the cumulative count of workdays; a second
//! vector lists the workdays themselves. "Add N workdays" is then one lookup in each direction
//! and "workdays between" a subtraction: O(1), whatever N. Outside the table (only reachable
//! when the caller asks for a provisional answer) a closed-form weekday count stands in.
//!
//! Day numbers (`dn`) count days from 0001-01-01, a Monday, which is day 0.

use super::data::HolidayNotice;
use super::overlay::Overlay;
use chrono::{Datelike, NaiveDate};

pub(crate) const WORKDAY: u8 = 0;
pub(crate) const WEEKEND: u8 = 1;
pub(crate) const HOLIDAY: u8 = 2;
pub(crate) const MAKEUP: u8 = 3;
/// Set on days of a year inside the table that has no notice (a gap year).
pub(crate) const UNCOVERED: u8 = 0x80;
pub(crate) const KIND_MASK: u8 = 0x03;

/// Whether a kind byte (without `UNCOVERED`) is a working day.
#[inline]
pub(crate) fn is_work_kind(k: u8) -> bool {
    matches!(k & KIND_MASK, WORKDAY | MAKEUP)
}

/// Day number of a date: days since 0001-01-01 (a Monday).
#[inline]
pub(crate) fn dn(date: NaiveDate) -> i64 {
    i64::from(date.num_days_from_ce()) - 1
}

/// The date of a day number, if chrono can represent it.
#[inline]
pub(crate) fn date_of(dn: i64) -> Option<NaiveDate> {
    let ce = i32::try_from(dn.checked_add(1)?).ok()?;
    NaiveDate::from_num_days_from_ce_opt(ce)
}

/// `true` when the day number is a Saturday or Sunday.
#[inline]
pub(crate) fn is_weekend_dn(dn: i64) -> bool {
    dn.rem_euclid(7) >= 5
}

/// Number of Monday–Friday days in `[0, x]` (negative for `x < -1`; only differences matter).
#[inline]
fn weekday_count(x: i64) -> i64 {
    5 * x.div_euclid(7) + (x.rem_euclid(7) + 1).min(5)
}

/// The weekday `x` with `weekday_count(x) == k`.
#[inline]
fn weekday_with_count(k: i64) -> i64 {
    let j = k - 1;
    7 * j.div_euclid(5) + j.rem_euclid(5)
}

/// Where a day's name comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum LabelSource {
    /// A national notice, by its year.
    Notice(i32),
    /// A local overlay, by its position in the calendar's overlay list.
    Overlay(usize),
}

/// The name attached to a holiday or make-up day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Label {
    pub name: String,
    pub name_en: Option<String>,
    pub source: LabelSource,
}

#[derive(Debug, Clone, Default)]
pub(crate) struct Index {
    pub first_year: i32,
    pub last_year: i32,
    /// Day number of 1 January of `first_year`.
    pub base: i64,
    /// Per day: kind code, with `UNCOVERED` for gap years.
    pub kinds: Vec<u8>,
    /// Per day: 0 for none, else 1 + index into `labels`.
    pub label_ids: Vec<u16>,
    /// Per day: workdays in `[base, base + i]`.
    pub cum: Vec<u32>,
    /// The workdays, in order (so that "add" returns a date without converting a day number).
    pub workdays: Vec<NaiveDate>,
    /// Per year from `first_year`: the offset of its 1 January in the table (one extra entry).
    pub year_starts: Vec<u32>,
    /// Per year from `first_year`: the number of uncovered years before it (one extra entry).
    pub gaps_before: Vec<u32>,
    pub labels: Vec<Label>,
}

/// What a single day of the table or of the weekday rule is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RawDay {
    pub kind: u8,
    pub label: Option<usize>,
    /// No official data for this day (a gap year or outside the table).
    pub uncovered: bool,
}

impl Index {
    pub(crate) fn build(
        notices: &std::collections::BTreeMap<i32, HolidayNotice>,
        overlays: &[Overlay],
    ) -> Index {
        let (Some(&first_year), Some(&last_year)) =
            (notices.keys().next(), notices.keys().next_back())
        else {
            return Index::default();
        };
        let (Some(start), Some(end)) = (
            NaiveDate::from_ymd_opt(first_year, 1, 1),
            NaiveDate::from_ymd_opt(last_year, 12, 31),
        ) else {
            return Index::default();
        };
        let base = dn(start);
        let len = usize::try_from(dn(end) - base + 1).unwrap_or(0);
        let mut kinds = Vec::with_capacity(len);
        let mut gaps_before =
            Vec::with_capacity(usize::try_from(last_year - first_year + 2).unwrap_or(0));
        let mut gaps = 0u32;
        let mut year_starts = Vec::with_capacity(gaps_before.capacity());
        for year in first_year..=last_year {
            gaps_before.push(gaps);
            year_starts.push(u32::try_from(kinds.len()).unwrap_or(u32::MAX));
            let covered = notices.contains_key(&year);
            if !covered {
                gaps += 1;
            }
            let days = if NaiveDate::from_ymd_opt(year, 2, 29).is_some() {
                366
            } else {
                365
            };
            let year_base = NaiveDate::from_ymd_opt(year, 1, 1).map(dn).unwrap_or(base);
            for i in 0..days {
                let mut k = if is_weekend_dn(year_base + i) {
                    WEEKEND
                } else {
                    WORKDAY
                };
                if !covered {
                    k |= UNCOVERED;
                }
                kinds.push(k);
            }
        }
        gaps_before.push(gaps);
        year_starts.push(u32::try_from(kinds.len()).unwrap_or(u32::MAX));
        let mut label_ids = vec![0u16; kinds.len()];
        let mut labels: Vec<Label> = Vec::new();
        let mut set = |date: NaiveDate, kind: u8, label: u16, kinds: &mut Vec<u8>| {
            let off = dn(date) - base;
            let Ok(off) = usize::try_from(off) else {
                return;
            };
            if let (Some(k), Some(l)) = (kinds.get_mut(off), label_ids.get_mut(off)) {
                *k = (*k & UNCOVERED) | kind;
                *l = label;
            }
        };
        for notice in notices.values() {
            for block in &notice.holidays {
                labels.push(Label {
                    name: block.name.clone(),
                    name_en: block.name_en.clone(),
                    source: LabelSource::Notice(notice.year),
                });
                let id = u16::try_from(labels.len()).unwrap_or(u16::MAX);
                for d in &block.days_off {
                    set(*d, HOLIDAY, id, &mut kinds);
                }
                for d in &block.makeup_workdays {
                    set(*d, MAKEUP, id, &mut kinds);
                }
            }
        }
        // Local rest days stack on the national calendar: a make-up working day or an ordinary
        // workday becomes a rest day; a day that is already a rest day keeps its national name.
        for (oi, overlay) in overlays.iter().enumerate() {
            for rest in &overlay.rest_days {
                let off = dn(rest.date) - base;
                let Ok(off) = usize::try_from(off) else {
                    continue;
                };
                let Some(k) = kinds.get(off).copied() else {
                    continue;
                };
                if matches!(k & KIND_MASK, WORKDAY | MAKEUP) {
                    labels.push(Label {
                        name: rest.name.clone(),
                        name_en: rest.name_en.clone(),
                        source: LabelSource::Overlay(oi),
                    });
                    let id = u16::try_from(labels.len()).unwrap_or(u16::MAX);
                    set(rest.date, HOLIDAY, id, &mut kinds);
                }
            }
        }
        let mut cum = Vec::with_capacity(kinds.len());
        let mut workdays = Vec::new();
        let mut count = 0u32;
        for (i, k) in kinds.iter().enumerate() {
            if matches!(k & KIND_MASK, WORKDAY | MAKEUP) {
                count += 1;
                if let Some(d) = date_of(base + i as i64) {
                    workdays.push(d);
                }
            }
            cum.push(count);
        }
        Index {
            first_year,
            last_year,
            base,
            kinds,
            label_ids,
            cum,
            workdays,
            year_starts,
            gaps_before,
            labels,
        }
    }

    #[inline]
    pub(crate) fn is_empty(&self) -> bool {
        self.kinds.is_empty()
    }

    /// The table slot of a date, computed from the year and day-of-year chrono stores (no
    /// day-number arithmetic): the hot path of every query.
    #[inline]
    pub(crate) fn slot(&self, date: NaiveDate) -> Option<usize> {
        let y = usize::try_from(date.year().wrapping_sub(self.first_year)).ok()?;
        let start = *self.year_starts.get(y)?;
        let next = *self.year_starts.get(y + 1)?;
        let o = start + date.ordinal0();
        (o < next).then_some(o as usize)
    }

    /// The kind byte of a slot (with the `UNCOVERED` bit).
    #[inline]
    pub(crate) fn kind_at(&self, slot: usize) -> u8 {
        self.kinds.get(slot).copied().unwrap_or(WEEKEND | UNCOVERED)
    }

    /// Workdays in `[base, slot]`.
    #[inline]
    pub(crate) fn cum_at(&self, slot: usize) -> u32 {
        self.cum.get(slot).copied().unwrap_or(0)
    }

    /// The workday with ordinal `t` (1-based) inside the table.
    #[inline]
    pub(crate) fn workday_at(&self, t: i64) -> Option<NaiveDate> {
        let i = usize::try_from(t.checked_sub(1)?).ok()?;
        self.workdays.get(i).copied()
    }

    /// Day number of the last day of the table.
    #[inline]
    fn end(&self) -> i64 {
        self.base + self.kinds.len() as i64 - 1
    }

    #[inline]
    fn offset(&self, dn: i64) -> Option<usize> {
        usize::try_from(dn - self.base)
            .ok()
            .filter(|o| *o < self.kinds.len())
    }

    /// The day as the table (or, outside it, the weekday rule) has it.
    #[inline]
    pub(crate) fn raw_day(&self, dn: i64) -> RawDay {
        match self.offset(dn) {
            Some(o) => {
                let k = self.kinds.get(o).copied().unwrap_or(WEEKEND);
                let l = self.label_ids.get(o).copied().unwrap_or(0);
                RawDay {
                    kind: k & KIND_MASK,
                    label: (l > 0).then(|| usize::from(l) - 1),
                    uncovered: k & UNCOVERED != 0,
                }
            }
            None => RawDay {
                kind: if is_weekend_dn(dn) { WEEKEND } else { WORKDAY },
                label: None,
                uncovered: true,
            },
        }
    }

    #[inline]
    pub(crate) fn is_work(&self, dn: i64) -> bool {
        match self.offset(dn) {
            Some(o) => matches!(
                self.kinds.get(o).map(|k| k & KIND_MASK),
                Some(WORKDAY | MAKEUP)
            ),
            None => !is_weekend_dn(dn),
        }
    }

    /// Workday ordinal: the number of workdays up to and including `dn`, relative to an
    /// anchor; only differences are meaningful. Consistent across the table's edges.
    #[inline]
    pub(crate) fn ordinal(&self, dn: i64) -> i64 {
        if self.is_empty() {
            return weekday_count(dn);
        }
        if let Some(o) = self.offset(dn) {
            return i64::from(self.cum.get(o).copied().unwrap_or(0));
        }
        if dn < self.base {
            weekday_count(dn) - weekday_count(self.base - 1)
        } else {
            let last = i64::from(self.cum.last().copied().unwrap_or(0));
            last + weekday_count(dn) - weekday_count(self.end())
        }
    }

    /// The ordinal of the last workday of the table (0 when empty).
    #[inline]
    pub(crate) fn last_ordinal(&self) -> i64 {
        i64::from(self.cum.last().copied().unwrap_or(0))
    }

    /// Whether some year inside the table has no notice.
    #[inline]
    pub(crate) fn has_gaps(&self) -> bool {
        self.gaps_before.last().is_some_and(|g| *g > 0)
    }

    /// The workday whose ordinal is `t`.
    #[inline]
    pub(crate) fn day_of_ordinal(&self, t: i64) -> Option<i64> {
        let last = self.last_ordinal();
        let k = if self.is_empty() {
            t
        } else if t >= 1 && t <= last {
            let i = usize::try_from(t - 1).ok()?;
            return self.workdays.get(i).map(|d| dn(*d));
        } else if t < 1 {
            weekday_count(self.base - 1).checked_add(t)?
        } else {
            weekday_count(self.end()).checked_add(t - last)?
        };
        // Far beyond any representable date; keep clear of overflow in the closed form.
        if k.unsigned_abs() > (i64::MAX / 8).unsigned_abs() {
            return None;
        }
        Some(weekday_with_count(k))
    }

    /// Whether every year from `y1` to `y2` (inclusive) has a notice; if not, the first such
    /// year scanning from `from_year` towards the other end.
    pub(crate) fn first_uncovered(&self, y1: i32, y2: i32, from_year: i32) -> Option<i32> {
        let (lo, hi) = (y1.min(y2), y1.max(y2));
        let covered = |y: i32| -> bool {
            if self.is_empty() || y < self.first_year || y > self.last_year {
                return false;
            }
            let i = usize::try_from(y - self.first_year).unwrap_or(0);
            match (self.gaps_before.get(i), self.gaps_before.get(i + 1)) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            }
        };
        // Fast path: the whole span inside the table and no gap in it.
        if !self.is_empty() && lo >= self.first_year && hi <= self.last_year {
            let a = self
                .gaps_before
                .get(usize::try_from(lo - self.first_year).unwrap_or(0));
            let b = self
                .gaps_before
                .get(usize::try_from(hi - self.first_year + 1).unwrap_or(0));
            if a.is_some() && a == b {
                return None;
            }
        }
        if from_year <= lo || from_year > hi {
            (lo..=hi).find(|y| !covered(*y))
        } else {
            (lo..=from_year).rev().find(|y| !covered(*y))
        }
    }
}
