//! Dates as people type them into forms and files: one strict reader of `YYYY-MM-DD`.
//!
//! Every date minzheng reads from text — a form field, a CSV cell, a JSON value, a command-line
//! argument — goes through [`parse_date`], so that every face accepts exactly the same strings:
//! a four-digit year, a two-digit month and a two-digit day, separated by `-`, nothing before
//! or after. `2026-9-5`, `2026/09/05`, `20260905` and ` 2026-09-05` are refused with
//! [`DateError::Malformed`]; `2026-02-30` with [`DateError::Impossible`].
//!
//! ```
//! use minzheng::dates::{parse_date, DateError};
//! use minzheng::errors::Coded;
//!
//! assert_eq!(parse_date("2026-09-05").unwrap().to_string(), "2026-09-05");
//! let err = parse_date("2026-9-5").unwrap_err();
//! assert!(matches!(err, DateError::Malformed { .. }));
//! assert_eq!(err.number(), 101);
//! assert!(parse_date("2026-02-30").unwrap_err().en().contains("does not exist"));
//! ```

use crate::errors::{Coded, ErrorCode};
use chrono::NaiveDate;
use serde::Serialize;

/// Why a text is not a date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "error", rename_all = "snake_case")]
#[non_exhaustive]
pub enum DateError {
    /// Not written `YYYY-MM-DD`.
    Malformed {
        /// The text as given (at most 40 characters of it).
        text: String,
    },
    /// Written `YYYY-MM-DD`, but no such day exists.
    Impossible {
        /// The text as given.
        text: String,
    },
}

impl DateError {
    /// A stable machine code: `date_malformed`, `date_impossible`.
    pub fn code(&self) -> &'static str {
        match self {
            DateError::Malformed { .. } => "date_malformed",
            DateError::Impossible { .. } => "date_impossible",
        }
    }
}

/// Reads a date written exactly `YYYY-MM-DD` (years 0001–9999).
pub fn parse_date(text: &str) -> Result<NaiveDate, DateError> {
    let b = text.as_bytes();
    let shaped = b.len() == 10
        && b.get(4) == Some(&b'-')
        && b.get(7) == Some(&b'-')
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shaped {
        return Err(DateError::Malformed {
            text: text.chars().take(40).collect(),
        });
    }
    let num = |from: usize, to: usize| -> u32 {
        b.get(from..to)
            .unwrap_or_default()
            .iter()
            .fold(0, |n, c| n * 10 + u32::from(c - b'0'))
    };
    let (year, month, day) = (num(0, 4), num(5, 7), num(8, 10));
    i32::try_from(year)
        .ok()
        .filter(|y| *y >= 1)
        .and_then(|y| NaiveDate::from_ymd_opt(y, month, day))
        .ok_or_else(|| DateError::Impossible {
            text: text.to_owned(),
        })
}

impl Coded for DateError {
    fn error_code(&self) -> ErrorCode {
        match self {
            DateError::Malformed { .. } => ErrorCode::DateMalformed,
            DateError::Impossible { .. } => ErrorCode::DateImpossible,
        }
    }

    fn message_zh(&self) -> String {
        match self {
            DateError::Malformed { text } => {
                format!("日期“{text}”格式有误，应为 YYYY-MM-DD（如 2026-09-05）")
            }
            DateError::Impossible { text } => format!("日期“{text}”不存在"),
        }
    }

    fn message_en(&self) -> String {
        match self {
            DateError::Malformed { text } => {
                format!("date \"{text}\" is not written YYYY-MM-DD (e.g. 2026-09-05)")
            }
            DateError::Impossible { text } => format!("date \"{text}\" does not exist"),
        }
    }
}

crate::errors::coded_display!(DateError);

/// Serde readers that hold JSON dates to the same strict `YYYY-MM-DD` as every other face
/// (chrono's own deserialiser accepts `2026-9-5`). Every date field of the crate's JSON models
/// reads through one of them: `#[serde(deserialize_with = "crate::dates::strict::date")]`.
pub mod strict {
    use super::parse_date;
    use crate::errors::Coded as _;
    use chrono::NaiveDate;
    use serde::de::{Deserialize, Deserializer, Error};

    /// A required date.
    pub fn date<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        parse_date(&text).map_err(|e| D::Error::custom(e.en()))
    }

    /// An optional date (`null` or absent is `None`).
    pub fn opt_date<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        match <Option<std::borrow::Cow<'de, str>>>::deserialize(d)? {
            None => Ok(None),
            Some(text) => parse_date(&text)
                .map(Some)
                .map_err(|e| D::Error::custom(e.en())),
        }
    }

    /// A list of dates.
    pub fn dates<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<NaiveDate>, D::Error> {
        <Vec<std::borrow::Cow<'de, str>>>::deserialize(d)?
            .iter()
            .map(|t| parse_date(t).map_err(|e| D::Error::custom(e.en())))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn accepts_only_the_strict_form() {
        assert_eq!(
            parse_date("2024-02-29"),
            Ok(NaiveDate::from_ymd_opt(2024, 2, 29).unwrap())
        );
        for bad in [
            "2026-9-5",
            "2026-09-5",
            "2026/09/05",
            "20260905",
            " 2026-09-05",
            "2026-09-05 ",
            "2026-09-05T00:00",
            "+2026-09-05",
            "２０２６-09-05",
            "",
            "2026-0a-05",
            "-026-09-05",
        ] {
            assert_eq!(
                parse_date(bad).unwrap_err().code(),
                "date_malformed",
                "{bad:?}"
            );
        }
        for bad in [
            "2026-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-04-31",
            "0000-01-01",
        ] {
            assert_eq!(
                parse_date(bad).unwrap_err().code(),
                "date_impossible",
                "{bad:?}"
            );
        }
    }

    #[test]
    fn json_dates_are_as_strict_as_text() {
        #[derive(serde::Deserialize, Debug)]
        struct T {
            #[serde(deserialize_with = "strict::date")]
            d: NaiveDate,
            #[serde(default, deserialize_with = "strict::opt_date")]
            o: Option<NaiveDate>,
        }
        let ok: T = serde_json::from_str(r#"{"d": "2026-09-05", "o": null}"#).unwrap();
        assert_eq!(
            (ok.d, ok.o),
            (NaiveDate::from_ymd_opt(2026, 9, 5).unwrap(), None)
        );
        let ok: T = serde_json::from_str(r#"{"d": "2026-09-05"}"#).unwrap();
        assert_eq!(ok.o, None);
        for bad in [
            r#"{"d": "2026-9-5"}"#,
            r#"{"d": "2026-02-30"}"#,
            r#"{"d": "2026-09-05", "o": "2026/09/06"}"#,
            r#"{"d": 20260905}"#,
        ] {
            let e = serde_json::from_str::<T>(bad).unwrap_err().to_string();
            assert!(!e.is_empty(), "{bad}");
        }
    }

    proptest! {
        #[test]
        fn every_real_date_reads_back(days in 0i64..3_000_000) {
            let d = NaiveDate::from_ymd_opt(1, 1, 1).unwrap() + chrono::Duration::days(days);
            prop_assume!(d.format("%Y").to_string().len() == 4);
            prop_assert_eq!(parse_date(&d.format("%Y-%m-%d").to_string()), Ok(d));
        }

        #[test]
        fn never_panics(s in ".{0,16}") {
            let _ = parse_date(&s);
        }
    }
}
