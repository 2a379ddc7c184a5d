//! Runs independent work items on several threads, with the results in the items' order.

use std::sync::atomic::{AtomicUsize, Ordering};

/// `f` of each item on up to `threads` threads (at most 16), the results in the items'
/// order whatever the thread count. Items are handed out one at a time from a shared
/// counter, so a few slow items do not leave one thread working alone while others idle.
pub fn on_threads<T: Sync, R: Send>(
    items: &[T],
    threads: usize,
    f: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let next = AtomicUsize::new(0);
    let work = || {
        let mut mine = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(item) = items.get(i) else { break };
            mine.push((i, f(item)));
        }
        mine
    };
    let mut done: Vec<(usize, R)> = std::thread::scope(|scope| {
        let others: Vec<_> = (1..threads.clamp(1, 16))
            .map(|_| scope.spawn(work))
            .collect();
        let mut all = work();
        for other in others {
            match other.join() {
                Ok(theirs) => all.extend(theirs),
                // As if `f` had panicked on this thread.
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        all
    });
    done.sort_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, r)| r).collect()
}

#[cfg(test)]
mod tests {
    use super::on_threads;

    #[test]
    fn results_keep_the_items_order_whatever_the_threads() {
        let items: Vec<u32> = (0..1000).collect();
        for threads in [0, 1, 2, 7] {
            let squares = on_threads(&items, threads, |i| i * i);
            assert_eq!(squares, items.iter().map(|i| i * i).collect::<Vec<_>>());
        }
        assert!(on_threads(&[] as &[u32], 4, |i| *i).is_empty());
    }
}
