//! Text of exported files: UTF-8 (with or without a byte-order mark) or GB18030 (what Excel on
//! Chinese Windows writes as "CSV", a superset of GBK and GB2312), told apart from the bytes.
//!
//! Pure, over bytes: the caller reads the file. GB18030 needs the `gb18030` feature (on by
//! default; it brings `encoding_rs`); without it only UTF-8 is decoded.
//!
//! ```
//! use minzheng::text::{decode, TextEncoding};
//! let d = decode(b"\xEF\xBB\xBF\xE5\xBA\x8F\xE5\x8F\xB7", TextEncoding::Auto)?;
//! assert_eq!((d.text.as_str(), d.encoding), ("序号", TextEncoding::Utf8));
//! # #[cfg(feature = "gb18030")] {
//! let d = decode(b"\xD0\xF2\xBA\xC5", TextEncoding::Auto)?; // 序号 in GB18030
//! assert_eq!((d.text.as_str(), d.encoding, d.detected), ("序号", TextEncoding::Gb18030, true));
//! # }
//! # Ok::<(), minzheng::text::TextError>(())
//! ```

use crate::errors::{Coded, ErrorCode};
use serde::{Deserialize, Serialize};

/// A message in Chinese and in English, kept apart so that a face can show one language; its
/// `Display` is the combined `中文 / English` line the CLI prints.
///
/// ```
/// use minzheng::text::Bilingual;
/// let b = Bilingual::new("没有办结时限", "no time limit");
/// assert_eq!((b.zh.as_str(), b.en.as_str()), ("没有办结时限", "no time limit"));
/// assert_eq!(b.to_string(), "没有办结时限 / no time limit");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct Bilingual {
    /// The Chinese text.
    pub zh: String,
    /// The English text.
    pub en: String,
}

impl Bilingual {
    /// Both texts.
    pub fn new(zh: impl Into<String>, en: impl Into<String>) -> Self {
        Bilingual {
            zh: zh.into(),
            en: en.into(),
        }
    }

    /// The same text in both languages (a date, a number, a parser's own message).
    pub fn same(text: impl Into<String>) -> Self {
        let text = text.into();
        Bilingual {
            zh: text.clone(),
            en: text,
        }
    }
}

impl std::fmt::Display for Bilingual {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.zh == self.en {
            f.write_str(&self.zh)
        } else {
            write!(f, "{} / {}", self.zh, self.en)
        }
    }
}

/// A text encoding of an exported file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum TextEncoding {
    /// UTF-8 if the bytes are valid UTF-8 (or start with its byte-order mark), else GB18030.
    Auto,
    /// UTF-8 (a byte-order mark is skipped).
    Utf8,
    /// GB18030 (and so GBK and GB2312).
    Gb18030,
}

impl TextEncoding {
    /// The usual name (`UTF-8`, `GB18030`, `auto`).
    pub fn name(self) -> &'static str {
        match self {
            TextEncoding::Auto => "auto",
            TextEncoding::Utf8 => "UTF-8",
            TextEncoding::Gb18030 => "GB18030",
        }
    }
}

/// Decoded text and how it was read.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Decoded {
    /// The text (without a byte-order mark).
    pub text: String,
    /// The encoding it was read in (never `Auto`).
    pub encoding: TextEncoding,
    /// `true` when the encoding was detected rather than chosen.
    pub detected: bool,
}

/// Why bytes could not be read as text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "error", rename_all = "snake_case")]
#[non_exhaustive]
pub enum TextError {
    /// The bytes are not valid text in the encoding (for `Auto`: neither UTF-8 nor GB18030).
    Invalid {
        /// The encoding asked for.
        encoding: TextEncoding,
    },
    /// GB18030 was asked for, or needed, in a build without the `gb18030` feature.
    Unsupported,
}

fn tried(e: TextEncoding, or: &str) -> String {
    match e {
        TextEncoding::Auto => format!("UTF-8 {or} GB18030"),
        other => other.name().to_owned(),
    }
}

impl TextError {
    /// A stable machine code for bindings and JSON output.
    pub fn code(&self) -> &'static str {
        match self {
            TextError::Invalid { .. } => "bad_encoding",
            TextError::Unsupported => "encoding_unsupported",
        }
    }
}

impl Coded for TextError {
    fn error_code(&self) -> ErrorCode {
        match self {
            TextError::Invalid { .. } => ErrorCode::TextBadEncoding,
            TextError::Unsupported => ErrorCode::Unsupported,
        }
    }

    fn message_zh(&self) -> String {
        match self {
            TextError::Invalid { encoding } => {
                format!("不是有效的 {} 文本", tried(*encoding, "或"))
            }
            TextError::Unsupported => "本版本不支持 GB18030 编码".to_owned(),
        }
    }

    fn message_en(&self) -> String {
        match self {
            TextError::Invalid { encoding } => format!("not valid {} text", tried(*encoding, "or")),
            TextError::Unsupported => "GB18030 is not available in this build".to_owned(),
        }
    }
}

crate::errors::coded_display!(TextError);

/// Decodes bytes as `encoding`; with [`TextEncoding::Auto`], UTF-8 when they are valid UTF-8
/// (or start with its byte-order mark), else GB18030. Valid UTF-8 of Chinese text is almost
/// never valid GB18030 by accident and the reverse fails fast, so trying UTF-8 first is safe.
pub fn decode(bytes: &[u8], encoding: TextEncoding) -> Result<Decoded, TextError> {
    let utf8 = |b: &[u8]| {
        let b = b.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(b);
        std::str::from_utf8(b).map(str::to_owned).ok()
    };
    let done = |text, encoding, detected| Decoded {
        text,
        encoding,
        detected,
    };
    match encoding {
        TextEncoding::Utf8 => utf8(bytes)
            .map(|t| done(t, TextEncoding::Utf8, false))
            .ok_or(TextError::Invalid { encoding }),
        TextEncoding::Gb18030 => gb18030(bytes)?
            .map(|t| done(t, TextEncoding::Gb18030, false))
            .ok_or(TextError::Invalid { encoding }),
        TextEncoding::Auto => match utf8(bytes) {
            Some(t) => Ok(done(t, TextEncoding::Utf8, false)),
            None => gb18030(bytes)?
                .map(|t| done(t, TextEncoding::Gb18030, true))
                .ok_or(TextError::Invalid { encoding }),
        },
    }
}

/// Encodes text for a file: UTF-8 with a byte-order mark (so that Excel opens it correctly;
/// also for `Auto`), or GB18030.
pub fn encode(text: &str, encoding: TextEncoding) -> Result<Vec<u8>, TextError> {
    match encoding {
        TextEncoding::Gb18030 => encode_gb18030(text),
        TextEncoding::Utf8 | TextEncoding::Auto => {
            let mut v = b"\xEF\xBB\xBF".to_vec();
            v.extend_from_slice(text.as_bytes());
            Ok(v)
        }
    }
}

/// Escapes text for HTML and XML content and attribute values (`& < > "`): the one escaper of
/// every HTML page the library writes.
///
/// ```
/// assert_eq!(minzheng::text::escape_html("<a href=\"x\">&</a>"), "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;");
/// ```
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// One CSV field (RFC 4180, as Excel reads it): quoted when it holds a comma, a quote or a line
/// break, or starts with white space or U+FEFF (which at the start of a file would be read as
/// the byte-order mark); a quote inside is doubled. The one CSV writer of every CSV the library
/// writes.
///
/// ```
/// use minzheng::text::csv_field;
/// assert_eq!(csv_field("社会团体"), "社会团体");
/// assert_eq!(csv_field("a,b"), "\"a,b\"");
/// assert_eq!(csv_field("第一行\n第二行"), "\"第一行\n第二行\"");
/// assert_eq!(csv_field("说\"是\""), "\"说\"\"是\"\"\"");
/// ```
pub fn csv_field(s: &str) -> std::borrow::Cow<'_, str> {
    if s.contains([',', '"', '\n', '\r'])
        || s.starts_with(|c: char| c.is_whitespace() || c == '\u{feff}')
    {
        std::borrow::Cow::Owned(format!("\"{}\"", s.replace('"', "\"\"")))
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

#[cfg(feature = "gb18030")]
fn gb18030(bytes: &[u8]) -> Result<Option<String>, TextError> {
    Ok(encoding_rs::GB18030
        .decode_without_bom_handling_and_without_replacement(bytes)
        .map(|c| c.into_owned()))
}

#[cfg(not(feature = "gb18030"))]
fn gb18030(_bytes: &[u8]) -> Result<Option<String>, TextError> {
    Err(TextError::Unsupported)
}

#[cfg(feature = "gb18030")]
fn encode_gb18030(text: &str) -> Result<Vec<u8>, TextError> {
    Ok(encoding_rs::GB18030.encode(text).0.into_owned())
}

#[cfg(not(feature = "gb18030"))]
fn encode_gb18030(_text: &str) -> Result<Vec<u8>, TextError> {
    Err(TextError::Unsupported)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn utf8_first_then_gb18030() {
        let d = decode("序号,事项名称".as_bytes(), TextEncoding::Auto).unwrap();
        assert_eq!(d.encoding, TextEncoding::Utf8);
        assert!(!d.detected);
        assert_eq!(
            decode(b"\xff\xfe\xfd", TextEncoding::Utf8),
            Err(TextError::Invalid {
                encoding: TextEncoding::Utf8
            })
        );
    }

    #[cfg(feature = "gb18030")]
    #[test]
    fn gb18030_round_trips_and_is_detected() {
        let bytes = encode("序号,事项名称", TextEncoding::Gb18030).unwrap();
        assert!(std::str::from_utf8(&bytes).is_err());
        let d = decode(&bytes, TextEncoding::Auto).unwrap();
        assert_eq!(d.text, "序号,事项名称");
        assert_eq!((d.encoding, d.detected), (TextEncoding::Gb18030, true));
        // A lone lead byte is neither.
        let e = decode(b"\x81", TextEncoding::Auto).unwrap_err();
        assert_eq!(e.code(), "bad_encoding");
        assert_eq!(
            e.to_string(),
            "不是有效的 UTF-8 或 GB18030 文本 / not valid UTF-8 or GB18030 text"
        );
        assert_eq!(
            encode("a", TextEncoding::Utf8).unwrap(),
            b"\xEF\xBB\xBFa".to_vec()
        );
    }
}
