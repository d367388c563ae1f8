//! The evaluation context: a profile version in force on a date, with its income table
//! prepared once (so that a batch of a million households does the lookups only once).

use super::error::EligibilityError;
use super::income::IncomeTable;
use super::profile::{Profile, ProfileVersion};
use chrono::NaiveDate;

/// A profile version and the evaluation date, prepared.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    /// The version in force.
    pub version: &'a ProfileVersion,
    /// The evaluation date (the caller's "today"; the core never reads a clock).
    pub date: NaiveDate,
    /// The income rules.
    pub income: IncomeTable,
    /// The profile's division code (empty when not known: [`Context::for_version`]), against
    /// which a household's registered residence is read ([`super::residence_warnings`]).
    pub jurisdiction: &'a str,
}

impl<'a> Context<'a> {
    /// The version of `profile` in force on `date`, prepared. Conflicting income rules are an
    /// error here, before any household is evaluated.
    pub fn new(profile: &'a Profile, date: NaiveDate) -> Result<Context<'a>, EligibilityError> {
        let version = profile.at(date)?;
        let mut ctx = Context::for_version(version, date)?;
        ctx.jurisdiction = profile.division_code.trim();
        Ok(ctx)
    }

    /// A context for one version.
    pub fn for_version(
        version: &'a ProfileVersion,
        date: NaiveDate,
    ) -> Result<Context<'a>, EligibilityError> {
        Ok(Context {
            version,
            date,
            income: IncomeTable::prepare(version, date)?,
            jurisdiction: "",
        })
    }
}
