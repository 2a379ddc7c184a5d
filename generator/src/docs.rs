//! Turns spec prose into rustdoc text that cannot break the generated code or its docs.

/// Joins the given paragraphs (skipping empty ones) into one rustdoc string.
///
/// The text becomes a `#[doc = "..."]` attribute through `quote`, which escapes quotes and
/// backslashes, so prose cannot end the attribute early. What is left to guard against is
/// Markdown that rustdoc would misread: indented blocks and fenced blocks are doctests by
/// default, so fences without a language are marked `text`, and bare URLs are wrapped in
/// `<...>` so `rustdoc::bare_urls` does not fire. A URL that is already a link is left as
/// it is: an autolink `<https://...>` (not escaped as HTML, which would print its angle
/// brackets around a second autolink), a link target `[text](https://...)`, and a link
/// text `[https://...](...)` (CommonMark does not nest links, so wrapping it there would
/// break the outer link into literal brackets).
pub fn doc(paragraphs: &[Option<&str>]) -> Option<String> {
    let text: Vec<String> = paragraphs
        .iter()
        .flatten()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .map(clean)
        .collect();
    if text.is_empty() {
        None
    } else {
        Some(text.join("\n\n"))
    }
}

fn clean(text: &str) -> String {
    // Most spec prose has nothing to escape, fence or wrap: only its indentation goes.
    // The full pass allocates a string per line and per escaping step.
    if !text.contains(['`', '<', '>', '[', ']']) && !text.contains("http") {
        let mut out = String::with_capacity(text.len());
        for (i, line) in text.lines().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            out.push_str(line.trim_start());
        }
        return out;
    }
    clean_markup(text)
}

/// [`clean`] for text that may hold code, HTML, brackets or URLs.
fn clean_markup(text: &str) -> String {
    let mut out = Vec::new();
    let mut paragraph = Vec::new();
    let mut in_fence = false;
    for line in text.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") {
            out.extend(prose_lines(&paragraph));
            paragraph.clear();
            if in_fence {
                in_fence = false;
                out.push("```".to_string());
            } else {
                in_fence = true;
                // Any fence becomes plain text, whatever its info string: spec examples are
                // not Rust doctests.
                out.push("```text".to_string());
            }
            continue;
        }
        if in_fence {
            out.push(line.to_string());
        } else {
            // Leading indentation would make rustdoc treat the line as a code block.
            paragraph.push(trimmed);
        }
    }
    out.extend(prose_lines(&paragraph));
    if in_fence {
        out.push("```".to_string());
    }
    out.join("\n")
}

/// The prose lines between two fences, each through [`prose_line`]. Links are paired over
/// all of them: a link's text may wrap onto the next line (`[Managing security\nmanagers](https://...)`),
/// and escaping its brackets there would leave its URL bare.
fn prose_lines(lines: &[&str]) -> Vec<String> {
    let split: Vec<Vec<&str>> = lines.iter().map(|l| l.split('`').collect()).collect();
    let mut in_links = if lines.iter().any(|l| l.contains(['[', ']'])) {
        link_brackets(&split)
    } else {
        Vec::new()
    }
    .into_iter();
    split
        .iter()
        .map(|parts| prose_line(parts, &mut in_links))
        .collect()
}

/// Whether part `i` of a line split at backticks sits between backticks: odd parts do,
/// unless the last backtick has no partner.
fn is_code(parts: &[&str], i: usize) -> bool {
    let n = parts.len();
    i % 2 == 1 && (n % 2 == 1 || i != n - 1)
}

/// One line of prose, split at backticks: code spans stay as written; elsewhere HTML is
/// escaped (spec HTML is often unbalanced, which rustdoc rejects) except autolinks,
/// brackets that are not Markdown links are escaped (rustdoc would read them as intra-doc
/// links), and bare URLs are wrapped. `in_links` says for each bracket whether it is a
/// link's (see [`link_brackets`]).
fn prose_line(parts: &[&str], in_links: &mut impl Iterator<Item = bool>) -> String {
    let mut out = String::with_capacity(parts.iter().map(|p| p.len() + 1).sum());
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            out.push('`');
        }
        if is_code(parts, i) {
            out.push_str(part);
        } else {
            out.push_str(&wrap_urls(&escape_brackets(&escape_html(part), in_links)));
        }
    }
    out
}

/// For each `[` and `]` of the prose parts of `lines` (each split at backticks), in
/// order: whether it belongs to a Markdown link `[text](target)`, whose text may hold code
/// spans and line breaks, though not a blank line. The brackets inside code spans are not
/// counted.
fn link_brackets(lines: &[Vec<&str>]) -> Vec<bool> {
    let mut chars: Vec<char> = Vec::new();
    for (l, parts) in lines.iter().enumerate() {
        if l > 0 {
            chars.push('\n');
        }
        for (i, part) in parts.iter().enumerate() {
            if i > 0 {
                chars.push('`');
            }
            if is_code(parts, i) {
                chars.extend(part.chars().map(|_| ' '));
            } else {
                chars.extend(part.chars());
            }
        }
    }
    let mut keep = vec![false; chars.len()];
    for (open, c) in chars.iter().enumerate() {
        if *c != '[' {
            continue;
        }
        if let Some(close) = chars[open + 1..]
            .iter()
            .position(|c| *c == ']')
            .map(|p| p + open + 1)
        {
            let text = &chars[open + 1..close];
            // A blank line ends the paragraph, and a link with it.
            let one_paragraph = !text.windows(2).any(|w| w == ['\n', '\n']);
            if chars.get(close + 1) == Some(&'(') && !text.contains(&'[') && one_paragraph {
                keep[open] = true;
                keep[close] = true;
            }
        }
    }
    chars
        .iter()
        .zip(keep)
        .filter(|(c, _)| matches!(c, '[' | ']'))
        .map(|(_, keep)| keep)
        .collect()
}

/// Escapes `<` and `>` as HTML entities, except around an autolink: `<` right before
/// `http://` or `https://` whose `>` comes before any whitespace or other `<`.
fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find(['<', '>']) {
        out.push_str(&rest[..open]);
        let tail = &rest[open..];
        if let Some(len) = autolink_len(tail) {
            out.push_str(&tail[..len]);
            rest = &tail[len..];
        } else {
            out.push_str(if tail.starts_with('<') {
                "&lt;"
            } else {
                "&gt;"
            });
            rest = &tail[1..];
        }
    }
    out.push_str(rest);
    out
}

/// The length of the autolink `<http(s)://...>` that `text` starts with, if it does.
fn autolink_len(text: &str) -> Option<usize> {
    let inner = text.strip_prefix('<')?;
    if !(inner.starts_with("http://") || inner.starts_with("https://")) {
        return None;
    }
    let end = inner.find(|c: char| c.is_whitespace() || matches!(c, '<' | '>'))?;
    (inner[end..].starts_with('>') && end > "https://".len()).then_some(end + 2)
}

/// Escapes `[` and `]` except in Markdown links `[text](target)`: `in_links` says, for
/// each bracket in turn, whether it is a link's (see [`link_brackets`]).
fn escape_brackets(text: &str, in_links: &mut impl Iterator<Item = bool>) -> String {
    if !text.contains(['[', ']']) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 2);
    for c in text.chars() {
        if matches!(c, '[' | ']') && !in_links.next().unwrap_or(false) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn wrap_urls(line: &str) -> String {
    if !line.contains("http") {
        return line.to_string();
    }
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(start) = ["https://", "http://"]
        .iter()
        .filter_map(|p| rest.find(p))
        .min()
    {
        let before = &rest[..start];
        let tail = &rest[start..];
        let end = tail
            .find(|c: char| {
                c.is_whitespace() || matches!(c, ')' | '>' | '<' | '"' | '\'' | ']' | '`')
            })
            .unwrap_or(tail.len());
        let url = &tail[..end];
        // Escaped angle brackets end a URL too.
        let url = url
            .find("&lt;")
            .or_else(|| url.find("&gt;"))
            .map_or(url, |cut| &url[..cut]);
        let url = url.trim_end_matches(['.', ',', ';', ':']);
        let consumed = line.len() - rest.len() + start;
        // Unescaped `<` only survives `escape_html` as the start of an autolink.
        // `\](` is an escaped bracket, not a link's: its URL is bare.
        let link_target = before.ends_with("](") && !before.ends_with("\\](");
        let already_linked =
            link_target || before.ends_with('<') || in_link_text(&line[..consumed]);
        out.push_str(before);
        if already_linked {
            out.push_str(url);
        } else {
            out.push('<');
            out.push_str(url);
            out.push('>');
        }
        rest = &tail[url.len()..];
    }
    out.push_str(rest);
    out
}

/// True when `prefix` ends inside the text of a Markdown link, i.e. after a `[` that
/// [`escape_brackets`] kept (unescaped) and that no `]` has closed yet.
fn in_link_text(prefix: &str) -> bool {
    let bytes = prefix.as_bytes();
    bytes
        .iter()
        .enumerate()
        .rev()
        .find(|&(i, b)| matches!(b, b'[' | b']') && (i == 0 || bytes[i - 1] != b'\\'))
        .is_some_and(|(_, b)| *b == b'[')
}

#[cfg(test)]
mod tests {
    use super::{clean, clean_markup, doc};

    #[test]
    fn plain_prose_takes_the_short_way_to_the_same_text() {
        for text in [
            "One line.",
            "  Indented\n\tand tabbed\r\nlines  \n\nwith a blank one\n",
            "Ends with a newline\n",
            "Unicode — “quotes” and émojis 🎉",
            "",
        ] {
            assert_eq!(clean(text), clean_markup(text), "{text:?}");
        }
    }

    #[test]
    fn prose_is_made_safe_for_rustdoc() {
        let d = doc(&[
            Some("See https://example.com/x. Or [this](https://a.b)."),
            None,
            Some(""),
        ]);
        assert_eq!(
            d.as_deref(),
            Some("See <https://example.com/x>. Or [this](https://a.b).")
        );
        let d = doc(&[Some("```\nlet x = 1;\n```\n    indented")]);
        assert_eq!(d.as_deref(), Some("```text\nlet x = 1;\n```\nindented"));
        assert_eq!(doc(&[Some("  "), None]), None);
        let d = doc(&[Some(
            "<b>x</b> `<kept>` [x] [a](b) see <http://e.com> `open",
        )]);
        assert_eq!(
            d.as_deref(),
            Some("&lt;b&gt;x&lt;/b&gt; `<kept>` \\[x\\] [a](b) see <http://e.com> `open")
        );
        // A link whose text holds a code span stays a link (its URL is not left bare);
        // brackets around or inside code spans that are not links are escaped or kept.
        let d = doc(&[Some(
            "see [the `GET /apps/{slug}` endpoint](https://d.com/a), [`x`] and `[y](z)`",
        )]);
        assert_eq!(
            d.as_deref(),
            Some("see [the `GET /apps/{slug}` endpoint](https://d.com/a), \\[`x`\\] and `[y](z)`")
        );
        // A link's text may wrap onto the next line; not past a blank line or a fence.
        let d = doc(&[Some(
            "see \"[Managing security\n  managers](https://d.com/m).\"\n[a\n\nb](https://d.com/b)",
        )]);
        assert_eq!(
            d.as_deref(),
            Some(
                "see \"[Managing security\nmanagers](https://d.com/m).\"\n\\[a\n\nb\\](<https://d.com/b>)"
            )
        );
        let d = doc(&[Some("[a\n```\nx\n```\nb](https://d.com/b)")]);
        assert_eq!(
            d.as_deref(),
            Some("\\[a\n```text\nx\n```\nb\\](<https://d.com/b>)")
        );
    }

    fn one(text: &str) -> String {
        doc(&[Some(text)]).unwrap_or_default()
    }

    #[test]
    fn an_autolink_stays_one_autolink() {
        for (text, want) in [
            ("see <http://e.com>.", "see <http://e.com>."),
            (
                "<https://a.b/c?d=1&e=2#f> and https://g.h",
                "<https://a.b/c?d=1&e=2#f> and <https://g.h>",
            ),
            // Not autolinks: the angle brackets are text, the URL inside is wrapped.
            ("< https://x.y >", "&lt; <https://x.y> &gt;"),
            ("<https://>", "&lt;<https://>&gt;"),
            ("<not a link> a > b", "&lt;not a link&gt; a &gt; b"),
            ("<b>https://x.y</b>", "&lt;b&gt;<https://x.y>&lt;/b&gt;"),
        ] {
            assert_eq!(one(text), want, "{text}");
        }
    }

    #[test]
    fn urls_that_are_already_links_or_code_are_not_wrapped() {
        // The petstore spec's own description: a URL as the text of a link.
        assert_eq!(
            one(
                "at [http://swagger.io](http://swagger.io) or on [irc, #s](http://swagger.io/irc/)."
            ),
            "at [http://swagger.io](http://swagger.io) or on [irc, #s](http://swagger.io/irc/)."
        );
        assert_eq!(
            one("[see https://a.b here](https://a.b) then https://c.d"),
            "[see https://a.b here](https://a.b) then <https://c.d>"
        );
        assert_eq!(
            one("`https://a.b` and https://c.d"),
            "`https://a.b` and <https://c.d>"
        );
        // A bracket that is not a link does not protect what follows it.
        assert_eq!(one("[x] https://a.b"), "\\[x\\] <https://a.b>");
    }
}
