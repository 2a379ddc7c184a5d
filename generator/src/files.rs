//! The generated file set and the one code path that writes it or checks it for drift.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// Generated files by path relative to the output directory, `/`-separated.
pub type FileSet = BTreeMap<String, String>;

/// The marker in the first line of every file the generator owns.
const MARKER: &str = "@generated";
const DO_NOT_EDIT: &str = "DO NOT EDIT";

/// The first line of a generated file, in the comment syntax of `path`'s file type.
pub fn header(path: &str, spec: &str, command: &str) -> String {
    let text = header_text(spec, command);
    if path.ends_with(".md") {
        format!("<!-- {text} -->")
    } else if path.ends_with(".toml") {
        format!("# {text}")
    } else {
        format!("// {text}")
    }
}

/// The header's text without comment syntax, for formats that carry it otherwise (the
/// `"@generated"` key on the first line of a JSON file).
pub fn header_text(spec: &str, command: &str) -> String {
    format!("{MARKER} from {spec}. {DO_NOT_EDIT}: change the spec and run `{command}`.")
}

/// True for a file the generator wrote: its first line carries the header.
fn is_owned(contents: &str) -> bool {
    let first = contents.lines().next().unwrap_or("");
    first.contains(MARKER) && first.contains(DO_NOT_EDIT)
}

/// Write the files, or only compare them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Bring the directory in line with the file set.
    Write,
    /// Change nothing; report what `Write` would do.
    Check,
}

/// What happened, or would happen, to one file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChangeKind {
    /// The file does not exist yet.
    Added,
    /// The file differs from what the spec gives.
    Modified,
    /// A generated file the spec no longer gives.
    Removed,
}

/// One file that is, or was, out of date.
#[derive(Clone, Debug)]
pub struct Change {
    /// Path relative to the output directory.
    pub path: String,
    /// What kind of change.
    pub kind: ChangeKind,
    /// Unified diff from the file on disk to the generated one, in [`Mode::Check`] (empty
    /// in [`Mode::Write`], where nobody reads it and a large crate's diff costs seconds).
    pub diff: String,
}

/// Why the output directory cannot be synced.
#[derive(Debug)]
pub enum SyncError {
    /// A file at a generated path was not written by the generator; it is left alone.
    NotOwned(PathBuf),
    /// Reading or writing failed.
    Io(PathBuf, io::Error),
}

impl std::fmt::Display for SyncError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SyncError::NotOwned(p) => write!(
                f,
                "{} exists and was not generated (its first line has no `{MARKER}` header); move it away or choose another output directory",
                p.display()
            ),
            SyncError::Io(p, e) => write!(f, "{}: {e}", p.display()),
        }
    }
}

impl std::error::Error for SyncError {}

/// Compares `files` with `root` and, in [`Mode::Write`], writes what differs, removes
/// generated files that are no longer produced and leaves everything else untouched.
///
/// Every check happens before the first write, so a refusal writes nothing; each write
/// goes to a temporary file that is renamed into place, so no file is ever half-written.
pub fn sync(root: &Path, files: &FileSet, mode: Mode) -> Result<Vec<Change>, SyncError> {
    let diff = |rel: &str, old: &str, new: &str| match mode {
        Mode::Check => diff(rel, old, new),
        Mode::Write => String::new(),
    };
    let threads = crate::format::default_threads();
    let files_in_order: Vec<(&String, &String)> = files.iter().collect();
    let compared = crate::parallel::on_threads(&files_in_order, threads, |&(rel, new)| {
        let path = root.join(rel);
        let change = match read_optional(&path)? {
            None => Some(Change {
                path: rel.clone(),
                kind: ChangeKind::Added,
                diff: diff(rel, "", new),
            }),
            Some(old) if old == *new => None,
            Some(old) => {
                if !is_owned(&old) && mode == Mode::Write {
                    return Err(SyncError::NotOwned(path));
                }
                Some(Change {
                    path: rel.clone(),
                    kind: ChangeKind::Modified,
                    diff: diff(rel, &old, new),
                })
            }
        };
        Ok(change)
    });
    let mut changes = Vec::new();
    for change in compared {
        changes.extend(change?);
    }
    for rel in owned_files(root)? {
        if !files.contains_key(&rel) {
            let old = read_optional(&root.join(&rel))?.unwrap_or_default();
            changes.push(Change {
                path: rel.clone(),
                kind: ChangeKind::Removed,
                diff: diff(&rel, &old, ""),
            });
        }
    }
    if mode == Mode::Write {
        // Creating a file costs the kernel more than its bytes do (a crate with gate
        // modules has hundreds), so files are written on several threads too.
        let written = crate::parallel::on_threads(&changes, threads, |change| {
            let path = root.join(&change.path);
            match change.kind {
                ChangeKind::Removed => fs::remove_file(&path).map_err(|e| SyncError::Io(path, e)),
                ChangeKind::Added | ChangeKind::Modified => {
                    write_atomic(&path, &files[&change.path])
                }
            }
        });
        written.into_iter().collect::<Result<(), _>>()?;
        remove_emptied_folders(root, &changes);
    }
    Ok(changes)
}

/// Removes the folders that removing files emptied (a gate module's `src/models/`, when
/// the spec no longer has the feature), up to `root`. `remove_dir` fails on a folder that
/// still holds anything, which is then left as it is.
fn remove_emptied_folders(root: &Path, changes: &[Change]) {
    let removed = changes.iter().filter(|c| c.kind == ChangeKind::Removed);
    for change in removed {
        let mut dir = Path::new(&change.path).parent();
        while let Some(rel) = dir.filter(|d| !d.as_os_str().is_empty()) {
            if fs::remove_dir(root.join(rel)).is_err() {
                break;
            }
            dir = rel.parent();
        }
    }
}

fn read_optional(path: &Path) -> Result<Option<String>, SyncError> {
    match fs::read(path) {
        // A file that is not UTF-8 cannot be ours; compare it as lossy text. Text that is
        // UTF-8 is kept as read rather than copied (GitHub's crate is 18 MB of it).
        Ok(bytes) => {
            Ok(Some(String::from_utf8(bytes).unwrap_or_else(|e| {
                String::from_utf8_lossy(e.as_bytes()).into_owned()
            })))
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(SyncError::Io(path.to_path_buf(), e)),
    }
}

fn write_atomic(path: &Path, contents: &str) -> Result<(), SyncError> {
    let io_err = |e| SyncError::Io(path.to_path_buf(), e);
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).map_err(io_err)?;
    }
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(format!(".tmp{}", std::process::id()));
    let tmp = PathBuf::from(tmp);
    fs::write(&tmp, contents).map_err(|e| SyncError::Io(tmp.clone(), e))?;
    fs::rename(&tmp, path).map_err(|e| {
        let _ = fs::remove_file(&tmp);
        io_err(e)
    })
}

/// Generated files under `root`, found by their header. Build output and VCS data are
/// skipped; hand-written files (tests, examples) have no header and are never touched.
fn owned_files(root: &Path) -> Result<Vec<String>, SyncError> {
    let mut out = Vec::new();
    let mut dirs = vec![root.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        let entries = match fs::read_dir(&dir) {
            Ok(e) => e,
            Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
            Err(e) => return Err(SyncError::Io(dir, e)),
        };
        for entry in entries {
            let entry = entry.map_err(|e| SyncError::Io(dir.clone(), e))?;
            let path = entry.path();
            let name = entry.file_name();
            let file_type = entry
                .file_type()
                .map_err(|e| SyncError::Io(path.clone(), e))?;
            if file_type.is_dir() {
                if !matches!(name.to_str(), Some("target" | ".git" | "node_modules")) {
                    dirs.push(path);
                }
            } else if file_type.is_file() {
                if let Some(contents) = read_optional(&path)? {
                    if is_owned(&contents) {
                        if let Ok(rel) = path.strip_prefix(root) {
                            let parts: Vec<String> = rel
                                .components()
                                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                                .collect();
                            out.push(parts.join("/"));
                        }
                    }
                }
            }
        }
    }
    out.sort();
    Ok(out)
}

fn diff(path: &str, old: &str, new: &str) -> String {
    similar::TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(3)
        .header(&format!("a/{path}"), &format!("b/{path}"))
        .to_string()
}
