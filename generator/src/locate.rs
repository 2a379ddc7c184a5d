//! Finds the line and column of a JSON pointer in the spec text (YAML or JSON).
//!
//! serde gives positions only for syntax errors, and openapiv3 keeps none, so errors found
//! later (a dangling `$ref`, an unsupported construct) are located here by walking the
//! parser's events with their positions. This runs only when there is something to report.

use crate::diag::Location;
use crate::pointer::segments;
use std::collections::{HashMap, HashSet};
use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::Marker;

/// The position of the node at `pointer`, or of its nearest ancestor that exists.
pub fn locate(source: &str, pointer: &str) -> Option<Location> {
    locate_all(source, &[pointer]).pop().flatten()
}

/// [`locate`] for many pointers in one pass over the file.
pub fn locate_all(source: &str, pointers: &[&str]) -> Vec<Option<Location>> {
    let targets: Vec<Vec<String>> = pointers.iter().map(|p| segments(p)).collect();
    // Every prefix of every target, keyed as the walker keys nodes.
    let wanted: HashSet<String> = targets
        .iter()
        .flat_map(|t| (0..=t.len()).map(move |n| t[..n].join("/")))
        .collect();
    let mut walker = Walker {
        wanted,
        stack: Vec::new(),
        found: HashMap::new(),
    };
    let mut parser = Parser::new_from_str(source);
    // A parse error here only means some positions stay unknown; the caller already has
    // the diagnostic, so it is reported without a location rather than replaced.
    let _ = parser.load(&mut walker, false);
    targets
        .iter()
        .map(|t| {
            (0..=t.len())
                .rev()
                .find_map(|n| walker.found.get(&t[..n].join("/")))
                .map(|m| Location {
                    line: m.line(),
                    column: m.col() + 1,
                })
        })
        .collect()
}

enum Frame {
    Map {
        key: Option<String>,
        expect_key: bool,
    },
    Seq {
        index: usize,
    },
}

struct Walker {
    wanted: HashSet<String>,
    stack: Vec<Frame>,
    found: HashMap<String, Marker>,
}

impl Walker {
    /// True when the node starting now is a mapping key rather than a value.
    fn at_key(&self) -> bool {
        matches!(
            self.stack.last(),
            Some(Frame::Map {
                expect_key: true,
                ..
            })
        )
    }

    /// Records where a value node starts if some target passes through it.
    fn visit(&mut self, mark: Marker) {
        let mut key = String::new();
        for (i, frame) in self.stack.iter().enumerate() {
            if i > 0 {
                key.push('/');
            }
            match frame {
                Frame::Map { key: Some(k), .. } => key.push_str(k),
                Frame::Map { key: None, .. } => return,
                Frame::Seq { index } => key.push_str(&index.to_string()),
            }
        }
        if self.wanted.contains(&key) {
            self.found.entry(key).or_insert(mark);
        }
    }

    /// Moves the parent on after a complete value.
    fn finish_value(&mut self) {
        match self.stack.last_mut() {
            Some(Frame::Map { expect_key, .. }) => *expect_key = true,
            Some(Frame::Seq { index }) => *index += 1,
            None => {}
        }
    }
}

impl MarkedEventReceiver for Walker {
    fn on_event(&mut self, ev: Event, mark: Marker) {
        match ev {
            Event::Scalar(value, ..) => {
                if self.at_key() {
                    if let Some(Frame::Map { key, expect_key }) = self.stack.last_mut() {
                        *key = Some(value);
                        *expect_key = false;
                    }
                } else {
                    self.visit(mark);
                    self.finish_value();
                }
            }
            Event::MappingStart(..) | Event::SequenceStart(..) => {
                if self.at_key() {
                    // A complex key: no pointer can name it or anything below it.
                    if let Some(Frame::Map { key, expect_key }) = self.stack.last_mut() {
                        *key = None;
                        *expect_key = false;
                    }
                } else {
                    self.visit(mark);
                }
                self.stack.push(if matches!(ev, Event::MappingStart(..)) {
                    Frame::Map {
                        key: None,
                        expect_key: true,
                    }
                } else {
                    Frame::Seq { index: 0 }
                });
            }
            Event::MappingEnd | Event::SequenceEnd => {
                self.stack.pop();
                self.finish_value();
            }
            Event::Alias(..) => {
                self.visit(mark);
                self.finish_value();
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{locate, locate_all};
    use crate::diag::Location;

    #[test]
    fn thousands_of_pointers_in_one_minified_line_are_found_in_one_pass() {
        let items: Vec<String> = (0..3_000)
            .map(|i| format!("\"k{i}\":{{\"$ref\":\"#/x/{i}\"}}"))
            .collect();
        let json = format!("{{\"a\":{{{}}}}}", items.join(","));
        let pointers: Vec<String> = (0..3_000).map(|i| format!("#/a/k{i}/$ref")).collect();
        let pointers: Vec<&str> = pointers.iter().map(String::as_str).collect();
        let found = locate_all(&json, &pointers);
        for (i, loc) in found.iter().enumerate() {
            let column = json.find(&format!("\"#/x/{i}\"")).unwrap_or_default() + 1;
            assert_eq!(*loc, Some(Location { line: 1, column }), "pointer {i}");
        }
    }

    #[test]
    fn finds_yaml_and_json_nodes() {
        let yaml = "a:\n  b:\n    - x\n    - y: 1\n";
        assert_eq!(
            locate(yaml, "#/a/b/1/y"),
            Some(Location {
                line: 4,
                column: 10
            })
        );
        // A pointer that goes further than the file stops at the deepest existing node.
        assert_eq!(
            locate(yaml, "#/a/b/0/zz"),
            Some(Location { line: 3, column: 7 })
        );
        let json = "{\n  \"paths\": {\n    \"/p\": {\"get\": 1}\n  }\n}";
        assert_eq!(
            locate(json, "#/paths/~1p/get"),
            Some(Location {
                line: 3,
                column: 19
            })
        );
    }
}
