//! CSV text (RFC 4180 as Excel writes it) into a grid of cells, and back.
//!
//! The core takes text, never bytes: decoding GB18030 is the caller's job (the CLI does it).

use super::error::TableError;

/// A table: rows of cells, as read (rows may have different lengths).
pub type Grid = Vec<Vec<String>>;

/// Parses CSV text: `,` separated, `"` quoted (with `""` for a quote), quoted cells may hold
/// line breaks; a UTF-8 byte-order mark is skipped; `\r\n` and `\n` both end a row. An
/// unterminated quote is [`TableError::UnterminatedQuote`] with the line it opened on.
///
/// ```
/// use minzheng::tables::parse_csv;
/// let g = parse_csv("序号,名称\r\n1,\"社会团体\n成立登记\"\r\n")?;
/// assert_eq!(g[1][1], "社会团体\n成立登记");
/// # Ok::<(), minzheng::tables::TableError>(())
/// ```
pub fn parse_csv(text: &str) -> Result<Grid, TableError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut grid = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut in_quotes = false;
    let mut quote_line = 0usize;
    let mut line = 1usize;
    let mut chars = text.chars().peekable();
    let mut row_has_content = false;
    while let Some(c) = chars.next() {
        if in_quotes {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                '"' => in_quotes = false,
                '\r' if chars.peek() == Some(&'\n') => {}
                _ => {
                    if c == '\n' {
                        line += 1;
                    }
                    cell.push(c);
                }
            }
            continue;
        }
        match c {
            '"' if cell.is_empty() => {
                in_quotes = true;
                quote_line = line;
                row_has_content = true;
            }
            ',' => {
                row.push(std::mem::take(&mut cell));
                row_has_content = true;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                line += 1;
                row.push(std::mem::take(&mut cell));
                grid.push(std::mem::take(&mut row));
                row_has_content = false;
            }
            _ => {
                cell.push(c);
                row_has_content = true;
            }
        }
    }
    if in_quotes {
        return Err(TableError::UnterminatedQuote { line: quote_line });
    }
    if row_has_content || !cell.is_empty() {
        row.push(cell);
        grid.push(row);
    }
    Ok(grid)
}

/// Writes a grid as CSV with `\r\n` line ends (as Excel does); cells holding `,`, `"`, or a
/// line break are quoted. [`parse_csv`] reads it back to the same grid.
pub fn write_csv(grid: &[Vec<String>]) -> String {
    let mut out = String::new();
    for row in grid {
        for (k, cell) in row.iter().enumerate() {
            if k > 0 {
                out.push(',');
            }
            out.push_str(&crate::text::csv_field(cell));
        }
        out.push_str("\r\n");
    }
    out
}
