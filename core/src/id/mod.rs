//! Identifiers (证件号码): the resident identity number (公民身份号码, GB 11643, also on the
//! residence permits of Hong Kong, Macao and Taiwan residents), the unified social credit code
//! (统一社会信用代码, GB 32100) with its organisation code (GB 11714), and the 2023 foreigner's
//! permanent residence identity number (recognised only).
//!
//! [`check`] is what a form calls: it normalises what was typed (full-width digits, a
//! lower-case `x`), decides the kind ([`classify`]), and returns an [`IdReport`] with the
//! refusal (stable code, reason in Chinese and in English naming the position and the expected
//! value), the decoded facts (division name from [`crate::division`], birth date, age on the
//! `today` given, sex, department and category) and the warnings that are no reason to refuse:
//! an address code in no division list, an organisation code failing its own check.
//!
//! Both carry a check character. A value of the right shape whose check character does not
//! match is [`IdError::CheckCharacterWrong`], kept apart from malformed input, because real
//! registers hold genuine codes that fail the check (LEGAL.md H2): a form should say "check the
//! last character", not "this is not a code".
//!
//! ```
//! use minzheng::id::{ResidentId, Sex, CreditCode, IdError};
//! use chrono::NaiveDate;
//! let id = ResidentId::parse("11010519491231002X")?;
//! assert_eq!(id.birth_date(), NaiveDate::from_ymd_opt(1949, 12, 31).unwrap());
//! assert_eq!(id.sex(), Sex::Female);
//! assert_eq!(id.masked(), "110105********002X");
//! assert!(matches!(ResidentId::parse("110105194912310021"),
//!     Err(IdError::CheckCharacterWrong { expected: 'X', found: '1' })));
//!
//! let code = CreditCode::parse("91350100M000100Y43")?;
//! assert_eq!(code.department(), '9');
//! # Ok::<(), minzheng::id::IdError>(())
//! ```

mod classify;
mod credit;
mod error;
mod foreign;
mod normalise;
mod report;
mod resident;

pub use classify::{classify, classify_with, mask, Classified, IdKind, Identifier};
pub use credit::{
    category_name, credit_check_char, department_name, organisation_check_char, CreditCode,
    CREDIT_CHARSET,
};
pub use error::{Expected, IdError};
pub use foreign::ForeignPermanentId;
pub use normalise::{normalise, Normalised, Remark};
pub use report::{check, check_with, CreditFacts, IdReport, Refusal, ResidentFacts};
pub use resident::{age_on, birth_date_of, resident_check_char, Holder, ResidentId, Sex};

#[cfg(test)]
mod tests;
