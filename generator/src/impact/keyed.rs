//! Pairs the items of two lists by key in linear time, so that records of thousands of types compare quickly.

use std::collections::{HashMap, HashSet};

/// An item of a keyed comparison: in the new list only, in the old list only, or in both.
#[derive(Clone, Copy, Debug)]
pub(super) enum Paired<'a, T> {
    /// Only in the new list.
    Added(&'a T),
    /// Only in the old list.
    Removed(&'a T),
    /// In both, old first.
    Both(&'a T, &'a T),
}

impl<'a, T> Paired<'a, T> {
    /// An optional item before and after; `None` when neither has it.
    pub(super) fn of(old: Option<&'a T>, new: Option<&'a T>) -> Option<Self> {
        match (old, new) {
            (None, None) => None,
            (None, Some(n)) => Some(Paired::Added(n)),
            (Some(o), None) => Some(Paired::Removed(o)),
            (Some(o), Some(n)) => Some(Paired::Both(o, n)),
        }
    }

    /// The new item, or the old one when it was removed: the one an entry names.
    pub(super) fn latest(&self) -> &'a T {
        match *self {
            Paired::Added(n) | Paired::Both(_, n) => n,
            Paired::Removed(o) => o,
        }
    }
}

/// Pairs items of two lists by key: kept and added items in the order of the new list, then
/// removed items in the order of the old one, so that entries follow the new record. A key
/// repeated in the old list pairs with its first item; its later items are neither kept nor
/// removed.
pub(super) fn paired<'a, T>(
    old: &'a [T],
    new: &'a [T],
    key: impl Fn(&'a T) -> &'a str,
) -> Vec<Paired<'a, T>> {
    let mut first_old: HashMap<&str, &T> = HashMap::with_capacity(old.len());
    for o in old {
        first_old.entry(key(o)).or_insert(o);
    }
    let new_keys: HashSet<&str> = new.iter().map(&key).collect();
    let kept = new.iter().map(|n| match first_old.get(key(n)) {
        Some(&o) => Paired::Both(o, n),
        None => Paired::Added(n),
    });
    let removed = old
        .iter()
        .filter(|o| !new_keys.contains(key(o)))
        .map(Paired::Removed);
    kept.chain(removed).collect()
}
