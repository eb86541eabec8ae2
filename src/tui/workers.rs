//! Threads that do the interface's git work (how far the branch and its
//! upstream are apart, an activity's history), so the thread that reads
//! keys and draws never waits on git.
//!
//! Each request carries a sequence number; the [`App`](super::app::App)
//! keeps the number of the request it asked last and drops any answer to
//! an older one. A [`Latest`] worker answers one request at a time, and of
//! the requests that waited meanwhile only the newest.

use std::sync::mpsc::{self, Receiver, Sender};

/// A worker thread answering only the newest of the requests waiting.
pub struct Latest<Q, A> {
    tx: Sender<(u64, Q)>,
    /// Answers: the request's number and the answer.
    pub rx: Receiver<(u64, A)>,
}

impl<Q: Send + 'static, A: Send + 'static> Latest<Q, A> {
    /// Starts the thread; `work` answers one request.
    pub fn spawn(mut work: impl FnMut(Q) -> A + Send + 'static) -> Latest<Q, A> {
        let (tx, req_rx) = mpsc::channel::<(u64, Q)>();
        let (res_tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            while let Ok(first) = req_rx.recv() {
                // Requests that waited meanwhile: only the newest counts.
                let (seq, q) = req_rx.try_iter().last().unwrap_or(first);
                if res_tx.send((seq, work(q))).is_err() {
                    return;
                }
            }
        });
        Latest { tx, rx }
    }

    /// Sends request number `seq`; its answer arrives on `rx` (unless a
    /// newer request was sent before the worker took it).
    pub fn send(&self, seq: u64, q: Q) {
        let _ = self.tx.send((seq, q));
    }
}

/// The numbers of one kind of request: the one asked last, and whether
/// its answer is still out.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Asked {
    /// The number of the request asked last (0: none yet).
    pub seq: u64,
    /// Its answer has not arrived yet.
    pub pending: bool,
}

impl Asked {
    /// A new request: its number.
    pub fn ask(&mut self) -> u64 {
        self.seq += 1;
        self.pending = true;
        self.seq
    }

    /// Whether the answer to request `seq` is the one waited for (an
    /// answer to an older request is not); takes it as answered.
    pub fn answers(&mut self, seq: u64) -> bool {
        if seq != self.seq || !self.pending {
            return false;
        }
        self.pending = false;
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn requests_that_waited_are_answered_by_the_newest_only() {
        let (gate_tx, gate_rx) = mpsc::channel::<()>();
        let w = Latest::spawn(move |q: u32| {
            // The first request holds the worker until the test lets go.
            if q == 1 {
                let _ = gate_rx.recv();
            }
            q * 10
        });
        w.send(1, 1);
        // Wait until the worker took request 1 and is held by it.
        std::thread::sleep(Duration::from_millis(50));
        w.send(2, 2);
        w.send(3, 3);
        gate_tx.send(()).expect("gate");
        let first = w.rx.recv_timeout(Duration::from_secs(10)).expect("answer");
        let second = w.rx.recv_timeout(Duration::from_secs(10)).expect("answer");
        assert_eq!((first, second), ((1, 10), (3, 30)));
        assert!(w.rx.recv_timeout(Duration::from_millis(100)).is_err());
    }

    #[test]
    fn only_the_answer_to_the_request_asked_last_is_taken() {
        let mut asked = Asked::default();
        let one = asked.ask();
        let two = asked.ask();
        assert!(!asked.answers(one), "an older request's answer is dropped");
        assert!(asked.pending);
        assert!(asked.answers(two));
        assert!(!asked.pending);
        assert!(!asked.answers(two), "an answer is taken once");
    }
}
