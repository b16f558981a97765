//! A byte buffer of fixed capacity that is filled from the front while slices of what is
//! already filled are read: a file arriving in chunks can be parsed as it arrives, and the
//! parsed records can borrow from the part already in. Shared (`Arc`), it also keeps the
//! loaded items' texts: they are read from the file's bytes instead of copied
//! ([`crate::dataset::ItemText`]).

use std::collections::TryReserveError;
use std::mem::{ManuallyDrop, MaybeUninit};
use std::ptr::NonNull;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// Bytes filled from the front, up to a capacity fixed at creation. [`FillingBuffer::filled`]
/// hands out the filled part while [`FillingBuffer::append_with`] writes after it, both
/// through `&self`: a slice handed out never covers bytes written later, and the buffer
/// never moves, so every slice stays valid while the buffer lives. One append at a time:
/// an append that starts while another runs (from its filling function, or from another
/// thread) is refused.
pub struct FillingBuffer {
    /// Start of the allocation (from a `Vec<u8>` of capacity `capacity`).
    ptr: NonNull<u8>,
    capacity: usize,
    /// Bytes filled (initialised) from the start; only ever grows.
    len: AtomicUsize,
    /// Set while an append writes (the room after `len` is then borrowed mutably).
    appending: AtomicBool,
}

// SAFETY: the buffer owns its allocation (like the `Vec<u8>` it came from). Through `&self`
// the filled part is only read, and it is never written again; the room after it is
// written by one append at a time (`appending`), and `len` publishes those bytes (Release
// store, Acquire loads) only once they are written. So sharing it between threads is as
// safe as sharing a `&[u8]`, and sending it as safe as sending a `Vec<u8>`.
#[allow(unsafe_code)]
unsafe impl Send for FillingBuffer {}
// SAFETY: as above: through `&self` the filled part is only read and one append at a
// time writes the room after it, so `&FillingBuffer` may be shared like a `&[u8]`.
#[allow(unsafe_code)]
unsafe impl Sync for FillingBuffer {}

/// [`FillingBuffer::append_with`] was refused: the bytes would not fit, or the filling
/// function did not fill the room it was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("not appended: the bytes do not fit, or the room was not filled")]
pub struct NotAppended;

impl FillingBuffer {
    /// An empty buffer with room for `capacity` bytes.
    pub fn with_capacity(capacity: usize) -> Result<Self, TryReserveError> {
        let mut bytes: Vec<u8> = Vec::new();
        bytes.try_reserve_exact(capacity)?;
        let mut bytes = ManuallyDrop::new(bytes);
        Ok(FillingBuffer {
            ptr: NonNull::new(bytes.as_mut_ptr()).unwrap_or(NonNull::dangling()),
            capacity: bytes.capacity(),
            len: AtomicUsize::new(0),
            appending: AtomicBool::new(false),
        })
    }

    /// A buffer already filled with `bytes` (the same allocation, no copy).
    pub fn from_vec(bytes: Vec<u8>) -> Self {
        let mut bytes = ManuallyDrop::new(bytes);
        FillingBuffer {
            ptr: NonNull::new(bytes.as_mut_ptr()).unwrap_or(NonNull::dangling()),
            capacity: bytes.capacity(),
            len: AtomicUsize::new(bytes.len()),
            appending: AtomicBool::new(false),
        }
    }

    fn len(&self) -> usize {
        self.len.load(Ordering::Acquire)
    }

    /// The bytes filled so far.
    pub fn filled(&self) -> &[u8] {
        // SAFETY: the first `len` bytes of the allocation are initialised (by `append_with`)
        // and never written again; the allocation lives as long as `self`.
        #[allow(unsafe_code)]
        unsafe {
            std::slice::from_raw_parts(self.ptr.as_ptr(), self.len())
        }
    }

    /// Bytes it can hold in all.
    pub fn capacity(&self) -> usize {
        self.capacity
    }

    /// Room left after the filled bytes.
    pub fn room(&self) -> usize {
        self.capacity - self.len()
    }

    /// Lets `fill` write the next `n` bytes: it gets them uninitialised and must return
    /// them initialised (e.g. `js_sys::Uint8Array::copy_to_uninit`); they count as filled
    /// only if the slice it returns is exactly that room.
    pub fn append_with(
        &self,
        n: usize,
        fill: impl FnOnce(&mut [MaybeUninit<u8>]) -> &mut [u8],
    ) -> Result<(), NotAppended> {
        if self
            .appending
            .compare_exchange(false, true, Ordering::Acquire, Ordering::Relaxed)
            .is_err()
        {
            return Err(NotAppended);
        }
        let appended = self.append_alone(n, fill);
        self.appending.store(false, Ordering::Release);
        appended
    }

    /// [`FillingBuffer::append_with`] once `appending` is set.
    fn append_alone(
        &self,
        n: usize,
        fill: impl FnOnce(&mut [MaybeUninit<u8>]) -> &mut [u8],
    ) -> Result<(), NotAppended> {
        let len = self.len();
        if n > self.capacity - len {
            return Err(NotAppended);
        }
        // SAFETY: `len + n <= capacity`, inside the allocation. No slice handed out covers
        // these bytes (`filled` covers only `..len`) and no other `&mut` to them exists:
        // only the append that set `appending` writes, and `len` moves past them before
        // it is cleared. `MaybeUninit<u8>` has the layout of `u8`.
        #[allow(unsafe_code)]
        let room: &mut [MaybeUninit<u8>] =
            unsafe { std::slice::from_raw_parts_mut(self.ptr.as_ptr().add(len).cast(), n) };
        let start = room.as_ptr().cast::<u8>();
        let done = fill(room);
        // A `&mut [u8]` over exactly the room proves its bytes are initialised.
        if done.len() != n || !std::ptr::eq(done.as_ptr(), start) {
            return Err(NotAppended);
        }
        self.len.store(len + n, Ordering::Release);
        Ok(())
    }

    /// Appends a copy of `bytes`.
    pub fn push(&self, bytes: &[u8]) -> Result<(), NotAppended> {
        self.append_with(bytes.len(), |room| {
            for (to, from) in room.iter_mut().zip(bytes) {
                to.write(*from);
            }
            // SAFETY: every byte of `room` was written just above (`room` and `bytes` have
            // the same length, `n = bytes.len()`).
            #[allow(unsafe_code)]
            unsafe {
                &mut *(std::ptr::from_mut::<[MaybeUninit<u8>]>(room) as *mut [u8])
            }
        })
    }
}

impl Drop for FillingBuffer {
    fn drop(&mut self) {
        // SAFETY: `ptr` and `capacity` come from a `Vec<u8>` (in `with_capacity` or
        // `from_vec`) whose ownership passed to `self`; its first `len` bytes are
        // initialised. `drop` runs once, so the allocation is freed once.
        #[allow(unsafe_code)]
        drop(unsafe { Vec::from_raw_parts(self.ptr.as_ptr(), self.len(), self.capacity) });
    }
}

impl std::fmt::Debug for FillingBuffer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FillingBuffer")
            .field("len", &self.len())
            .field("capacity", &self.capacity)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_handed_out_stay_valid_while_it_fills() {
        let buffer = FillingBuffer::with_capacity(10).expect("10 bytes");
        buffer.push(b"abc").expect("fits");
        let first = buffer.filled();
        buffer.push(b"defg").expect("fits");
        let second = buffer.filled();
        assert_eq!(first, b"abc");
        assert_eq!(second, b"abcdefg");
        assert_eq!(buffer.room(), 3);
        assert_eq!(buffer.push(b"hijk"), Err(NotAppended), "past the capacity");
        buffer.push(b"hij").expect("fits exactly");
        assert_eq!(buffer.filled(), b"abcdefghij");
        assert_eq!(buffer.filled(), b"abcdefghij");
    }

    #[test]
    fn room_not_filled_by_the_function_is_not_counted() {
        let buffer = FillingBuffer::with_capacity(8).expect("8 bytes");
        // Only a `'static` slice can stand in for the room (the signature ties the returned
        // slice to the room's lifetime), e.g. a leaked one.
        let other: &'static mut [u8] = Box::leak(Box::new([0u8; 4]));
        assert_eq!(buffer.append_with(4, |_| other), Err(NotAppended));
        // A shorter slice of the room than asked for.
        assert_eq!(
            buffer.append_with(4, |room| {
                room[0].write(1);
                // SAFETY (test): the first byte was written just above.
                #[allow(unsafe_code)]
                unsafe {
                    &mut *(std::ptr::from_mut::<[MaybeUninit<u8>]>(&mut room[..1]) as *mut [u8])
                }
            }),
            Err(NotAppended)
        );
        assert_eq!(buffer.filled(), b"");
        buffer
            .append_with(2, |room| {
                room[0].write(b'o');
                room[1].write(b'k');
                // SAFETY (test): both bytes written just above.
                #[allow(unsafe_code)]
                unsafe {
                    &mut *(std::ptr::from_mut::<[MaybeUninit<u8>]>(room) as *mut [u8])
                }
            })
            .expect("filled");
        assert_eq!(buffer.filled(), b"ok");
    }

    #[test]
    fn an_append_from_inside_another_is_refused() {
        let buffer = FillingBuffer::with_capacity(8).expect("8 bytes");
        let mut inner = None;
        buffer
            .append_with(1, |room| {
                inner = Some(buffer.push(b"x"));
                room[0].write(b'a');
                // SAFETY (test): the byte was written just above.
                #[allow(unsafe_code)]
                unsafe {
                    &mut *(std::ptr::from_mut::<[MaybeUninit<u8>]>(room) as *mut [u8])
                }
            })
            .expect("the outer append");
        assert_eq!(inner, Some(Err(NotAppended)));
        assert_eq!(buffer.filled(), b"a");
        buffer.push(b"b").expect("appends go on after it");
        assert_eq!(buffer.filled(), b"ab");
    }

    #[test]
    fn from_vec_is_full_and_shared_between_threads() {
        let buffer = std::sync::Arc::new(FillingBuffer::from_vec(b"abc".to_vec()));
        assert_eq!(buffer.room(), 0);
        let other = std::sync::Arc::clone(&buffer);
        let read = std::thread::spawn(move || other.filled().to_vec())
            .join()
            .expect("thread");
        assert_eq!(read, b"abc");
    }

    #[test]
    fn empty_and_dropped_buffers() {
        let empty = FillingBuffer::with_capacity(0).expect("nothing");
        assert_eq!(empty.filled(), b"");
        assert_eq!(empty.push(b""), Ok(()));
        assert_eq!(empty.push(b"x"), Err(NotAppended));
        drop(empty);
        let partly = FillingBuffer::with_capacity(1 << 20).expect("1 MiB");
        partly.push(&[7; 1000]).expect("fits");
        drop(partly);
    }
}
