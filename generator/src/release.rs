//! The release a spec change makes, from the state the last run left: the version the crate gets and the dated entry in `CHANGELOG.md`, with the recorded surface (`api.json`) as the baseline.

use crate::Options;
use crate::files;
use crate::impact::{self, Class, Impact, Visibility};
use crate::surface::{self, Surface};
use std::io;
use std::path::Path;

/// The generated changelog, beside `Cargo.toml`.
pub const CHANGELOG: &str = "CHANGELOG.md";

/// The generator-owned state found in the output directory before generating, and the
/// date a new changelog entry gets.
#[derive(Clone, Debug, Default)]
pub struct Previous {
    /// The date of a new changelog entry (`YYYY-MM-DD`); old entries keep theirs.
    pub date: String,
    /// `api.json`.
    pub record: Option<String>,
    /// `Cargo.toml`.
    pub cargo_toml: Option<String>,
    /// `CHANGELOG.md`.
    pub changelog: Option<String>,
}

impl Previous {
    /// Reads what exists of it under `dir` (missing files are `None`), with `date` for a
    /// new entry.
    pub fn read(dir: &Path, date: &str) -> io::Result<Previous> {
        let read = |name: &str| match std::fs::read_to_string(dir.join(name)) {
            Ok(text) => Ok(Some(text)),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(io::Error::new(
                e.kind(),
                format!("{}: {e}", dir.join(name).display()),
            )),
        };
        Ok(Previous {
            date: date.to_string(),
            record: read(surface::PATH)?,
            cargo_toml: read("Cargo.toml")?,
            changelog: read(CHANGELOG)?,
        })
    }
}

/// What the baseline was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Baseline {
    /// A record was there and was compared with.
    Recorded,
    /// No record yet: this run writes the first one, and nothing is classified.
    Missing,
    /// A record was there but could not be read (hand-edited, or another format); it is
    /// replaced, and nothing is classified.
    Unreadable(String),
}

/// The outcome of [`plan`]: what a spec change does to the crate and the version it gets.
#[derive(Clone, Debug)]
pub struct Release {
    /// What the new surface was compared with.
    pub baseline: Baseline,
    /// The changes.
    pub impact: Impact,
    /// The crate's version before.
    pub old_version: semver::Version,
    /// The version the crate gets.
    pub version: semver::Version,
}

impl Release {
    /// One line on the version: what it was, what it becomes, and why.
    pub fn version_line(&self) -> String {
        let why = match self.impact.class() {
            None => "no API change".to_string(),
            Some(class) => {
                let rule = match (self.old_version.major, class) {
                    (0, Class::Breaking) => "before 1.0, breaking bumps the minor",
                    (0, _) => "before 1.0, non-breaking bumps the patch",
                    (_, Class::Breaking) => "breaking bumps the major",
                    (_, Class::Additive) => "additive bumps the minor",
                    (_, Class::Docs) => "docs-only bumps the patch",
                };
                format!("{} change; {rule}", class.label())
            }
        };
        if self.version == self.old_version {
            format!("crate version stays {} ({why})", self.version)
        } else {
            format!(
                "crate version {} -> {} ({why})",
                self.old_version, self.version
            )
        }
    }
}

/// The previous record as read from [`Previous::record`]: `None` when there was none.
pub type OldRecord = Option<Result<Surface, surface::ReadError>>;

/// Reads the previous record. It needs nothing from the new spec, so [`crate::generate`]
/// reads it while the spec is lowered (on the core the lowering leaves idle) instead of
/// beside the formatting, which has both cores busy.
pub fn read_record(previous: &Previous) -> OldRecord {
    previous.record.as_deref().map(Surface::parse)
}

/// What the new surface is compared with, and the changes: run while the record is built,
/// so that a large spec's surface is compared and dropped before its JSON is kept.
pub fn compare(old: OldRecord, new: &Surface) -> (Baseline, Impact) {
    match old {
        None => (Baseline::Missing, Impact::default()),
        Some(Err(e)) => (Baseline::Unreadable(e.to_string()), Impact::default()),
        Some(Ok(old)) => (Baseline::Recorded, impact::compare(&old, new)),
    }
}

/// The release a change makes: the previous version bumped by the impact, or
/// `options.crate_version` when that is higher (raised by hand); never lower than before.
pub fn plan(
    previous: &Previous,
    options: &Options,
    baseline: Baseline,
    impact: Impact,
) -> Result<Release, String> {
    let configured = semver::Version::parse(&options.crate_version).map_err(|e| {
        format!(
            "the crate version `{}` is not a semver version: {e}",
            options.crate_version
        )
    })?;
    let old_version = previous
        .cargo_toml
        .as_deref()
        .and_then(package_version)
        .unwrap_or_else(|| configured.clone());
    let version = impact::next_version(&old_version, impact.class()).max(configured);
    Ok(Release {
        baseline,
        impact,
        old_version,
        version,
    })
}

/// `CHANGELOG.md`: a dated entry for the release's changes, if any, then the old entries
/// as they are, so generating again from the same spec changes nothing.
pub fn changelog(release: &Release, previous: &Previous, options: &Options, spec: &str) -> String {
    let kept = previous
        .changelog
        .as_deref()
        .map(old_entries)
        .unwrap_or_default();
    let entry = if release.impact.is_empty() {
        String::new()
    } else {
        entry(&release.version, &previous.date, &release.impact)
    };
    let header = files::header(CHANGELOG, spec, &options.command);
    format!(
        "{header}\n# Changelog\n\nOne entry per change of the API, written by `{}` from the difference\nbetween the recorded API surface (`{}`) and the one the spec and the generator give now.\nBreaking changes break code that compiled, or change what is sent; additive ones compile\nas before; docs-only ones change documentation alone. Items marked (wire) do not show in\nthe Rust API but change what the client sends or accepts.\n\n{entry}{kept}",
        options.command,
        surface::PATH
    )
}

/// `package.version` of a `Cargo.toml`, when it parses.
fn package_version(text: &str) -> Option<semver::Version> {
    let doc: toml::Table = text.parse().ok()?;
    let version = doc.get("package")?.get("version")?.as_str()?;
    semver::Version::parse(version).ok()
}

/// The entries of an existing changelog, kept byte for byte: everything from the first
/// `## ` heading on.
fn old_entries(text: &str) -> String {
    if text.starts_with("## ") {
        return text.to_string();
    }
    text.find("\n## ")
        .map(|i| text[i + 1..].to_string())
        .unwrap_or_default()
}

/// A changelog entry: the version and date, then the changes grouped by class.
pub fn entry(version: &semver::Version, date: &str, impact: &Impact) -> String {
    let mut out = format!("## {version} ({date})\n\n");
    for (class, title) in [
        (Class::Breaking, "Breaking"),
        (Class::Additive, "Additive"),
        (Class::Docs, "Docs"),
    ] {
        let lines: Vec<String> = impact
            .entries
            .iter()
            .filter(|e| e.class == class)
            .map(|e| {
                format!(
                    "- `{}`: {}{}\n",
                    e.item,
                    e.what,
                    match e.visibility {
                        Visibility::Rust => "",
                        Visibility::Wire => " (wire)",
                    }
                )
            })
            .collect();
        if !lines.is_empty() {
            out.push_str(&format!("### {title}\n\n{}\n", lines.concat()));
        }
    }
    out
}

/// Today's date, `YYYY-MM-DD` in UTC, or the date of `SOURCE_DATE_EPOCH` when it is set,
/// so a build that must be reproducible can pin it.
pub fn today() -> String {
    let secs = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(0))
        });
    civil_date(secs.div_euclid(86_400))
}

/// The proleptic Gregorian date of a day count since 1970-01-01 (Howard Hinnant's
/// `civil_from_days`).
fn civil_date(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(civil_date(0), "1970-01-01");
        assert_eq!(civil_date(11_016), "2000-02-29");
        assert_eq!(civil_date(20_785), "2026-11-28");
    }

    #[test]
    fn versions() {
        let v =
            |s: &str| semver::Version::parse(s).unwrap_or_else(|_| semver::Version::new(0, 0, 0));
        let next = |s: &str, c| impact::next_version(&v(s), c).to_string();
        assert_eq!(next("0.1.0", Some(Class::Breaking)), "0.2.0");
        assert_eq!(next("0.1.3", Some(Class::Additive)), "0.1.4");
        assert_eq!(next("0.1.3", Some(Class::Docs)), "0.1.4");
        assert_eq!(next("1.2.3", Some(Class::Breaking)), "2.0.0");
        assert_eq!(next("1.2.3", Some(Class::Additive)), "1.3.0");
        assert_eq!(next("1.2.3", Some(Class::Docs)), "1.2.4");
        assert_eq!(next("1.2.3", None), "1.2.3");
    }

    #[test]
    fn old_entries_are_kept_whole() {
        assert_eq!(
            old_entries("<!-- x -->\n# Changelog\n\nintro\n\n## 0.2.0 (d)\n\n- a\n"),
            "## 0.2.0 (d)\n\n- a\n"
        );
        assert_eq!(old_entries("<!-- x -->\n# Changelog\n\nintro\n"), "");
    }
}
