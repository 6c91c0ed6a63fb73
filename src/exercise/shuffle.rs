//! A shuffle that is the same every time for the same learner and exercise, so a learner who
//! comes back to an exercise sees what they saw before, on any machine.

/// A permutation of `0..n` that depends only on the learner and the exercise.
#[must_use]
pub fn stable_shuffle(n: usize, exercise_id: &str, learner: &str) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    // FNV-1a of the two names seeds a SplitMix64 generator: both are fixed algorithms, so
    // the order never changes between builds or platforms (std's hasher may).
    let mut key = learner.as_bytes().to_vec();
    key.push(0);
    key.extend_from_slice(exercise_id.as_bytes());
    let mut seed = fnv1a(&key);
    let mut next = || {
        seed = seed.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = seed;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    };
    for i in (1..order.len()).rev() {
        let j = usize::try_from(next() % (i as u64 + 1)).unwrap_or(0);
        order.swap(i, j);
    }
    order
}

/// FNV-1a, 64 bits: a fixed, documented hash (std's may change between Rust releases).
#[must_use]
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in bytes {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_a_stable_permutation() {
        let order = stable_shuffle(6, "boolean-1", "budi");
        assert_eq!(order, stable_shuffle(6, "boolean-1", "budi"));
        let mut sorted = order.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, [0, 1, 2, 3, 4, 5]);
        assert!(stable_shuffle(0, "x", "y").is_empty());
    }
}
