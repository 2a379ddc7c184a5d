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

    /// Adds advice on how to fix the problem.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Renders the diagnostic rustc-style (through codespan-reporting), with the
    /// offending source line when the position is known, then the pointer and the advice.
    pub fn render(&self, file: &str, source: &str) -> String {
        use codespan_reporting::diagnostic::{Diagnostic as Report, Label};
        use codespan_reporting::files::SimpleFile;
        use codespan_reporting::term::{self, Config};
        let files = SimpleFile::new(file, source);
        let report = match self.severity {
            Severity::Error => Report::error(),
            Severity::Warning => Report::warning(),
        }
        .with_message(&self.message);
        let mut notes = vec![format!("at: {}", self.pointer)];
        if let Some(help) = &self.help {
            notes.push(format!("help: {help}"));
        }
        let report = match self.location.and_then(|loc| byte_range(source, loc)) {
            Some(range) => report.with_labels(vec![Label::primary((), range)]),
            None => {
                notes.insert(0, format!("in: {file}"));
                report
            }
        }
        .with_notes(notes);
        let mut text = String::new();
        match term::emit_to_string(&mut text, &Config::default(), &files, &report) {
            Ok(()) => text,
            // Rendering into memory cannot fail in practice; keep the facts if it does.
            Err(_) => format!("{}: {} (at {})\n", file, self.message, self.pointer),
        }
    }
}

/// The byte range of the token that starts at `loc` (to the end of the word or line).
fn byte_range(source: &str, loc: Location) -> Option<std::ops::Range<usize>> {
    let line_start: usize = source
        .split_inclusive('\n')
        .take(loc.line.saturating_sub(1))
        .map(str::len)
        .sum();
    let line = source[line_start..].lines().next()?;
    let col = line
        .char_indices()
        .nth(loc.column.saturating_sub(1))
        .map_or(line.len(), |(i, _)| i);
    let rest = &line[col..];
    let len = rest
        .find(char::is_whitespace)
        .unwrap_or(rest.len())
        .max(1)
        .min(rest.len().max(1));
    let start = line_start + col;
    Some(start..(start + len).min(source.len()).max(start))
}

/// Builds a JSON pointer from path segments, escaping `~` and `/` as RFC 6901 requires.
pub fn pointer<I, S>(segments: I) -> String
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    let mut out = String::from("#");
    for s in segments {
        out.push('/');
        out.push_str(&escape(s.as_ref()));
    }
    out
}

/// Appends one segment to an existing pointer.
pub fn child(base: &str, segment: &str) -> String {
    format!("{base}/{}", escape(segment))
}

fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

/// Splits a pointer (with or without the leading `#`) into unescaped segments.
pub fn segments(pointer: &str) -> Vec<String> {
    let p = pointer.strip_prefix('#').unwrap_or(pointer);
    if p.is_empty() {
        return Vec::new();
    }
    p.trim_start_matches('/')
        .split('/')
        .map(|s| s.replace("~1", "/").replace("~0", "~"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointers_round_trip() {
        let p = pointer(["paths", "/v1/a~b", "patch"]);
        assert_eq!(p, "#/paths/~1v1~1a~0b/patch");
        assert_eq!(segments(&p), vec!["paths", "/v1/a~b", "patch"]);
        assert_eq!(child("#/a", "b/c"), "#/a/b~1c");
    }
}
