//! Stable pseudonyms: `learner-` and eight hex digits of a keyed SHA-256 of the name, so
//! the same learner gets the same pseudonym in every export made with the same key, and
//! names cannot be recovered by hashing a list of likely names without the key.
//!
//! The key is 32 random bytes kept in `pseudonym.key` in the data folder (made on first
//! use); a facilitator who exports from several lab PCs passes one key to all of them with
//! `--pseudonym-key`, so their pseudonyms match.

use std::io;
use std::path::Path;

use sha2::{Digest, Sha256};

use crate::hex::hex;

/// The file in the data folder that holds this PC's key.
pub const KEY_FILE: &str = "pseudonym.key";

/// Makes pseudonyms with one key.
#[derive(Debug, Clone)]
pub struct Pseudonyms {
    key: Vec<u8>,
}

impl Pseudonyms {
    /// Pseudonyms with a key given as text (`--pseudonym-key`).
    #[must_use]
    pub fn with_key(key: &str) -> Pseudonyms {
        Pseudonyms { key: key.as_bytes().to_vec() }
    }

    /// This PC's key, made on first use.
    ///
    /// # Errors
    /// When the key file cannot be read or written.
    pub fn of_data_dir(dir: &Path) -> io::Result<Pseudonyms> {
        let path = dir.join(KEY_FILE);
        match std::fs::read_to_string(&path) {
            Ok(text) if !text.trim().is_empty() => return Ok(Pseudonyms::with_key(text.trim())),
            Ok(_) => {}
            Err(error) if error.kind() == io::ErrorKind::NotFound => {}
            Err(error) => return Err(error),
        }
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes).map_err(|e| io::Error::other(e.to_string()))?;
        let key = hex(&bytes);
        std::fs::create_dir_all(dir)?;
        let mut file = tempfile::NamedTempFile::new_in(dir)?;
        io::Write::write_all(&mut file, key.as_bytes())?;
        file.as_file().sync_all()?;
        // A key written meanwhile by another instance wins; read it back either way.
        let _ = file.persist_noclobber(&path);
        let text = std::fs::read_to_string(&path)?;
        Ok(Pseudonyms::with_key(text.trim()))
    }

    /// The pseudonym of `name` (names are compared without regard to case, as the store does).
    #[must_use]
    pub fn of(&self, name: &str) -> String {
        let mut hash = Sha256::new();
        hash.update(&self.key);
        hash.update([0]);
        hash.update(name.to_lowercase().as_bytes());
        let digest = hash.finalize();
        format!("learner-{}", hex(&digest[..4]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pseudonyms_are_stable_per_key_and_differ_between_keys() {
        let a = Pseudonyms::with_key("lab-key");
        assert_eq!(a.of("Budi"), a.of("budi"));
        assert_ne!(a.of("Budi"), a.of("Sari"));
        assert_ne!(a.of("Budi"), Pseudonyms::with_key("other").of("Budi"));
        assert!(a.of("Budi").starts_with("learner-") && a.of("Budi").len() == 16);
    }

    #[test]
    fn the_data_folder_key_is_made_once_and_kept() {
        let dir = tempfile::tempdir().expect("temp dir");
        let first = Pseudonyms::of_data_dir(dir.path()).expect("key made").of("Budi");
        let again = Pseudonyms::of_data_dir(dir.path()).expect("key read").of("Budi");
        assert_eq!(first, again);
    }
}
