//! Money: integer fen everywhere, and the one set of helpers that reads and shows it.
//!
//! Amounts are `i64` fen (分) in every model, never floating point. Displays use yuan with two
//! decimals ([`yuan`]) or 万元 exactly, without trailing zeros ([`wan_yuan`], the annual
//! report's unit); input is read strictly, in fen ([`parse_fen`]) or in yuan with at most two
//! decimals ([`parse_yuan`]), so `12.345` yuan is an error rather than a rounding.
//!
//! ```
//! use minzheng::money::{parse_fen, parse_yuan, wan_yuan, yuan};
//! assert_eq!(yuan(123_450), "1234.50");
//! assert_eq!(wan_yuan(1_500_000), "1.5");
//! assert_eq!(parse_yuan("1234.5"), Ok(123_450));
//! assert_eq!(parse_fen("80000"), Ok(80_000));
//! assert!(parse_yuan("12.345").is_err());
//! ```

use crate::errors::{Coded, ErrorCode};
use serde::Serialize;

/// Fen as yuan with two decimals, e.g. `1234.50`.
pub fn yuan(fen: i64) -> String {
    let sign = if fen < 0 { "-" } else { "" };
    let a = fen.unsigned_abs();
    format!("{sign}{}.{:02}", a / 100, a % 100)
}

/// Fen as 万元 (1 万元 = 1,000,000 fen), exact, without trailing zeros.
pub fn wan_yuan(fen: i64) -> String {
    let sign = if fen < 0 { "-" } else { "" };
    let f = fen.unsigned_abs();
    let (whole, frac) = (f / 1_000_000, f % 1_000_000);
    if frac == 0 {
        format!("{sign}{whole}")
    } else {
        let digits = format!("{frac:06}");
        format!("{sign}{whole}.{}", digits.trim_end_matches('0'))
    }
}

/// Why a text is not an amount.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "error", rename_all = "snake_case")]
#[non_exhaustive]
pub enum MoneyError {
    /// Not a whole number of fen, or not yuan with at most two decimals.
    Malformed {
        /// The text (at most 40 characters of it).
        text: String,
        /// `fen` or `yuan`: what was expected.
        unit: &'static str,
    },
    /// Beyond what an `i64` of fen holds.
    OutOfRange {
        /// The text (at most 40 characters of it).
        text: String,
    },
}

impl MoneyError {
    /// A stable machine code: `amount_malformed`, `amount_out_of_range`.
    pub fn code(&self) -> &'static str {
        match self {
            MoneyError::Malformed { .. } => "amount_malformed",
            MoneyError::OutOfRange { .. } => "amount_out_of_range",
        }
    }
}

fn short(text: &str) -> String {
    text.chars().take(40).collect()
}

/// Reads a whole number of fen (`-` allowed; no spaces, signs `+`, separators or decimals).
pub fn parse_fen(text: &str) -> Result<i64, MoneyError> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) {
        return Err(MoneyError::Malformed {
            text: short(text),
            unit: "fen",
        });
    }
    text.parse::<i64>()
        .map_err(|_| MoneyError::OutOfRange { text: short(text) })
}

/// Reads yuan with at most two decimals (`1234`, `1234.5`, `1234.50`, `-3.20`) as exact fen.
pub fn parse_yuan(text: &str) -> Result<i64, MoneyError> {
    let malformed = || MoneyError::Malformed {
        text: short(text),
        unit: "yuan",
    };
    let (neg, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (whole, frac) = body.split_once('.').unwrap_or((body, ""));
    let all_digits = |s: &str| s.bytes().all(|c| c.is_ascii_digit());
    if whole.is_empty() || !all_digits(whole) || !all_digits(frac) || frac.len() > 2 {
        return Err(malformed());
    }
    if body.contains('.') && frac.is_empty() {
        return Err(malformed());
    }
    let out_of_range = || MoneyError::OutOfRange { text: short(text) };
    let w: i64 = whole.parse().map_err(|_| out_of_range())?;
    let f: i64 = match frac.len() {
        0 => 0,
        1 => frac.parse::<i64>().map_err(|_| malformed())? * 10,
        _ => frac.parse::<i64>().map_err(|_| malformed())?,
    };
    let fen = w
        .checked_mul(100)
        .and_then(|x| x.checked_add(f))
        .ok_or_else(out_of_range)?;
    Ok(if neg { -fen } else { fen })
}

impl Coded for MoneyError {
    fn error_code(&self) -> ErrorCode {
        match self {
            MoneyError::Malformed { .. } => ErrorCode::AmountMalformed,
            MoneyError::OutOfRange { .. } => ErrorCode::AmountOutOfRange,
        }
    }

    fn message_zh(&self) -> String {
        match self {
            MoneyError::Malformed { text, unit: "fen" } => format!("金额“{text}”不是整数分"),
            MoneyError::Malformed { text, .. } => {
                format!("金额“{text}”应为元，最多两位小数")
            }
            MoneyError::OutOfRange { text } => format!("金额“{text}”超出可表示范围"),
        }
    }

    fn message_en(&self) -> String {
        match self {
            MoneyError::Malformed { text, unit: "fen" } => {
                format!("amount \"{text}\" is not a whole number of fen")
            }
            MoneyError::Malformed { text, .. } => {
                format!("amount \"{text}\" is not yuan with at most two decimals")
            }
            MoneyError::OutOfRange { text } => {
                format!("amount \"{text}\" is beyond the representable range")
            }
        }
    }
}

crate::errors::coded_display!(MoneyError);

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn strict_forms() {
        for bad in [
            "", "-", "1,000", " 12", "12 ", "+12", "1e3", "12.", ".5", "12.345", "１２",
        ] {
            assert!(parse_yuan(bad).is_err(), "{bad:?}");
        }
        for bad in ["", "-", "12.0", "+1", "1 000"] {
            assert!(parse_fen(bad).is_err(), "{bad:?}");
        }
        assert_eq!(parse_yuan("-3.2"), Ok(-320));
        assert_eq!(parse_yuan("0.05"), Ok(5));
        assert_eq!(
            parse_fen("99999999999999999999").unwrap_err().code(),
            "amount_out_of_range"
        );
        assert_eq!(
            parse_yuan("92233720368547758.08").unwrap_err().code(),
            "amount_out_of_range"
        );
    }

    proptest! {
        #[test]
        fn yuan_reads_back(fen in -1_000_000_000_000i64..1_000_000_000_000) {
            prop_assert_eq!(parse_yuan(&yuan(fen)), Ok(fen));
            prop_assert_eq!(parse_fen(&fen.to_string()), Ok(fen));
        }
    }
}
