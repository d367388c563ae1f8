//! Streaming for the batch commands: files read in numbered blocks of whole records (lines, CSV records or households), worked on by
//! a pool of threads, results handed back in block order, progress on stderr.

use crate::csvrec::{cut_point, Cut};
use crate::Failure;
use std::collections::BTreeMap;
use std::io::{IsTerminal, Read};
use std::sync::{mpsc, Mutex};
use std::time::Instant;

fn io_err(e: std::io::Error) -> Failure {
    Failure::new("io", format!("读写失败 / I/O error: {e}"))
}

/// A block of whole records (whole households for household CSV), numbered.
pub struct Chunk {
    /// Position in the file, from 0.
    pub seq: u64,
    /// The 1-based line number of the first line.
    pub first_line: u64,
    /// The bytes.
    pub bytes: Vec<u8>,
}

/// Progress on stderr: a bar redrawn in place on a terminal, a line every 10 % otherwise.
pub struct Progress {
    label: String,
    total: u64,
    tty: bool,
    shown: u64,
    started: Instant,
}

impl Progress {
    /// A bar for `total` bytes.
    pub fn new(label: String, total: u64) -> Progress {
        Progress {
            label,
            total: total.max(1),
            tty: std::io::stderr().is_terminal(),
            shown: u64::MAX,
            started: Instant::now(),
        }
    }

    /// Shows `done` bytes.
    pub fn update(&mut self, done: u64) {
        let pct = (done.saturating_mul(100) / self.total).min(100);
        let step = if self.tty { pct } else { pct / 10 * 10 };
        if step == self.shown {
            return;
        }
        self.shown = step;
        let bar: String = (0..20)
            .map(|i| if i * 5 < pct { '#' } else { '.' })
            .collect();
        let line = format!(
            "{} [{bar}] {pct:>3}% {:.1} s",
            self.label,
            self.started.elapsed().as_secs_f64()
        );
        if self.tty {
            eprint!("\r{line}");
            if pct == 100 {
                eprintln!();
            }
        } else {
            eprintln!("{line}");
        }
    }
}

/// Reads the rest of `reader` in blocks of about 4 MiB cut after whole items (whole
/// households or records, as `cut` says) and hands them on; `false` from `send` stops.
pub fn read_chunks(
    reader: &mut dyn Read,
    cut: Cut,
    first_line: u64,
    progress: &mut Progress,
    start_bytes: u64,
    send: &mut dyn FnMut(Chunk) -> bool,
) -> Result<(), Failure> {
    let mut carry: Vec<u8> = Vec::with_capacity(1 << 23);
    let mut buf = vec![0u8; 1 << 22];
    let mut seq = 0u64;
    let mut line = first_line;
    let mut read = start_bytes;
    let mut emit = |bytes: Vec<u8>, line: &mut u64, seq: &mut u64| -> bool {
        let n = bytes.iter().filter(|b| **b == b'\n').count() as u64;
        let c = Chunk {
            seq: *seq,
            first_line: *line,
            bytes,
        };
        *seq += 1;
        *line += n;
        send(c)
    };
    loop {
        let n = reader.read(&mut buf).map_err(io_err)?;
        if n == 0 {
            if !carry.is_empty() {
                emit(carry, &mut line, &mut seq);
            }
            break;
        }
        read += n as u64;
        progress.update(read);
        carry.extend_from_slice(buf.get(..n).unwrap_or(&[]));
        if carry.len() < (1 << 22) {
            continue;
        }
        if let Some(cut) = cut_point(&carry, cut) {
            let rest = carry.split_off(cut);
            if !emit(std::mem::replace(&mut carry, rest), &mut line, &mut seq) {
                break;
            }
        }
    }
    progress.update(u64::MAX / 200);
    Ok(())
}

/// Runs `work` on every chunk on `threads` workers while `produce` reads; `sink` gets each
/// result on the calling thread, in chunk order.
pub fn parallel<T: Send>(
    threads: usize,
    produce: impl FnOnce(&mut dyn FnMut(Chunk) -> bool) -> Result<(), Failure> + Send,
    work: impl Fn(&Chunk) -> T + Sync,
    mut sink: impl FnMut(T) -> Result<(), Failure>,
) -> Result<(), Failure> {
    let (tx, rx) = mpsc::sync_channel::<Chunk>(threads * 2);
    let (rtx, rrx) = mpsc::sync_channel::<(u64, T)>(threads * 4);
    let rx = Mutex::new(rx);
    std::thread::scope(|s| {
        let producer = s.spawn(move || produce(&mut |c| tx.send(c).is_ok()));
        for _ in 0..threads {
            let rtx = rtx.clone();
            let (rx, work) = (&rx, &work);
            s.spawn(move || loop {
                let next = rx.lock().ok().and_then(|r| r.recv().ok());
                let Some(chunk) = next else { break };
                if rtx.send((chunk.seq, work(&chunk))).is_err() {
                    break;
                }
            });
        }
        drop(rtx);
        let mut pending: BTreeMap<u64, T> = BTreeMap::new();
        let mut next = 0u64;
        let mut result = Ok(());
        for (seq, t) in rrx.iter() {
            pending.insert(seq, t);
            while let Some(t) = pending.remove(&next) {
                next += 1;
                if result.is_ok() {
                    result = sink(t);
                }
            }
        }
        let produced = producer
            .join()
            .unwrap_or_else(|_| Err(Failure::new("internal", "reader thread failed")));
        produced.and(result)
    })
}

/// The bytes as text (lossy if not UTF-8).
pub fn text(bytes: &[u8]) -> std::borrow::Cow<'_, str> {
    match std::str::from_utf8(bytes) {
        Ok(t) => std::borrow::Cow::Borrowed(t),
        Err(_) => String::from_utf8_lossy(bytes),
    }
}

/// Non-empty lines with their 0-based index in the block.
pub fn lines(t: &str) -> impl Iterator<Item = (u64, &str)> {
    t.split('\n')
        .enumerate()
        .map(|(i, l)| (i as u64, l.strip_suffix('\r').unwrap_or(l)))
        .filter(|(_, l)| !l.trim_ascii().is_empty())
}
