//! JSON pointers (RFC 6901): building them, splitting them and reading `$ref` strings.

/// Builds a JSON pointer from path segments, escaping `~` and `/` as RFC 6901 requires.
pub fn pointer<I, S>(segments: I) -> String
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    let mut out = String::from("#");
    for s in segments {
        out.push('/');
        push_escaped(&mut out, s.as_ref());
    }
    out
}

/// Appends one segment to an existing pointer.
pub fn child(base: &str, segment: &str) -> String {
    // Lowering builds a pointer for every node it visits: one allocation each, not three.
    let mut out = String::with_capacity(base.len() + 1 + segment.len());
    out.push_str(base);
    out.push('/');
    push_escaped(&mut out, segment);
    out
}

/// Escapes one segment: `~` as `~0`, `/` as `~1`.
pub fn escape(segment: &str) -> String {
    let mut out = String::with_capacity(segment.len());
    push_escaped(&mut out, segment);
    out
}

fn push_escaped(out: &mut String, segment: &str) {
    if !segment.contains(['~', '/']) {
        out.push_str(segment);
        return;
    }
    for c in segment.chars() {
        match c {
            '~' => out.push_str("~0"),
            '/' => out.push_str("~1"),
            c => out.push(c),
        }
    }
}

/// Undoes [`escape`] for one segment.
pub fn unescape(segment: &str) -> String {
    // `~1` first would turn `~01` into `/` instead of `~1`.
    segment.replace("~1", "/").replace("~0", "~")
}

/// Splits a pointer (with or without the leading `#`) into unescaped segments.
pub fn segments(pointer: &str) -> Vec<String> {
    let p = pointer.strip_prefix('#').unwrap_or(pointer);
    if p.is_empty() {
        return Vec::new();
    }
    p.trim_start_matches('/').split('/').map(unescape).collect()
}

/// The parent of a pointer (`#/a/b` -> `#/a`), or the pointer itself at the root.
pub fn parent(pointer: &str) -> &str {
    match pointer.rsplit_once('/') {
        Some((parent, _)) if !parent.is_empty() => parent,
        _ => pointer,
    }
}

/// A `$ref` with its URI fragment percent-decoded (RFC 6901 section 6): bundlers write
/// `#/paths/~1v2~1keys~1%7Bid%7D/get`. A sequence that does not decode to UTF-8 is kept.
pub fn decode_fragment(reference: &str) -> std::borrow::Cow<'_, str> {
    let Some((head, fragment)) = reference.split_once('#') else {
        return reference.into();
    };
    if !fragment.contains('%') {
        return reference.into();
    }
    match percent_encoding::percent_decode_str(fragment).decode_utf8() {
        Ok(decoded) => format!("{head}#{decoded}").into(),
        Err(_) => reference.into(),
    }
}

/// The document-local JSON pointer of a `$ref` (`#/a/b` gives `/a/b`), or `None` for a
/// reference to another file or one that is no pointer at all.
pub fn local(reference: &str) -> Option<&str> {
    let p = reference.strip_prefix('#')?;
    (p.is_empty() || p.starts_with('/')).then_some(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments_are_percent_decoded() {
        assert_eq!(
            decode_fragment("#/paths/~1v2~1keys~1%7Bssh_key_identifier%7D/get/parameters/0"),
            "#/paths/~1v2~1keys~1{ssh_key_identifier}/get/parameters/0"
        );
        assert_eq!(
            decode_fragment("#/components/schemas/A%20B"),
            "#/components/schemas/A B"
        );
        assert_eq!(decode_fragment("#/a/%E2%82%AC"), "#/a/€");
        // Nothing to decode, a broken escape, bytes that are not UTF-8: kept as written.
        assert_eq!(decode_fragment("#/a/b"), "#/a/b");
        assert_eq!(decode_fragment("#/a/%zz%4"), "#/a/%zz%4");
        assert_eq!(decode_fragment("#/a/%FF"), "#/a/%FF");
    }

    #[test]
    fn pointers_round_trip() {
        let p = pointer(["paths", "/v1/a~b", "patch"]);
        assert_eq!(p, "#/paths/~1v1~1a~0b/patch");
        assert_eq!(segments(&p), vec!["paths", "/v1/a~b", "patch"]);
        assert_eq!(child("#/a", "b/c"), "#/a/b~1c");
        assert_eq!(child("#/a", "plain"), "#/a/plain");
        assert_eq!(escape("~/é~"), "~0~1é~0");
        assert_eq!(unescape(&escape("a~1/b~0")), "a~1/b~0");
        assert_eq!(unescape("~01"), "~1");
        assert_eq!(parent("#/a/b"), "#/a");
        assert_eq!(local("#/components/x"), Some("/components/x"));
        assert_eq!(local("other.yaml#/x"), None);
        assert_eq!(local("#"), Some(""));
    }
}
