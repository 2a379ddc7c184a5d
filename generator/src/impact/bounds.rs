//! Constraint changes: a tightened bound refuses values the client used to send, a loosened one only accepts more.

use super::keyed::Paired;
use super::{Class, Diff, show};
use crate::surface::ConstraintsRec;
use std::cmp::Ordering;
use std::fmt;

/// Which end of the allowed range a bound closes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum End {
    Lower,
    Upper,
}

/// A limit on a length, a count or a number. Of two bounds on the same end, the greater is
/// the tighter: it refuses more values. Shows as its value.
#[derive(Clone, Copy, Debug)]
struct Bound<V> {
    value: V,
    end: End,
    exclusive: bool,
}

impl<V> Bound<V> {
    fn new(value: Option<V>, end: End, exclusive: bool) -> Option<Self> {
        value.map(|value| Bound {
            value,
            end,
            exclusive,
        })
    }
}

impl<V: PartialOrd> Ord for Bound<V> {
    fn cmp(&self, other: &Self) -> Ordering {
        // Records come from JSON, which has no NaN; should one appear anyway it orders
        // against nothing, and the bound counts as unchanged whatever its exclusivity.
        let Some(by_value) = self.value.partial_cmp(&other.value) else {
            return Ordering::Equal;
        };
        let by_value = match self.end {
            End::Lower => by_value,
            End::Upper => by_value.reverse(),
        };
        // An exclusive bound also refuses the value itself: a hair tighter.
        by_value.then(self.exclusive.cmp(&other.exclusive))
    }
}

impl<V: PartialOrd> PartialOrd for Bound<V> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl<V: PartialOrd> PartialEq for Bound<V> {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl<V: PartialOrd> Eq for Bound<V> {}

impl<V: fmt::Display> fmt::Display for Bound<V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.value.fmt(f)
    }
}

/// The bounds that moved, each in the changelog's words.
#[derive(Default)]
struct Moves {
    tightened: Vec<String>,
    loosened: Vec<String>,
}

impl Moves {
    /// `tighter` is how the new bound compares with the old one; an absent bound is the
    /// loosest of all, which is how `Option` orders `None`.
    fn record(&mut self, tighter: Ordering, what: impl FnOnce() -> String) {
        match tighter {
            Ordering::Greater => self.tightened.push(what()),
            Ordering::Less => self.loosened.push(what()),
            Ordering::Equal => {}
        }
    }
}

impl Diff {
    /// Tightened constraints refuse values the client used to send.
    pub(super) fn constraints(&mut self, item: &str, o: &ConstraintsRec, n: &ConstraintsRec) {
        let mut moves = Moves::default();
        let counts = [
            ("maxLength", End::Upper, o.max_length, n.max_length),
            ("maxItems", End::Upper, o.max_items, n.max_items),
            ("minLength", End::Lower, o.min_length, n.min_length),
            ("minItems", End::Lower, o.min_items, n.min_items),
        ];
        for (name, end, o, n) in counts {
            let (o, n) = (Bound::new(o, end, false), Bound::new(n, end, false));
            // No count is below zero: a lower bound of 0 refuses nothing, like none.
            let binding = |b: Option<Bound<u64>>| b.filter(|b| b.end == End::Upper || b.value > 0);
            moves.record(binding(n).cmp(&binding(o)), || match (o, n) {
                (None, Some(n)) => format!("{name} {n} added"),
                (Some(o), None) => format!("{name} {o} removed"),
                _ => format!("{name} {} -> {}", show(&o), show(&n)),
            });
        }
        let numbers = [
            (
                "minimum",
                End::Lower,
                (o.minimum, o.exclusive_minimum),
                (n.minimum, n.exclusive_minimum),
            ),
            (
                "maximum",
                End::Upper,
                (o.maximum, o.exclusive_maximum),
                (n.maximum, n.exclusive_maximum),
            ),
        ];
        for (name, end, (o, o_exclusive), (n, n_exclusive)) in numbers {
            let (o, n) = (
                Bound::new(o, end, o_exclusive),
                Bound::new(n, end, n_exclusive),
            );
            // Both sides are shown: exclusivity can change while the value stays.
            moves.record(n.cmp(&o), || format!("{name} {} -> {}", show(&o), show(&n)));
        }
        match Paired::of(o.pattern.as_ref(), n.pattern.as_ref()) {
            Some(Paired::Added(p)) => {
                moves.record(Ordering::Greater, || format!("pattern `{p}` added"))
            }
            Some(Paired::Removed(p)) => {
                moves.record(Ordering::Less, || format!("pattern `{p}` removed"))
            }
            // Whether one regex accepts more than another is not decidable here: a
            // changed pattern may refuse what the old one took.
            Some(Paired::Both(a, b)) if a != b => {
                moves.record(Ordering::Greater, || format!("pattern `{a}` -> `{b}`"))
            }
            _ => {}
        }
        let moved = [
            (Class::Breaking, "tightened", moves.tightened),
            (Class::Additive, "loosened", moves.loosened),
        ];
        for (class, how, bounds) in moved {
            if !bounds.is_empty() {
                let what = format!("constraint {how}: {}", bounds.join(", "));
                self.wire(class, item, what);
            }
        }
    }
}
