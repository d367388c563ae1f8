//! TOML documents read into the library's types, with the line and column of the first error:
//! one mechanism for policy profiles and power lists (`toml` feature).

/// Why a TOML document could not be read: where, and the parser's message on one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TomlFailure {
    /// 1-based line of the error (0 if the parser gave no position).
    pub line: usize,
    /// 1-based column, in characters (0 if the parser gave no position).
    pub column: usize,
    /// The parser's message, on one line.
    pub message: String,
}

impl TomlFailure {
    /// `line L, column C: message` (or the message alone without a position).
    pub fn located(&self) -> String {
        if self.line == 0 {
            self.message.clone()
        } else {
            format!(
                "line {}, column {}: {}",
                self.line, self.column, self.message
            )
        }
    }
}

/// Deserialises a TOML document.
pub(crate) fn from_str<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, TomlFailure> {
    toml::from_str(text).map_err(|e| {
        let (line, column) = e.span().map_or((0, 0), |s| line_column(text, s.start));
        TomlFailure {
            line,
            column,
            message: e.message().split_whitespace().collect::<Vec<_>>().join(" "),
        }
    })
}

/// The 1-based line and character column of a byte offset.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize, Debug)]
    #[allow(dead_code)]
    struct Doc {
        name: String,
        n: u32,
    }

    #[test]
    fn errors_carry_line_and_character_column() {
        let e = from_str::<Doc>("name = \"权力\"\nn = \"x\"\n").unwrap_err();
        assert_eq!((e.line, e.column), (2, 5));
        assert!(
            e.located().starts_with("line 2, column 5: "),
            "{}",
            e.located()
        );
        assert_eq!(line_column("权力\nab", 7), (2, 1));
        assert!(from_str::<Doc>("name = \"a\"\nn = 3\n").is_ok());
    }
}
