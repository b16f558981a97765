//! The job a worker is given: the files of the load before the last one, whole, and of the
//! last file its head (up to its coverage records) and its tail (from a byte chosen by the
//! page), laid out in one buffer that the page writes straight into the worker's memory.
//!
//! Layout (integers little-endian):
//! ```text
//! "PSJ1"
//! u32 earlier files; each: u32 name length, name (UTF-8), u32 byte length, bytes
//! u32 name length, name of the last file
//! u64 from: where the tail starts in the last file (a byte offset)
//! u32 head length, head: the last file's bytes 0..head length
//! u32 tail length, tail: the last file's bytes from..from + tail length
//! ```

/// What a job buffer starts with.
pub const JOB_MAGIC: &[u8; 4] = b"PSJ1";

/// A job, read from its buffer (borrowing the bytes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job<'a> {
    /// The load's files before the last one: name and bytes, in load order.
    pub earlier: Vec<(&'a str, &'a [u8])>,
    /// The last file's name.
    pub name: &'a str,
    /// The last file's bytes up to where its coverage records start.
    pub head: &'a [u8],
    /// Where `tail` starts in the last file.
    pub from: u64,
    /// The last file's bytes from `from` to its end.
    pub tail: &'a [u8],
}

impl<'a> Job<'a> {
    /// Reads a job buffer; `None` if it is not one.
    pub fn read(buffer: &'a [u8]) -> Option<Self> {
        let mut r = Reader { rest: buffer };
        if r.bytes(4)? != JOB_MAGIC {
            return None;
        }
        let count = r.u32()? as usize;
        let mut earlier = Vec::with_capacity(count.min(64));
        for _ in 0..count {
            let name = r.text()?;
            let len = r.u32()? as usize;
            earlier.push((name, r.bytes(len)?));
        }
        let name = r.text()?;
        let from = r.u64()?;
        let len = r.u32()? as usize;
        let head = r.bytes(len)?;
        let len = r.u32()? as usize;
        let tail = r.bytes(len)?;
        r.rest.is_empty().then_some(Job {
            earlier,
            name,
            head,
            from,
            tail,
        })
    }

    /// The job's buffer (what the page writes; here for tests and tools).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(JOB_MAGIC);
        put_u32(&mut out, self.earlier.len());
        for (name, bytes) in &self.earlier {
            put_u32(&mut out, name.len());
            out.extend_from_slice(name.as_bytes());
            put_u32(&mut out, bytes.len());
            out.extend_from_slice(bytes);
        }
        put_u32(&mut out, self.name.len());
        out.extend_from_slice(self.name.as_bytes());
        out.extend_from_slice(&self.from.to_le_bytes());
        put_u32(&mut out, self.head.len());
        out.extend_from_slice(self.head);
        put_u32(&mut out, self.tail.len());
        out.extend_from_slice(self.tail);
        out
    }
}

fn put_u32(out: &mut Vec<u8>, n: usize) {
    out.extend_from_slice(&u32::try_from(n).unwrap_or(u32::MAX).to_le_bytes());
}

/// Reads a buffer front to back; every read is bounds-checked.
pub(super) struct Reader<'a> {
    pub(super) rest: &'a [u8],
}

impl<'a> Reader<'a> {
    pub(super) fn bytes(&mut self, n: usize) -> Option<&'a [u8]> {
        if n > self.rest.len() {
            return None;
        }
        let (head, rest) = self.rest.split_at(n);
        self.rest = rest;
        Some(head)
    }

    pub(super) fn u8(&mut self) -> Option<u8> {
        self.bytes(1)?.first().copied()
    }

    pub(super) fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.bytes(4)?.try_into().ok()?))
    }

    pub(super) fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.bytes(8)?.try_into().ok()?))
    }

    pub(super) fn text(&mut self) -> Option<&'a str> {
        let len = self.u32()? as usize;
        std::str::from_utf8(self.bytes(len)?).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::Job;

    #[test]
    fn a_job_reads_back_as_written() {
        let job = Job {
            earlier: vec![("kế hoạch.json", b"{}".as_slice()), ("b.json", b"[]")],
            name: "tin bài.json",
            head: b"{\"coverage\":[",
            from: 1234,
            tail: b"{\"id\":\"x\"}]}",
        };
        let bytes = job.to_bytes();
        assert_eq!(Job::read(&bytes), Some(job));
        // Cut anywhere, or with a byte too many, it is not a job.
        for cut in 0..bytes.len() {
            assert_eq!(Job::read(&bytes[..cut]), None);
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert_eq!(Job::read(&longer), None);
    }
}
