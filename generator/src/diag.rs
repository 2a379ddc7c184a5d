//! Diagnostics: what went wrong, where in the spec (JSON pointer, line and column) and what to do.

/// How bad a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// Generation cannot go on; nothing is written.
    Error,
    /// Generation goes on, but something in the spec was left out or read loosely.
    Warning,
}

/// A 1-based line and column in the spec file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Location {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
}

/// One problem found in a spec.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong, in one sentence.
    pub message: String,
    /// JSON pointer (RFC 6901) of the offending node, e.g. `#/paths/~1pets/get`.
    pub pointer: String,
    /// What the user can do about it.
    pub help: Option<String>,
    /// Where the node is in the file, when the loader can tell.
    pub location: Option<Location>,
}

impl Diagnostic {
    /// An error at `pointer`.
    pub fn error(pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            message: message.into(),
            pointer: pointer.into(),
            help: None,
            location: None,
        }
    }

    /// A warning at `pointer`.
    pub fn warning(pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(pointer, message)
        }
    }

    /// An error that is the generator's own bug, not the spec's: "internal error: ..." at
    /// the document root, asking for a report.
    pub fn internal(message: impl std::fmt::Display) -> Self {
        Diagnostic::error("#", format!("internal error: {message}"))
            .with_help("this is a bug in the generator; please report it with the spec attached")
    }

    /// Adds advice on how to fix the problem.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Renders the diagnostic rustc-style (through codespan-reporting), with the
    /// offending source line when the position is known, then the pointer and the advice.
    ///
    /// Indexes `source` first; to render many diagnostics of one file, build one
    /// [`SourceIndex`] and call [`Diagnostic::render_indexed`] instead.
    pub fn render(&self, file: &str, source: &str) -> String {
        self.render_indexed(file, &SourceIndex::new(source))
    }

    /// [`Diagnostic::render`] against a prebuilt index of the source. What it prints is
    /// bounded whatever the input: the source line is shown as a window of at most
    /// [`WINDOW`] characters around the column (a minified JSON spec is one line of
    /// megabytes), and the message, pointer and advice are clipped to [`MAX_TEXT`].
    pub fn render_indexed(&self, file: &str, index: &SourceIndex<'_>) -> String {
        use codespan_reporting::diagnostic::{Diagnostic as Report, Label};
        use codespan_reporting::term::{self, Config};
        let report = match self.severity {
            Severity::Error => Report::error(),
            Severity::Warning => Report::warning(),
        }
        .with_message(clip(&self.message, MAX_TEXT));
        let mut notes = vec![format!("at: {}", clip(&self.pointer, MAX_TEXT))];
        if let Some(help) = &self.help {
            notes.push(format!("help: {}", clip(help, MAX_TEXT)));
        }
        let excerpt = self.location.and_then(|loc| index.excerpt(file, loc));
        let report = match &excerpt {
            Some(excerpt) => report.with_labels(vec![Label::primary((), excerpt.label.clone())]),
            None => {
                notes.insert(0, format!("in: {file}"));
                report
            }
        }
        .with_notes(notes);
        let fallback = Excerpt {
            name: file,
            text: String::new(),
            line: 1,
            skipped: 0,
            label: 0..0,
        };
        let files = excerpt.as_ref().unwrap_or(&fallback);
        let mut text = String::new();
        match term::emit_to_string(&mut text, &Config::default(), files, &report) {
            Ok(()) => text,
            // Rendering into memory cannot fail in practice; keep the facts if it does.
            Err(_) => format!(
                "{}: {} (at {})\n",
                file,
                clip(&self.message, MAX_TEXT),
                clip(&self.pointer, MAX_TEXT)
            ),
        }
    }

    /// What kind of problem this is, for counting many alike: the message with the parts
    /// that vary between occurrences (anything between backticks, such as a `$ref`
    /// target or a name) replaced by `…`.
    pub fn kind(&self) -> String {
        let mut out = String::new();
        for (i, part) in self.message.split('`').enumerate() {
            if i % 2 == 1 {
                out.push_str("`…`");
            } else {
                out.push_str(part);
            }
        }
        clip(&out, MAX_TEXT)
    }
}

/// At most this many characters of a source line are shown around a diagnostic's column.
pub const WINDOW: usize = 120;

/// Of [`WINDOW`], how many characters are shown before the column when the line is cut.
const BEFORE: usize = 40;

/// At most this many characters of a message, pointer or advice are shown.
pub const MAX_TEXT: usize = 240;

/// Shortens `text` to at most `max` characters by cutting out its middle, so both the
/// start (what it is) and the end (usually the most specific part) stay readable.
pub fn clip(text: &str, max: usize) -> String {
    if text.len() <= max || (text.len() <= 4 * max && text.chars().count() <= max) {
        return text.to_string();
    }
    let head = max * 2 / 3;
    let tail = max.saturating_sub(head + 1);
    let start: String = text.chars().take(head).collect();
    let end_at = text
        .char_indices()
        .rev()
        .nth(tail.saturating_sub(1))
        .map_or(text.len(), |(i, _)| i);
    let end = if tail == 0 { "" } else { &text[end_at..] };
    format!("{start}…{end}")
}

/// Where the lines of a spec text start, computed once per text so rendering many
/// diagnostics does not rescan a (possibly megabyte-long) line for each of them.
#[derive(Debug)]
pub struct SourceIndex<'s> {
    text: &'s str,
    /// Byte offset of the start of each line.
    starts: Vec<usize>,
    /// Whether each line is ASCII, where a character column is a byte offset.
    ascii: Vec<bool>,
}

impl<'s> SourceIndex<'s> {
    /// Indexes `text` in one pass.
    pub fn new(text: &'s str) -> Self {
        let starts: Vec<usize> = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        let ascii = starts
            .iter()
            .enumerate()
            .map(|(i, s)| text[*s..starts.get(i + 1).copied().unwrap_or(text.len())].is_ascii())
            .collect();
        SourceIndex {
            text,
            starts,
            ascii,
        }
    }

    /// The text of 1-based `line` without its line break, and whether it is ASCII.
    fn line(&self, line: usize) -> Option<(&'s str, bool)> {
        let i = line.checked_sub(1)?;
        let start = *self.starts.get(i)?;
        if start >= self.text.len() {
            return None;
        }
        let end = self.starts.get(i + 1).map_or(self.text.len(), |e| e - 1);
        let text = &self.text[start..end];
        Some((
            text.strip_suffix('\r').unwrap_or(text),
            self.ascii.get(i).copied().unwrap_or(false),
        ))
    }

    /// A window of the line at `loc`, with the token that starts there as the label.
    fn excerpt<'f>(&self, file: &'f str, loc: Location) -> Option<Excerpt<'f>> {
        let (line, ascii) = self.line(loc.line)?;
        let column = loc.column.saturating_sub(1);
        let col = if ascii {
            column.min(line.len())
        } else {
            line.char_indices()
                .nth(column)
                .map_or(line.len(), |(i, _)| i)
        };
        let token_end = col + token_len(&line[col..]);
        if line.len() <= WINDOW || (line.len() <= 4 * WINDOW && line.chars().count() <= WINDOW) {
            return Some(Excerpt {
                name: file,
                text: line.to_string(),
                line: loc.line,
                skipped: 0,
                label: col..token_end,
            });
        }
        // Up to BEFORE characters before the column, the rest of the window after it,
        // and whatever the end of the line leaves unused goes back before the column.
        let back = |from: usize, n: usize| {
            line[..from]
                .char_indices()
                .rev()
                .take(n)
                .last()
                .map_or((from, 0), |(i, _)| (i, line[i..from].chars().count()))
        };
        let (mut start, taken) = back(col, BEFORE);
        let after = WINDOW - taken;
        let end = line[col..]
            .char_indices()
            .nth(after)
            .map_or(line.len(), |(i, _)| col + i);
        let shown_after = line[col..end].chars().count();
        if shown_after < after {
            start = back(start, after - shown_after).0;
        }
        let skipped = if ascii {
            start
        } else {
            line[..start].chars().count()
        };
        let mut text = String::with_capacity(end - start + 6);
        if start > 0 {
            text.push('…');
        }
        let offset = text.len();
        text.push_str(&line[start..end]);
        if end < line.len() {
            text.push('…');
        }
        let label = (offset + col - start)..(offset + token_end.min(end) - start);
        Some(Excerpt {
            name: file,
            text,
            line: loc.line,
            skipped,
            label,
        })
    }
}

/// The length in bytes of the token `rest` starts with: a quoted string to its closing
/// quote, a `{` or `[` alone (the node is the whole collection, which may be the rest of
/// a minified file), anything else to the next whitespace or JSON/flow punctuation. At
/// least one character when any is left.
fn token_len(rest: &str) -> usize {
    // Only what can be shown is looked at, so a long unquoted run costs nothing.
    let mut cut = rest.len().min(4 * WINDOW);
    while !rest.is_char_boundary(cut) {
        cut -= 1;
    }
    let rest = &rest[..cut];
    let mut chars = rest.chars();
    let Some(first) = chars.next() else {
        return 0;
    };
    let len = match first {
        '"' | '\'' => {
            let mut escaped = false;
            rest[1..]
                .char_indices()
                .find(|&(_, c)| {
                    let close = c == first && !escaped;
                    escaped = first == '"' && c == '\\' && !escaped;
                    close
                })
                .map_or(rest.len(), |(i, _)| i + 2)
        }
        '{' | '[' => 1,
        _ => rest
            .find(|c: char| c.is_whitespace() || matches!(c, ',' | '}' | ']'))
            .unwrap_or(rest.len()),
    };
    len.max(first.len_utf8()).min(rest.len())
}

/// The one line codespan-reporting sees: a window of a source line, which reports the
/// line number and columns of the whole file.
struct Excerpt<'f> {
    name: &'f str,
    /// The window, with `…` where it was cut.
    text: String,
    /// 1-based line number in the file.
    line: usize,
    /// Characters of the line left out before the window.
    skipped: usize,
    /// Byte range of the label in `text`.
    label: std::ops::Range<usize>,
}

impl<'a> codespan_reporting::files::Files<'a> for Excerpt<'_> {
    type FileId = ();
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, (): ()) -> Result<&'a str, codespan_reporting::files::Error> {
        Ok(self.name)
    }

    fn source(&'a self, (): ()) -> Result<&'a str, codespan_reporting::files::Error> {
        Ok(&self.text)
    }

    fn line_index(&'a self, (): (), _: usize) -> Result<usize, codespan_reporting::files::Error> {
        Ok(0)
    }

    fn line_number(&'a self, (): (), _: usize) -> Result<usize, codespan_reporting::files::Error> {
        Ok(self.line)
    }

    fn column_number(
        &'a self,
        (): (),
        _: usize,
        byte_index: usize,
    ) -> Result<usize, codespan_reporting::files::Error> {
        let shown = self.text.get(..byte_index).unwrap_or(&self.text);
        let ellipsis = usize::from(self.skipped > 0);
        Ok(self.skipped + shown.chars().count().saturating_sub(ellipsis) + 1)
    }

    fn line_range(
        &'a self,
        (): (),
        line_index: usize,
    ) -> Result<std::ops::Range<usize>, codespan_reporting::files::Error> {
        if line_index == 0 {
            Ok(0..self.text.len())
        } else {
            Err(codespan_reporting::files::Error::LineTooLarge {
                given: line_index,
                max: 0,
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(line: usize, column: usize) -> Diagnostic {
        Diagnostic {
            location: Some(Location { line, column }),
            ..Diagnostic::error("#/x", "`$ref: #/a` is wrong")
        }
    }

    #[test]
    fn a_long_line_is_shown_as_a_window_around_the_column() {
        let pad = "x".repeat(5_000);
        let source = format!("{{\"a\":\"{pad}\",\"$ref\":\"#/nope\",\"b\":\"{pad}\"}}\n");
        let column = source.find("\"#/nope\"").unwrap_or_default() + 1;
        let text = at(1, column).render("big.json", &source);
        assert!(text.contains(&format!("big.json:1:{column}")), "{text}");
        let shown = text
            .lines()
            .find(|l| l.contains("#/nope"))
            .unwrap_or_default();
        assert!(shown.contains("│ …xxx"), "{shown}");
        assert!(
            shown.contains("x\",\"$ref\":\"#/nope\",\"b\":\"x"),
            "{shown}"
        );
        assert!(shown.ends_with('…'), "{shown}");
        assert!(shown.chars().count() < WINDOW + 10, "{shown}");
        // The label covers the quoted string only.
        let carets = text.lines().find(|l| l.contains('^')).unwrap_or_default();
        assert_eq!(carets.matches('^').count(), "\"#/nope\"".len(), "{text}");
        assert!(text.lines().all(|l| l.chars().count() < 200), "{text}");
    }

    #[test]
    fn windows_count_columns_in_characters() {
        let line = format!("{}é \"#/target\" {}", "ü".repeat(300), "ö".repeat(300));
        let column = 303;
        let text = at(1, column).render("u.yaml", &line);
        assert!(text.contains("u.yaml:1:303"), "{text}");
        assert!(text.contains("  ^^^^^^^^^^\n"), "{text}");
        assert!(
            text.contains("│ …üü") && text.contains("üé \"#/target\" öö"),
            "{text}"
        );
        let short = at(2, 3).render("s.yaml", "a: 1\nb: \"c d\"\n");
        assert!(short.contains("s.yaml:2:3"), "{short}");
        assert!(short.contains("2 │ b: \"c d\"\n"), "{short}");
        assert!(!short.contains('…'), "{short}");
        // A location past the end of the file is reported without a snippet.
        let past = at(9, 1).render("s.yaml", "a: 1\n");
        assert!(past.contains("= in: s.yaml"), "{past}");
    }

    #[test]
    fn long_texts_are_clipped_in_the_middle_and_kinds_drop_the_varying_parts() {
        let long = format!("start {} end", "m".repeat(1_000));
        let clipped = clip(&long, 60);
        assert_eq!(clipped.chars().count(), 60, "{clipped}");
        assert!(
            clipped.starts_with("start ") && clipped.ends_with(" end") && clipped.contains('…')
        );
        assert_eq!(clip("short", 60), "short");
        let d = Diagnostic::error("#", "`$ref: #/components/schemas/A1` points at nothing");
        assert_eq!(d.kind(), "`…` points at nothing");
        let e = Diagnostic::error("#", "`$ref: #/components/schemas/B22` points at nothing");
        assert_eq!(d.kind(), e.kind());
    }
}
