//! Turns the emitted pieces of each Rust file into formatted source, on every core.
//!
//! Each piece is emitted, parsed and pretty-printed on its own and its tokens dropped at
//! once, so memory holds the IR and the output text, never a large file's token tree.
//! prettyplease prints a file's items one after another with no state between them, so
//! joining the pieces' text gives the bytes that printing the whole file would.

use crate::emit::{Docs, RustFile};
use crate::ir::Api;

/// A piece that did not parse: the generator emitted invalid Rust.
#[derive(Debug)]
pub struct Invalid {
    /// The file it belongs to.
    pub path: String,
    /// syn's message.
    pub message: String,
}

/// Formats every file; returns each file's source, after its `prefix`, in the order of
/// `files`.
///
/// Work is handed out piece by piece from a shared counter, in the order of `files`, and
/// the pieces are put back in their places: the output does not depend on the thread count.
pub fn format_files(
    api: &Api,
    files: &[RustFile<'_>],
    threads: usize,
    prefix: &dyn Fn(&str) -> String,
) -> Result<Vec<String>, Invalid> {
    // Files with few pieces go first: their pieces are whole sections (the webhooks, the
    // client's methods), and handed out last they would leave one thread working alone
    // at the end. The many small pieces of the models go last and even out the finish.
    let mut order: Vec<usize> = (0..files.len()).collect();
    order.sort_by_key(|&f| files[f].pieces.len());
    let jobs: Vec<(usize, usize)> = order
        .into_iter()
        .flat_map(|f| (0..files[f].pieces.len()).map(move |p| (f, p)))
        .collect();
    let done = crate::parallel::on_threads(&jobs, threads, |&(f, p)| {
        let file = &files[f];
        let piece = file.pieces[p];
        let mut docs = Docs::markers();
        let tokens = piece.emit(api, &mut docs);
        let docs = docs.into_texts();
        match format_piece(tokens).map(|t| fill_docs(t, &docs)) {
            Ok(Some(text)) => Ok(text),
            // A marker was not printed as a doc comment: format the piece as written.
            Ok(None) => format_piece(piece.emit(api, &mut Docs::inline())),
            Err(e) => Err(e),
        }
        .map_err(|message| Invalid {
            path: file.path.clone(),
            message,
        })
    });
    // Each file is put together in a string of its final size, after `prefix`, and each
    // piece is freed once copied: at no point are two copies of the output held.
    let mut sizes: Vec<usize> = files.iter().map(|f| prefix(&f.path).len()).collect();
    for (&(f, _), text) in jobs.iter().zip(&done) {
        if let Ok(text) = text {
            sizes[f] += text.len();
        }
    }
    let mut out: Vec<String> = files
        .iter()
        .zip(&sizes)
        .map(|(file, &size)| {
            let mut s = String::with_capacity(size);
            s.push_str(&prefix(&file.path));
            s
        })
        .collect();
    for (&(f, _), text) in jobs.iter().zip(done) {
        out[f].push_str(&text?);
    }
    Ok(out)
}

/// Parses and pretty-prints one piece.
fn format_piece(tokens: proc_macro2::TokenStream) -> Result<String, String> {
    let parsed = syn::parse2::<syn::File>(tokens).map_err(|e| e.to_string())?;
    Ok(prettyplease::unparse(&parsed))
}

/// Puts each doc text where prettyplease printed its marker as a `///` line, one `///`
/// line per line of text, as prettyplease prints one `#[doc]` per line: same indent,
/// trailing spaces trimmed. `None` when a marker is anywhere else (inside a macro's
/// tokens, say) or a doc is missing, so the caller formats the piece with its docs.
fn fill_docs(text: String, docs: &[String]) -> Option<String> {
    if docs.is_empty() {
        return Some(text);
    }
    let extra: usize = docs.iter().map(|d| d.len() + 8 * d.lines().count()).sum();
    let mut out = String::with_capacity(text.len() + extra);
    let mut placed = vec![false; docs.len()];
    let mut rest = text.as_str();
    while let Some(at) = rest.find("///\u{1}") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 4..];
        let end = after.find('\u{2}')?;
        let digits = &after[..end];
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let index: usize = digits.parse().ok()?;
        let doc = docs.get(index)?;
        if !after[end + 1..].starts_with('\n') {
            return None;
        }
        let indent = &out[out.rfind('\n').map_or(0, |i| i + 1)..];
        if !indent.bytes().all(|b| b == b' ') {
            return None;
        }
        let indent = indent.len();
        for (i, line) in doc.lines().enumerate() {
            if i > 0 {
                out.push('\n');
                out.extend(std::iter::repeat_n(' ', indent));
            }
            out.push_str("/// ");
            // prettyplease trims the attribute's text, which is the line after a space.
            let trimmed = line.trim_end_matches(' ');
            if trimmed.is_empty() {
                out.pop();
            } else {
                out.push_str(trimmed);
            }
        }
        placed[index] = true;
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    let marker_left = out.contains('\u{1}') || out.contains("\\u{1}");
    (placed.iter().all(|p| *p) && !marker_left).then_some(out)
}

/// The number of threads to format with: `GENERATOR_THREADS` when set (benchmarks compare
/// one thread with several), else the machine's cores, at most 8.
pub fn default_threads() -> usize {
    if let Some(n) = std::env::var("GENERATOR_THREADS")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
    {
        return n;
    }
    std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(8)
}

#[cfg(test)]
#[allow(clippy::expect_used)] // A failure here is a bug in the formatter, shown as such.
mod tests {
    use super::*;
    use crate::emit::Docs;
    use quote::quote;

    /// A piece with docs in every place the emitters put them: items, fields, variants,
    /// methods in an impl, and lines that are empty, indented or end in spaces.
    fn piece(docs: &mut Docs) -> proc_macro2::TokenStream {
        let item = docs.attr(Some(
            "A pet.  \n\n  Indented, kept.\n```text\nfenced   \n```",
        ));
        let field = docs.attr(Some("The name. "));
        let variant = docs.attr(Some("`sold`"));
        let method = docs.attr(Some("Makes one.\nSecond line."));
        let none = docs.attr(Some(""));
        quote! {
            #item
            pub struct Pet {
                #field
                pub name: String,
            }
            #none
            pub enum Status {
                #variant
                Sold,
            }
            impl Pet {
                #method
                pub fn new() -> Self { todo!() }
            }
        }
    }

    #[test]
    fn docs_put_in_place_are_the_bytes_prettyplease_prints() {
        let plain = format_piece(piece(&mut Docs::inline())).expect("plain piece formats");
        let mut docs = Docs::markers();
        let marked = piece(&mut docs);
        let docs = docs.into_texts();
        assert_eq!(docs.len(), 4, "one marker per non-empty doc");
        let printed = format_piece(marked).expect("marked piece formats");
        assert!(printed.len() < plain.len(), "markers stand in for the text");
        assert_eq!(fill_docs(printed, &docs).as_deref(), Some(plain.as_str()));
    }

    #[test]
    fn a_marker_inside_a_macro_sends_the_piece_back_to_be_formatted_as_written() {
        let mut docs = Docs::markers();
        let doc = docs.attr(Some("Inside."));
        let marked = quote! { my_macro! { #doc struct Inner; } };
        let docs = docs.into_texts();
        let printed = format_piece(marked).expect("marked piece formats");
        assert_eq!(fill_docs(printed, &docs), None);
    }

    #[test]
    fn inline_docs_are_written_in_full() {
        let text = Docs::inline().attr(Some("Plain.")).to_string();
        assert!(text.contains("Plain."), "{text}");
    }
}
