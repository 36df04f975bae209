//! Where `print` goes: a per-sandbox buffer that hands only whole lines to
//! the shared sink, each batch in one locked write, so lines printed by
//! different sandboxes never mix (item 6 of the sandboxed-threads issue).
//!
//! A line longer than `MAX_LINE` is written in pieces (the only case where
//! another sandbox's line could land inside one).

use std::io::Write;
use std::sync::Arc;

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

impl Sink {
    fn write(&self, bytes: &[u8]) {
        match self {
            Sink::Stdout => {
                let mut o = std::io::stdout().lock();
                let _ = o.write_all(bytes);
                let _ = o.flush();
            }
            Sink::Buffer(b) => b.lock().extend_from_slice(bytes),
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
