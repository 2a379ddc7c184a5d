//! Turns the emitted pieces of each Rust file into formatted source, on every core.
//!
//! Each piece is emitted, parsed and pretty-printed on its own and its tokens dropped at
//! once, so memory holds the IR and the output text, never a large file's token tree.
//! prettyplease prints a file's items one after another with no state between them, so
//! joining the pieces' text gives the bytes that printing the whole file would.

use crate::emit::RustFile;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// A piece that did not parse: the generator emitted invalid Rust.
#[derive(Debug)]
pub struct Invalid {
    /// The file it belongs to.
    pub path: &'static str,
    /// syn's message.
    pub message: String,
}

/// Formats every file; returns each file's source, after its `prefix`, in the order of
/// `files`.
///
/// Work is handed out piece by piece from a shared counter, in the order of `files`, and
/// the pieces are put back in their places: the output does not depend on the thread count.
pub fn format_files(
    files: &[RustFile<'_>],
    threads: usize,
    prefix: &dyn Fn(&str) -> String,
) -> Result<Vec<String>, Invalid> {
    let jobs: Vec<(usize, usize)> = files
        .iter()
        .enumerate()
        .flat_map(|(f, file)| (0..file.pieces).map(move |p| (f, p)))
        .collect();
    let next = AtomicUsize::new(0);
    let done: Mutex<Vec<Option<Result<String, Invalid>>>> =
        Mutex::new((0..jobs.len()).map(|_| None).collect());
    let work = || {
        let mut mine = Vec::new();
        loop {
            let j = next.fetch_add(1, Ordering::Relaxed);
            let Some(&(f, p)) = jobs.get(j) else { break };
            let file = &files[f];
            let tokens = (file.piece)(p);
            let gate = (file.gate)(p);
            let text = match syn::parse2::<syn::File>(tokens) {
                Ok(mut parsed) => {
                    if !gate.is_empty() {
                        gate_items(&mut parsed.items, gate);
                    }
                    Ok(prettyplease::unparse(&parsed))
                }
                Err(e) => Err(Invalid {
                    path: file.path,
                    message: e.to_string(),
                }),
            };
            mine.push((j, text));
        }
        // One lock per thread, not per piece.
        if let Ok(mut done) = done.lock() {
            for (j, text) in mine {
                done[j] = Some(text);
            }
        }
    };
    let threads = threads.clamp(1, 16);
    std::thread::scope(|scope| {
        for _ in 1..threads {
            scope.spawn(work);
        }
        work();
    });
    let done = done
        .into_inner()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    // Each file is put together in a string of its final size, after `prefix`, and each
    // piece is freed once copied: at no point are two copies of the output held.
    let mut sizes: Vec<usize> = files.iter().map(|f| prefix(f.path).len()).collect();
    for (&(f, _), text) in jobs.iter().zip(&done) {
        if let Some(Ok(text)) = text {
            sizes[f] += text.len();
        }
    }
    let mut out: Vec<String> = files
        .iter()
        .zip(&sizes)
        .map(|(file, &size)| {
            let mut s = String::with_capacity(size);
            s.push_str(&prefix(file.path));
            s
        })
        .collect();
    for (&(f, _), text) in jobs.iter().zip(done) {
        match text {
            Some(Ok(text)) => out[f].push_str(&text),
            Some(Err(invalid)) => return Err(invalid),
            None => {
                return Err(Invalid {
                    path: files[f].path,
                    message: "a formatting thread stopped early".into(),
                });
            }
        }
    }
    Ok(out)
}

/// Puts `#[cfg(...)]` for `gate` first on each item.
fn gate_items(items: &mut [syn::Item], gate: &[String]) {
    for item in items {
        // syn's types are not `Clone` in this build; parsing the attribute again is cheap.
        let tokens = crate::emit::gate_attr(gate);
        let Ok(attrs) = syn::parse::Parser::parse2(syn::Attribute::parse_outer, tokens) else {
            return;
        };
        let target = match item {
            syn::Item::Const(i) => &mut i.attrs,
            syn::Item::Enum(i) => &mut i.attrs,
            syn::Item::Fn(i) => &mut i.attrs,
            syn::Item::Impl(i) => &mut i.attrs,
            syn::Item::Macro(i) => &mut i.attrs,
            syn::Item::Mod(i) => &mut i.attrs,
            syn::Item::Static(i) => &mut i.attrs,
            syn::Item::Struct(i) => &mut i.attrs,
            syn::Item::Trait(i) => &mut i.attrs,
            syn::Item::Type(i) => &mut i.attrs,
            syn::Item::Use(i) => &mut i.attrs,
            _ => continue,
        };
        target.splice(0..0, attrs);
    }
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
