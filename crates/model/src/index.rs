//! A hash index from string keys (ids, urls) to record positions that stores only
//! the positions: the strings stay in the records, so nothing is copied.

use foldhash::fast::FixedState;
use hashbrown::HashTable;
use std::hash::BuildHasher;

/// Positions of records by a string key that the records themselves hold.
pub struct KeyIndex {
    table: HashTable<u32>,
    state: FixedState,
}

impl Default for KeyIndex {
    fn default() -> Self {
        KeyIndex {
            table: HashTable::new(),
            state: FixedState::with_seed(0x7068_7573_6f6e_6721),
        }
    }
}

impl KeyIndex {
    /// Makes room for `additional` more keys; `key_of` reads the key of a stored position.
    pub fn reserve_with<'a>(&mut self, additional: usize, key_of: impl Fn(u32) -> &'a str) {
        let state = &self.state;
        self.table
            .reserve(additional, |&i| state.hash_one(key_of(i)));
    }

    /// The position of the record whose key is `key`; `key_of` reads a record's key.
    pub fn find<'a>(&self, key: &str, key_of: impl Fn(u32) -> &'a str) -> Option<u32> {
        let hash = self.state.hash_one(key);
        self.table.find(hash, |&i| key_of(i) == key).copied()
    }

    /// Records that the record at `position` has key `key` (which must be new).
    pub fn insert<'a>(&mut self, key: &str, position: u32, key_of: impl Fn(u32) -> &'a str) {
        let state = &self.state;
        let hash = state.hash_one(key);
        self.table
            .insert_unique(hash, position, |&i| state.hash_one(key_of(i)));
    }
}

#[cfg(test)]
mod tests {
    use super::KeyIndex;

    #[test]
    fn finds_what_was_inserted() {
        let keys: Vec<String> = (0..1000).map(|i| format!("id-{i}")).collect();
        let mut index = KeyIndex::default();
        for i in 0..keys.len() as u32 {
            index.insert(&keys[i as usize], i, |j| keys[j as usize].as_str());
        }
        assert_eq!(
            index.find("id-517", |j| keys[j as usize].as_str()),
            Some(517)
        );
        assert_eq!(index.find("id-1000", |j| keys[j as usize].as_str()), None);
    }
}
