//! `sandbox.Queue`: a lock-free channel (crossbeam-channel) between
//! sandboxes and the host.
//!
//! Items are `Frozen` handles, so an item in a queue is pinned (a root of
//! the shared heap) until a sandbox takes it, records it in its root set and
//! drops the handle. `put` freezes its argument first.
//!
//! Blocking: a sandbox blocked in `put` or `get` is in a safe region (it
//! does not hold up a collection), polls for a few microseconds
//! (`spin.rs`), then sleeps in `crossbeam_channel::select!`
//! on three things at once: the channel, the queue's close signal, and its
//! own cancel signal, so `close()` and `cancel()` wake it at once.
//!
//! Closing: `close()` refuses further puts (`QueueClosed`); gets still drain
//! what is queued, then raise `QueueClosed` instead of blocking.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use crossbeam_channel::{Receiver, Sender};
use parking_lot::Mutex;

use super::frozen::Frozen;
use crate::object::host::{HostObject, HostType, SharedHost};

/// The shared part of a queue.
pub struct QueueShared {
    tx: Sender<Frozen>,
    rx: Receiver<Frozen>,
    /// 0 for unbounded.
    pub maxsize: usize,
    closed: AtomicBool,
    /// Dropped on close: every `select!` waiting on `close_rx` wakes.
    close_tx: Mutex<Option<Sender<()>>>,
    close_rx: Receiver<()>,
}

/// Why a queue operation did not complete.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QueueError {
    /// Non-blocking get on an empty queue, or a timed get ran out.
    Empty,
    /// Non-blocking put on a full queue, or a timed put ran out.
    Full,
    /// The queue was closed (and, for get, is empty).
    Closed,
    /// The waiting sandbox was cancelled.
    Cancelled,
}

impl std::fmt::Display for QueueError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            QueueError::Empty => "the queue is empty",
            QueueError::Full => "the queue is full",
            QueueError::Closed => "the queue is closed",
            QueueError::Cancelled => "the waiting sandbox was cancelled",
        })
    }
}

impl std::error::Error for QueueError {}

/// How long to wait.
#[derive(Debug, Clone, Copy)]
pub enum Wait {
    No,
    Forever,
    Until(Instant),
}

impl Wait {
    /// From Python's `block` and `timeout` arguments.
    pub fn from_args(block: bool, timeout: Option<f64>) -> Wait {
        match (block, timeout) {
            (false, _) => Wait::No,
            (true, None) => Wait::Forever,
            (true, Some(t)) => {
                let d = Duration::try_from_secs_f64(t.max(0.0)).unwrap_or(Duration::MAX);
                Instant::now()
                    .checked_add(d)
                    .map_or(Wait::Forever, Wait::Until)
            }
        }
    }
}

impl QueueShared {
    pub fn new(maxsize: usize) -> QueueShared {
        let (tx, rx) = if maxsize == 0 {
            crossbeam_channel::unbounded()
        } else {
            crossbeam_channel::bounded(maxsize)
        };
        let (ctx, crx) = crossbeam_channel::bounded(0);
        QueueShared {
            tx,
            rx,
            maxsize,
            closed: AtomicBool::new(false),
            close_tx: Mutex::new(Some(ctx)),
            close_rx: crx,
        }
    }

    pub fn len(&self) -> usize {
        self.rx.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rx.is_empty()
    }

    pub fn is_closed(&self) -> bool {
        self.closed.load(Ordering::Acquire)
    }

    /// Close the queue (idempotent).
    pub fn close(&self) {
        self.closed.store(true, Ordering::Release);
        self.close_tx.lock().take();
    }

    /// Put `item`. `cancel` is the waiting sandbox's cancel signal (never
    /// ready for the host).
    pub fn put(&self, item: Frozen, wait: Wait, cancel: &Receiver<()>) -> Result<(), QueueError> {
        if self.is_closed() {
            return Err(QueueError::Closed);
        }
        let item = match self.tx.try_send(item) {
            Ok(()) => return Ok(()),
            Err(crossbeam_channel::TrySendError::Full(i)) => i,
            Err(crossbeam_channel::TrySendError::Disconnected(_)) => {
                return Err(QueueError::Closed);
            }
        };
        let deadline = match wait {
            Wait::No => return Err(QueueError::Full),
            Wait::Forever => None,
            Wait::Until(t) => Some(t),
        };
        let mut item = Some(item);
        let sent = super::spin::poll(|| {
            let i = item.take()?;
            match self.tx.try_send(i) {
                Ok(()) => Some(Ok(())),
                Err(crossbeam_channel::TrySendError::Full(i)) => {
                    item = Some(i);
                    None
                }
                Err(crossbeam_channel::TrySendError::Disconnected(_)) => {
                    Some(Err(QueueError::Closed))
                }
            }
        });
        if let Some(r) = sent {
            return r;
        }
        let Some(item) = item else {
            unreachable!("the item is kept until it is sent")
        };
        let timeout = deadline.map_or(crossbeam_channel::never(), crossbeam_channel::at);
        crossbeam_channel::select! {
            send(self.tx, item) -> r => r.map_err(|_| QueueError::Closed),
            recv(self.close_rx) -> _ => Err(QueueError::Closed),
            recv(cancel) -> _ => Err(QueueError::Cancelled),
            recv(timeout) -> _ => Err(QueueError::Full),
        }
    }

    /// Take the next item.
    pub fn get(&self, wait: Wait, cancel: &Receiver<()>) -> Result<Frozen, QueueError> {
        if let Ok(i) = self.rx.try_recv() {
            return Ok(i);
        }
        if self.is_closed() {
            return Err(QueueError::Closed);
        }
        let deadline = match wait {
            Wait::No => return Err(QueueError::Empty),
            Wait::Forever => None,
            Wait::Until(t) => Some(t),
        };
        if let Some(i) = super::spin::poll(|| self.rx.try_recv().ok()) {
            return Ok(i);
        }
        let timeout = deadline.map_or(crossbeam_channel::never(), crossbeam_channel::at);
        crossbeam_channel::select! {
            recv(self.rx) -> r => r.map_err(|_| QueueError::Closed),
            recv(self.close_rx) -> _ => self.rx.try_recv().map_err(|_| QueueError::Closed),
            recv(cancel) -> _ => Err(QueueError::Cancelled),
            recv(timeout) -> _ => Err(QueueError::Empty),
        }
    }
}

/// The Python type of a queue object (`sandbox.Queue`).
pub static QUEUE_TYPE: HostType = HostType::new("Queue");

/// A queue object's payload: the shared channel. Freezing one shares it.
impl HostObject for Arc<QueueShared> {
    fn host_type(&self) -> &'static HostType {
        &QUEUE_TYPE
    }

    fn repr(&self, addr: usize) -> String {
        format!("<sandbox.Queue object at {addr:#x}>")
    }

    fn shared_identity(&self) -> Option<usize> {
        Some(Arc::as_ptr(self) as usize)
    }

    fn share(&self) -> Option<Box<dyn SharedHost>> {
        Some(Box::new(self.clone()))
    }
}
