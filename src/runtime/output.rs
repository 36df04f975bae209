//! Where `print` goes. stdout and stderr are proxied (docs/design.md rule 4): one
//! writer thread owns the process's stdout and stderr, and every sandbox
//! sends it whole lines. Each sandbox batches its lines (the proxy's
//! caller side), so a print costs no round trip: a batch is sent when 64
//! KiB have gathered, before the sandbox blocks (so output order follows
//! causality between sandboxes), and when it flushes or ends (then it waits
//! until the writer has written it). Batches hold whole lines only, so
//! lines from different sandboxes never mix; stderr goes through the same
//! writer, in order with stdout. The output cap is charged per sandbox
//! before the bytes are buffered (vm/limits.rs).
//!
//! A line longer than `MAX_LINE` is written in pieces (the only case where
//! another sandbox's line could land inside one).

use std::io::Write;
use std::sync::{Arc, OnceLock};

use crossbeam_channel::Sender;

/// Flush complete lines once this much is buffered.
const FLUSH_AT: usize = 64 * 1024;
/// A line without a newline is cut after this much.
const MAX_LINE: usize = 1 << 20;

/// The destination shared by every sandbox of a run.
#[derive(Clone)]
pub enum Sink {
    /// The process's stdout (std's lock makes each write atomic).
    Stdout,
    /// An in-memory buffer (captured runs, embedding, tests).
    Buffer(Arc<parking_lot::Mutex<Vec<u8>>>),
}

/// What the writer is sent.
enum Msg {
    Out(Vec<u8>),
    Err(Vec<u8>),
    /// Answer once everything sent before is written.
    Sync(Sender<()>),
}

/// Batches the writer may hold before a sender waits (bounded, so a
/// sandbox printing faster than stdout drains cannot fill memory).
const QUEUED: usize = 64;

/// The writer thread's channel, started on first use (None if the thread
/// could not be started: then sandboxes write directly, under std's lock).
static WRITER: OnceLock<Option<Sender<Msg>>> = OnceLock::new();

fn writer() -> Option<&'static Sender<Msg>> {
    WRITER
        .get_or_init(|| {
            let (tx, rx) = crossbeam_channel::bounded::<Msg>(QUEUED);
            std::thread::Builder::new()
                .name("sandpy-stdout".into())
                .spawn(move || {
                    while let Ok(m) = rx.recv() {
                        let mut out = std::io::stdout().lock();
                        let mut next = Some(m);
                        // Write what is queued under one lock, one flush.
                        while let Some(m) = next.take() {
                            match m {
                                Msg::Out(b) => {
                                    let _ = out.write_all(&b);
                                }
                                Msg::Err(b) => {
                                    let _ = out.flush();
                                    let mut e = std::io::stderr().lock();
                                    let _ = e.write_all(&b);
                                    let _ = e.flush();
                                }
                                Msg::Sync(ack) => {
                                    let _ = out.flush();
                                    let _ = ack.send(());
                                }
                            }
                            next = rx.try_recv().ok();
                        }
                        let _ = out.flush();
                    }
                })
                .ok()
                .map(|_| tx)
        })
        .as_ref()
}

impl Sink {
    fn write(&self, bytes: &[u8]) {
        match self {
            Sink::Stdout => match writer() {
                Some(w) => {
                    let _ = w.send(Msg::Out(bytes.to_vec()));
                }
                None => {
                    let mut o = std::io::stdout().lock();
                    let _ = o.write_all(bytes);
                    let _ = o.flush();
                }
            },
            Sink::Buffer(b) => b.lock().extend_from_slice(bytes),
        }
    }

    /// Write to the process's stderr, in order with what was sent to
    /// stdout before.
    pub fn write_err(bytes: &[u8]) {
        match writer() {
            Some(w) => {
                let _ = w.send(Msg::Err(bytes.to_vec()));
            }
            None => {
                let mut e = std::io::stderr().lock();
                let _ = e.write_all(bytes);
                let _ = e.flush();
            }
        }
    }

    /// Wait until everything sent so far is written (stdout only; an
    /// in-memory sink is always up to date).
    pub fn sync(&self) {
        if let Sink::Stdout = self {
            Sink::sync_stdout();
        }
    }

    /// Wait until the writer has written everything sent to it so far
    /// (nothing to wait for if it was never started).
    pub fn sync_stdout() {
        if let Some(Some(w)) = WRITER.get() {
            let (tx, rx) = crossbeam_channel::bounded(1);
            if w.send(Msg::Sync(tx)).is_ok() {
                let _ = rx.recv();
            }
        }
    }

    /// A new in-memory sink.
    pub fn buffer() -> Sink {
        Sink::Buffer(Arc::new(parking_lot::Mutex::new(Vec::new())))
    }

    /// Take the text written to an in-memory sink so far, emptying it.
    pub fn take(&self) -> Option<String> {
        match self {
            Sink::Stdout => None,
            Sink::Buffer(b) => {
                let bytes = std::mem::take(&mut *b.lock());
                Some(String::from_utf8_lossy(&bytes).into_owned())
            }
        }
    }

    /// The text written to an in-memory sink so far.
    pub fn contents(&self) -> Option<String> {
        match self {
            Sink::Stdout => None,
            Sink::Buffer(b) => Some(String::from_utf8_lossy(&b.lock()).into_owned()),
        }
    }
}

/// One sandbox's output: its pending bytes and the shared sink.
pub struct Output {
    pub sink: Sink,
    buf: Vec<u8>,
}

impl Output {
    pub fn new(sink: Sink) -> Output {
        Output {
            sink,
            buf: Vec::new(),
        }
    }

    /// Buffer `bytes`; hand whole lines on when enough has gathered.
    #[inline]
    pub fn write(&mut self, bytes: &[u8]) {
        self.buf.extend_from_slice(bytes);
        if self.buf.len() >= FLUSH_AT {
            self.flush_lines();
        }
    }

    /// Hand every complete line to the sink (and an over-long partial line).
    pub fn flush_lines(&mut self) {
        let cut = match self.buf.iter().rposition(|&b| b == b'\n') {
            Some(i) => i + 1,
            None if self.buf.len() >= MAX_LINE => self.buf.len(),
            None => return,
        };
        self.sink.write(&self.buf[..cut]);
        self.buf.drain(..cut);
    }

    /// Hand everything to the sink, partial last line included.
    pub fn flush_all(&mut self) {
        if !self.buf.is_empty() {
            self.sink.write(&self.buf);
            self.buf.clear();
        }
    }
}

impl Drop for Output {
    fn drop(&mut self) {
        self.flush_all();
    }
}
