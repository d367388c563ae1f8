//! Legal citations and the confidence we have in their source.
//!
//! Every rule in minzheng carries the article it implements. The confidence tags follow
//! `LEGAL.md`: `[V1]` read in a full-text compilation, `[V2]` read in a secondary
//! transcription, `UNVERIFIED` a claim we could not check. A rule resting on `[V2]` or
//! unverified facts says so in its metadata and is never presented as certain.

use serde::{Deserialize, Serialize};
use std::fmt;

/// How sure we are of the source of a legal fact (the tags of `LEGAL.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Confidence {
    /// `[V1]`: the whole article was read in a full-text compilation of the official text.
    V1,
    /// `[V2]`: read in a third-party transcription or a government web page excerpt.
    V2,
    /// Vendor or local practice, seen in published documents but not a national rule.
    Practice,
    /// `UNVERIFIED`: no source could be read; treat as a claim only.
    Unverified,
}

impl Confidence {
    /// `true` for anything weaker than a full-text reading (`[V1]`).
    pub fn needs_checking(self) -> bool {
        !matches!(self, Confidence::V1)
    }

    /// The tag as written in `LEGAL.md`.
    pub fn tag(self) -> &'static str {
        match self {
            Confidence::V1 => "[V1]",
            Confidence::V2 => "[V2]",
            Confidence::Practice => "[practice]",
            Confidence::Unverified => "[UNVERIFIED]",
        }
    }
}

/// A reference to a provision of a law, regulation, measure or policy document.
///
/// ```
/// use minzheng::{Citation, Confidence};
/// let c = Citation::new("政府信息公开条例", "第三十三条第二款", Confidence::V1);
/// assert_eq!(c.to_string(), "《政府信息公开条例》第三十三条第二款 [V1]");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Citation {
    /// Title of the instrument, without book-title marks, e.g. `政府信息公开条例`.
    pub instrument: String,
    /// The provision, e.g. `第三十三条第二款`; empty when the whole instrument is meant.
    #[serde(default)]
    pub article: String,
    /// The quoted text of the provision, where we have it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    /// How sure we are of the source.
    pub confidence: Confidence,
}

impl Citation {
    /// A citation without a quotation.
    pub fn new(instrument: &str, article: &str, confidence: Confidence) -> Self {
        Citation {
            instrument: instrument.to_owned(),
            article: article.to_owned(),
            quote: None,
            confidence,
        }
    }
}

impl fmt::Display for Citation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "《{}》{} {}",
            self.instrument,
            self.article,
            self.confidence.tag()
        )
    }
}
