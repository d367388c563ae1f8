//! Households packed for a batch ([`HouseholdColumns`]).

use super::error::EligibilityError;
use super::facts::{HouseholdFacts, MemberFacts};
use super::household::{
    Area, AssetItem, CurrentDibao, Disability, ExpenseItem, Flag, Household, IncomeItem,
    LabourCapacity, MemberStatus, Relation, Schooling,
};
use chrono::NaiveDate;

/// A span of one of the flat arrays: `start..start + len`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Span {
    start: u32,
    len: u32,
}

impl Span {
    fn range(self) -> std::ops::Range<usize> {
        let start = self.start as usize;
        start..start + self.len as usize
    }
}

/// One household: where its members, assets and flags are.
#[derive(Debug, Clone, Copy)]
struct HouseholdRow {
    members: Span,
    assets: Span,
    flags: Span,
    /// Index into `current`, or `u32::MAX` for none (few households of a file have one).
    current: u32,
    area: Area,
    assets_known: bool,
    staff_ties: bool,
}

/// One member.
#[derive(Debug, Clone, Copy)]
struct MemberRow {
    statuses: Span,
    income: Span,
    expenses: Span,
    birth: Option<NaiveDate>,
    relation: Relation,
    disability: Option<Disability>,
    labour_capacity: Option<LabourCapacity>,
    schooling: Option<Schooling>,
    employed_since: Option<NaiveDate>,
    lives_together: bool,
    income_known: bool,
}

/// Households packed for a batch: the facts the 低保 rules read, in a few flat arrays built
/// once per file, so that a yearly re-check (在保必核) of a million recipients streams through
/// memory instead of chasing a million scattered allocations.
///
/// The rules are not copied: [`dibao::quick`](super::dibao::quick) runs over a
/// [`HouseholdRef`] exactly as over a [`Household`], through [`HouseholdFacts`]. What is packed
/// is facts, never conclusions: nothing here depends on the profile or the evaluation date, so
/// one build serves any number of profiles and dates (e.g. "what if the standard rises to
/// 1,100 yuan": re-evaluate, don't rebuild). Names, identity numbers, villages and staff names
/// are not kept (only the birth date decoded from the number), so the packed form is also
/// safe to keep in memory longer than the input.
///
/// ```
/// use minzheng::eligibility::{dibao, Context, Household, HouseholdColumns, Profile, SAMPLE_PROFILE_JSON};
/// use chrono::NaiveDate;
/// let profile = Profile::from_json(SAMPLE_PROFILE_JSON)?;
/// let ctx = Context::new(&profile, NaiveDate::from_ymd_opt(2026, 7, 1).unwrap())?;
/// let hh = Household::from_json(r#"{"members": [{"name": "张三", "relation": "applicant",
///   "birth_date": "1960-01-01", "income": [{"kind": "wages", "monthly_fen": 30000}]}],
///   "assets": [], "residence": "110105", "area": "urban", "application_date": "2026-06-01"}"#)?;
/// let mut cols = HouseholdColumns::new();
/// cols.push(&hh)?;
/// let row = cols.get(0).unwrap();
/// // The same rules over the packed facts give the same answer.
/// assert_eq!(dibao::quick(&row, &ctx), dibao::quick(&hh, &ctx));
/// assert_eq!(dibao::quick(&row, &ctx).amount_fen, Some(70_000));
/// # Ok::<(), minzheng::eligibility::EligibilityError>(())
/// ```
///
/// Only valid households are admitted: [`push`](Self::push) validates first and changes
/// nothing on error.
#[derive(Debug, Clone, Default)]
pub struct HouseholdColumns {
    rows: Vec<HouseholdRow>,
    members: Vec<MemberRow>,
    statuses: Vec<MemberStatus>,
    income: Vec<IncomeItem>,
    expenses: Vec<ExpenseItem>,
    assets: Vec<AssetItem>,
    flags: Vec<Flag>,
    current: Vec<CurrentDibao>,
}

fn span(start: usize, len: usize) -> Result<Span, EligibilityError> {
    let too_many = || EligibilityError::ColumnsFull {
        limit: u64::from(u32::MAX),
    };
    let end = start.checked_add(len).ok_or_else(too_many)?;
    if end > u32::MAX as usize {
        return Err(too_many());
    }
    Ok(Span {
        start: u32::try_from(start).map_err(|_| too_many())?,
        len: u32::try_from(len).map_err(|_| too_many())?,
    })
}

impl HouseholdColumns {
    /// An empty set.
    pub fn new() -> HouseholdColumns {
        HouseholdColumns::with_capacity(0)
    }

    /// An empty set with room for `households` households of about 2.5 members.
    pub fn with_capacity(households: usize) -> HouseholdColumns {
        HouseholdColumns {
            rows: Vec::with_capacity(households),
            members: Vec::with_capacity(households.saturating_mul(5) / 2),
            statuses: Vec::new(),
            income: Vec::with_capacity(households.saturating_mul(5) / 2),
            expenses: Vec::new(),
            assets: Vec::with_capacity(households),
            flags: Vec::new(),
            current: Vec::new(),
        }
    }

    /// Validates `hh` ([`Household::validate`]) and appends its facts. On error nothing is
    /// appended: an invalid household is reported by the caller (by its error code), never
    /// evaluated.
    pub fn push(&mut self, hh: &Household) -> Result<(), EligibilityError> {
        hh.validate()?;
        let statuses: usize = hh.members.iter().map(|m| m.statuses.len()).sum();
        let income: usize = hh
            .members
            .iter()
            .map(|m| m.income.as_ref().map_or(0, Vec::len))
            .sum();
        let expenses: usize = hh.members.iter().map(|m| m.expenses.len()).sum();
        let assets = hh.assets.as_ref().map_or(0, Vec::len);
        // Every span is checked before anything is written (no partial state).
        let members = span(self.members.len(), hh.members.len())?;
        span(self.statuses.len(), statuses)?;
        span(self.income.len(), income)?;
        span(self.expenses.len(), expenses)?;
        let asset_span = span(self.assets.len(), assets)?;
        let flags = span(self.flags.len(), hh.flags.len())?;
        let current = match hh.current_dibao {
            Some(_) => span(self.current.len(), 1)?.start,
            None => u32::MAX,
        };
        for m in &hh.members {
            let st = span(self.statuses.len(), m.statuses.len())?;
            self.statuses.extend_from_slice(&m.statuses);
            let items = m.income.as_deref().unwrap_or(&[]);
            let inc = span(self.income.len(), items.len())?;
            self.income.extend_from_slice(items);
            let ex = span(self.expenses.len(), m.expenses.len())?;
            self.expenses.extend_from_slice(&m.expenses);
            self.members.push(MemberRow {
                statuses: st,
                income: inc,
                expenses: ex,
                birth: m.birth(),
                relation: m.relation,
                disability: m.disability,
                labour_capacity: m.labour_capacity,
                schooling: m.schooling,
                employed_since: m.employed_since,
                lives_together: m.lives_together,
                income_known: m.income.is_some(),
            });
        }
        self.assets
            .extend_from_slice(hh.assets.as_deref().unwrap_or(&[]));
        self.flags.extend_from_slice(&hh.flags);
        self.current.extend(hh.current_dibao);
        self.rows.push(HouseholdRow {
            members,
            assets: asset_span,
            flags,
            current,
            area: hh.area,
            assets_known: hh.assets.is_some(),
            staff_ties: !hh.staff_ties.is_empty(),
        });
        Ok(())
    }

    /// The number of households.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// `true` if there are none.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The household at `index` (in push order).
    pub fn get(&self, index: usize) -> Option<HouseholdRef<'_>> {
        self.rows
            .get(index)
            .map(|row| HouseholdRef { cols: self, row })
    }

    /// Every household, in push order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = HouseholdRef<'_>> + Clone + '_ {
        self.rows.iter().map(|row| HouseholdRef { cols: self, row })
    }

    /// The households in `range` (clamped to the set): a share for one worker thread.
    pub fn iter_range(
        &self,
        range: std::ops::Range<usize>,
    ) -> impl ExactSizeIterator<Item = HouseholdRef<'_>> + Clone + '_ {
        let end = range.end.min(self.rows.len());
        let start = range.start.min(end);
        self.rows
            .get(start..end)
            .unwrap_or(&[])
            .iter()
            .map(|row| HouseholdRef { cols: self, row })
    }

    /// Bytes of memory the packed facts use (the arrays' capacities).
    pub fn heap_bytes(&self) -> usize {
        use std::mem::size_of;
        self.rows.capacity() * size_of::<HouseholdRow>()
            + self.members.capacity() * size_of::<MemberRow>()
            + self.statuses.capacity() * size_of::<MemberStatus>()
            + self.income.capacity() * size_of::<IncomeItem>()
            + self.expenses.capacity() * size_of::<ExpenseItem>()
            + self.assets.capacity() * size_of::<AssetItem>()
            + self.flags.capacity() * size_of::<Flag>()
            + self.current.capacity() * size_of::<CurrentDibao>()
    }

    fn slice<T>(items: &[T], s: Span) -> &[T] {
        items.get(s.range()).unwrap_or(&[])
    }
}

/// One packed household: implements [`HouseholdFacts`], so every quick rule runs on it.
#[derive(Debug, Clone, Copy)]
pub struct HouseholdRef<'a> {
    cols: &'a HouseholdColumns,
    row: &'a HouseholdRow,
}

/// One packed member: implements [`MemberFacts`].
#[derive(Debug, Clone, Copy)]
pub struct MemberRef<'a> {
    cols: &'a HouseholdColumns,
    row: &'a MemberRow,
}

impl<'a> HouseholdFacts for HouseholdRef<'a> {
    type Member<'m>
        = MemberRef<'m>
    where
        Self: 'm;
    fn area(&self) -> Area {
        self.row.area
    }
    fn members(&self) -> impl Iterator<Item = MemberRef<'_>> {
        HouseholdColumns::slice(&self.cols.members, self.row.members)
            .iter()
            .map(|row| MemberRef {
                cols: self.cols,
                row,
            })
    }
    fn assets(&self) -> Option<&[AssetItem]> {
        self.row
            .assets_known
            .then(|| HouseholdColumns::slice(&self.cols.assets, self.row.assets))
    }
    fn flags(&self) -> &[Flag] {
        HouseholdColumns::slice(&self.cols.flags, self.row.flags)
    }
    fn has_staff_ties(&self) -> bool {
        self.row.staff_ties
    }
    fn current_dibao(&self) -> Option<CurrentDibao> {
        self.cols.current.get(self.row.current as usize).copied()
    }
}

impl<'a> MemberFacts for MemberRef<'a> {
    fn relation(&self) -> Relation {
        self.row.relation
    }
    fn birth(&self) -> Option<NaiveDate> {
        self.row.birth
    }
    fn lives_together(&self) -> bool {
        self.row.lives_together
    }
    fn disability(&self) -> Option<Disability> {
        self.row.disability
    }
    fn labour_capacity(&self) -> Option<LabourCapacity> {
        self.row.labour_capacity
    }
    fn schooling(&self) -> Option<Schooling> {
        self.row.schooling
    }
    fn statuses(&self) -> &[MemberStatus] {
        HouseholdColumns::slice(&self.cols.statuses, self.row.statuses)
    }
    fn income(&self) -> Option<&[IncomeItem]> {
        self.row
            .income_known
            .then(|| HouseholdColumns::slice(&self.cols.income, self.row.income))
    }
    fn expenses(&self) -> &[ExpenseItem] {
        HouseholdColumns::slice(&self.cols.expenses, self.row.expenses)
    }
    fn employed_since(&self) -> Option<NaiveDate> {
        self.row.employed_since
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn spans_past_the_u32_range_are_refused_not_wrapped() {
        assert_eq!(span(10, 20).unwrap().range(), 10..30, "an ordinary span");
        let max = u32::MAX as usize;
        assert!(span(max - 1, 1).is_ok());
        for (start, len) in [(max, 1), (max - 1, 2), (0, max + 1), (usize::MAX, 1)] {
            let e = span(start, len).unwrap_err();
            assert_eq!(e.code(), "columns_full", "{start}+{len}");
            assert!(e.to_string().contains("批量数据已满"));
        }
    }

    /// The point of packing is size: keep the rows small (BENCHMARKS.md counts on it).
    #[test]
    fn rows_stay_small() {
        use std::mem::size_of;
        assert!(
            size_of::<HouseholdRow>() <= 32,
            "{}",
            size_of::<HouseholdRow>()
        );
        assert!(size_of::<MemberRow>() <= 40, "{}", size_of::<MemberRow>());
    }

    #[test]
    fn empty_sets_and_ranges_out_of_bounds_are_empty() {
        let c = HouseholdColumns::new();
        assert!(c.is_empty());
        assert!(c.get(0).is_none());
        let (from, to) = (3, 1);
        assert_eq!(c.iter_range(from..to).len(), 0);
        assert_eq!(c.iter_range(0..10).len(), 0);
    }
}
