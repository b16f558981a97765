//! A hash index from string keys (ids, urls) to record positions that stores only
//! the positions: the strings stay in the records, so nothing is copied.

use foldhash::fast::FixedState;
use hashbrown::HashTable;
use std::hash::BuildHasher;

/// Positions of records by a string key that the records themselves hold.
#[derive(Default)]
pub struct KeyIndex {
    table: HashTable<u32>,
}

/// The hash every [`KeyIndex`] gives `key` (fixed: no DoS concern, the keys are the
/// user's own ids and links). A key looked up and then inserted is hashed once.
pub fn key_hash(key: &str) -> u64 {
    FixedState::with_seed(0x7068_7573_6f6e_6721).hash_one(key)
}

impl KeyIndex {
    /// Makes room for `additional` more keys; `key_of` reads the key of a stored position.
    pub fn reserve_with<'a>(&mut self, additional: usize, key_of: impl Fn(u32) -> &'a str) {
        self.table.reserve(additional, |&i| key_hash(key_of(i)));
    }

    /// The position of the record whose key is `key` (its [`key_hash`] is `hash`);
    /// `key_of` reads a record's key.
    pub fn find_hashed<'a>(
        &self,
        hash: u64,
        key: &str,
        key_of: impl Fn(u32) -> &'a str,
    ) -> Option<u32> {
        self.table.find(hash, |&i| key_of(i) == key).copied()
    }

    /// Records that the record at `position` has the key whose [`key_hash`] is `hash`
    /// (a key not in the index yet).
    pub fn insert_hashed<'a>(&mut self, hash: u64, position: u32, key_of: impl Fn(u32) -> &'a str) {
        self.table
            .insert_unique(hash, position, |&i| key_hash(key_of(i)));
    }
}

#[cfg(test)]
mod tests {
    use super::{key_hash, KeyIndex};

    #[test]
    fn finds_what_was_inserted() {
        let keys: Vec<String> = (0..1000).map(|i| format!("id-{i}")).collect();
        let mut index = KeyIndex::default();
        for i in 0..keys.len() as u32 {
            index.insert_hashed(key_hash(&keys[i as usize]), i, |j| {
                keys[j as usize].as_str()
            });
        }
        assert_eq!(
            index.find_hashed(key_hash("id-517"), "id-517", |j| keys[j as usize].as_str()),
            Some(517)
        );
        let missing = key_hash("id-1000");
        assert_eq!(
            index.find_hashed(missing, "id-1000", |j| keys[j as usize].as_str()),
            None
        );
    }
}
