//! The package's container: a zip archive, written here in ~130 lines instead of with the
//! `zip` crate's writer, whose compression method is chosen at run time and so links every
//! compressor its features enable (zopfli and zlib-rs's deflate with the `deflate` feature
//! the app already has): tens of KB of wasm. Entries are stored, or deflated by the caller
//! (the browser's `CompressionStream("deflate-raw")`, flate2 in the CLI) and written as they
//! come (APPNOTE 6.3.3, method 8).

/// One entry written: its name and where its local header starts.
struct Entry {
    name: String,
    method: u16,
    crc: u32,
    packed: u32,
    size: u32,
    offset: u32,
}

/// A zip archive being written into memory.
#[derive(Default)]
pub struct Zip {
    out: Vec<u8>,
    entries: Vec<Entry>,
}

/// A part too large for a zip without its 64-bit extension (4 GiB): never a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooLarge;

fn u16le(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn u32le(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

/// The DOS date of 1 January 1980, midnight: a fixed time makes the output reproducible.
const DOS_DATE: u16 = 0x21;

impl Zip {
    /// Adds the entry `name` (ASCII, no leading '/') holding `bytes`, written as `deflated` (their raw DEFLATE
    /// stream, RFC 1951, made by the caller) when given and smaller, else stored.
    pub fn add_entry(
        &mut self,
        name: &str,
        bytes: &[u8],
        deflated: Option<&[u8]>,
    ) -> Result<(), TooLarge> {
        let deflated = deflated.filter(|d| d.len() < bytes.len());
        let (method, payload) = match deflated {
            Some(d) => (8u16, d),
            None => (0u16, bytes),
        };
        let size = u32::try_from(bytes.len()).map_err(|_| TooLarge)?;
        let packed = u32::try_from(payload.len()).map_err(|_| TooLarge)?;
        let offset = u32::try_from(self.out.len()).map_err(|_| TooLarge)?;
        let name_len = u16::try_from(name.len()).map_err(|_| TooLarge)?;
        let crc = crc32fast::hash(bytes);
        let o = &mut self.out;
        u32le(o, 0x0403_4b50);
        u16le(o, 20); // version needed: 2.0
        u16le(o, 0x0800); // flags: names in UTF-8
        u16le(o, method); // 0 stored, 8 deflated
        u16le(o, 0); // time
        u16le(o, DOS_DATE);
        u32le(o, crc);
        u32le(o, packed);
        u32le(o, size);
        u16le(o, name_len);
        u16le(o, 0); // extra field length
        o.extend_from_slice(name.as_bytes());
        o.extend_from_slice(payload);
        self.entries.push(Entry {
            name: name.to_owned(),
            method,
            crc,
            packed,
            size,
            offset,
        });
        Ok(())
    }

    /// The archive: the entries, then the central directory and its end record.
    pub fn finish(mut self) -> Result<Vec<u8>, TooLarge> {
        let start = u32::try_from(self.out.len()).map_err(|_| TooLarge)?;
        let count = u16::try_from(self.entries.len()).map_err(|_| TooLarge)?;
        for e in &self.entries {
            let o = &mut self.out;
            u32le(o, 0x0201_4b50);
            u16le(o, 20); // version made by
            u16le(o, 20); // version needed
            u16le(o, 0x0800);
            u16le(o, e.method);
            u16le(o, 0);
            u16le(o, DOS_DATE);
            u32le(o, e.crc);
            u32le(o, e.packed);
            u32le(o, e.size);
            u16le(o, e.name.len() as u16); // checked in `add`
            u16le(o, 0); // extra
            u16le(o, 0); // comment
            u16le(o, 0); // disk
            u16le(o, 0); // internal attributes
            u32le(o, 0); // external attributes
            u32le(o, e.offset);
            o.extend_from_slice(e.name.as_bytes());
        }
        let end = u32::try_from(self.out.len()).map_err(|_| TooLarge)?;
        let o = &mut self.out;
        u32le(o, 0x0605_4b50);
        u16le(o, 0);
        u16le(o, 0);
        u16le(o, count);
        u16le(o, count);
        u32le(o, end - start);
        u32le(o, start);
        u16le(o, 0);
        Ok(self.out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_a_readable_archive() {
        let mut z = Zip::default();
        z.add_entry("a.txt", b"hello", None).unwrap();
        z.add_entry("dir/b.xml", b"<x/>", None).unwrap();
        let bytes = z.finish().unwrap();
        // Local header, the data in place, the end record pointing at the directory.
        assert_eq!(&bytes[..4], b"PK\x03\x04");
        assert_eq!(&bytes[30..35], b"a.txt");
        assert_eq!(&bytes[35..40], b"hello");
        let eocd = bytes.len() - 22;
        assert_eq!(&bytes[eocd..eocd + 4], b"PK\x05\x06");
        assert_eq!(u16::from_le_bytes([bytes[eocd + 10], bytes[eocd + 11]]), 2);
        let dir = u32::from_le_bytes(bytes[eocd + 16..eocd + 20].try_into().unwrap()) as usize;
        assert_eq!(&bytes[dir..dir + 4], b"PK\x01\x02");
        assert_eq!(
            u32::from_le_bytes(bytes[14..18].try_into().unwrap()),
            crc32fast::hash(b"hello")
        );
    }

    #[test]
    fn deflated_entries_keep_the_size_and_crc_of_their_bytes() {
        let mut z = Zip::default();
        let text = b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
        z.add_entry("a.xml", text, Some(b"xyz")).unwrap();
        // Not smaller: stored.
        z.add_entry("b.png", b"ab", Some(b"abcd")).unwrap();
        let bytes = z.finish().unwrap();
        let u16at = |i: usize| u16::from_le_bytes([bytes[i], bytes[i + 1]]);
        let u32at = |i: usize| u32::from_le_bytes(bytes[i..i + 4].try_into().unwrap());
        assert_eq!(u16at(8), 8, "method deflate");
        assert_eq!(u32at(14), crc32fast::hash(text));
        assert_eq!((u32at(18), u32at(22)), (3, text.len() as u32));
        assert_eq!(&bytes[35..38], b"xyz");
        let second = 38;
        assert_eq!(u16at(second + 8), 0, "method stored");
        assert_eq!(&bytes[second + 35..second + 37], b"ab");
    }
}
