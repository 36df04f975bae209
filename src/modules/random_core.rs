//! The core of Python's `random` module: a Mersenne Twister (MT19937) that
//! produces exactly the same streams as CPython 3.11's `_random.Random`, and
//! the integer and sequence algorithms of `Lib/random.py` built on top of it.
//!
//! This file owns the generator state and every algorithm that turns raw
//! 32-bit outputs into Python-visible values. It knows nothing of Python
//! objects: callers convert arguments to integers first (CPython 3.11 accepts
//! integral floats in `randrange` with a `DeprecationWarning`; that coercion is
//! the caller's) and map the `Err(String)` messages to exceptions.
//!
//! # Invariants
//! - `index` is in `0..=N`; `index == N` means the next draw regenerates the
//!   whole block of `N` words first (CPython's `genrand_uint32`).
//! - Every public method consumes generator words in the same order and
//!   number as CPython does, so seeded streams stay bit-identical.
//!
//! # Algorithms (CPython 3.11)
//! - `seed(n)` for an int `n`: take `abs(n)`, split it into 32-bit words,
//!   least significant first (`0` gives the single word `[0]`), and call
//!   `init_by_array` with them. For non-int seeds CPython uses `hash(x)`
//!   reinterpreted as an unsigned machine word, and for str/bytes (version 2)
//!   `int.from_bytes(x + sha512(x).digest())`; callers compute those ints.
//! - `random()`: `a = genrand >> 5`, `b = genrand >> 6`,
//!   `(a * 2**26 + b) / 2**53`.
//! - `getrandbits(k)`: `k == 0` gives 0 without drawing; `k <= 32` gives
//!   `genrand >> (32 - k)`; otherwise `ceil(k / 32)` words, least significant
//!   first, the last (most significant) one shifted right to keep `k` bits.
//!   `k` is a C `int` in CPython, so `k > 2**31 - 1` is an `OverflowError`.
//! - `_randbelow(n)`: `k = n.bit_length()`, draw `getrandbits(k)` until the
//!   result is `< n`. `n == 0` gives 0.
//! - `randrange(start, stop, step)`: without `stop`, `randbelow(start)` if
//!   `start > 0`, else `ValueError("empty range for randrange()")`; a `step`
//!   other than 1 without `stop` is `TypeError('Missing a non-None stop
//!   argument')`. With `stop`: `width = stop - start`; if `step == 1`, return
//!   `start + randbelow(width)` when `width > 0`, else `ValueError("empty range
//!   for randrange() (start, stop, width)")`. Otherwise `n = (width + step -
//!   1) // step` for `step > 0`, `(width + step + 1) // step` for `step < 0`,
//!   `ValueError("zero step for randrange()")` for 0; `n <= 0` is
//!   `ValueError("empty range for randrange()")`; the result is
//!   `start + step * randbelow(n)`.
//! - `randint(a, b)` is `randrange(a, b + 1)`.
//! - `choice(seq)`: `IndexError('Cannot choose from an empty sequence')` when
//!   empty, else `seq[randbelow(len(seq))]`.
//! - `shuffle(x)`: for `i` in `len(x)-1` down to 1: `j = randbelow(i + 1)`,
//!   swap `x[i]` and `x[j]`.
//! - `uniform(a, b)` is `a + (b - a) * random()`.

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{One, Signed, ToPrimitive, Zero};

/// Words of state in MT19937.
const N: usize = 624;
/// The twist offset of MT19937.
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// The largest `k` accepted by [`Mt19937::getrandbits`]: CPython 3.11 parses
/// `k` as a C `int`.
pub const MAX_RANDBITS: u64 = i32::MAX as u64;

/// Message of the `TypeError` that `randrange(start, None, step)` raises when
/// `step != 1`. [`Mt19937::randrange`] returns it as its `Err`; every other
/// `randrange` error is a `ValueError`.
pub const MISSING_STOP: &str = "Missing a non-None stop argument";

/// Message of the `IndexError` raised by `choice` on an empty sequence.
pub const EMPTY_CHOICE: &str = "Cannot choose from an empty sequence";

/// A Mersenne Twister whose outputs match CPython's `_random.Random`.
#[derive(Clone)]
pub struct Mt19937 {
    /// The 624-word state vector.
    state: [u32; N],
    /// Position of the next word to temper; `N` forces a regeneration.
    index: usize,
}

impl std::fmt::Debug for Mt19937 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mt19937")
            .field("index", &self.index)
            .finish_non_exhaustive()
    }
}

impl Mt19937 {
    /// `init_genrand(s)`: fills the state from one 32-bit seed.
    fn init_genrand(seed: u32) -> Self {
        let mut state = [0u32; N];
        state[0] = seed;
        for i in 1..N {
            let prev = state[i - 1];
            // i < 624, so the cast is lossless.
            state[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        Mt19937 { state, index: N }
    }

    /// `init_by_array(key)`: CPython's seeding from a list of 32-bit words.
    /// An empty key behaves like `[0]`.
    pub fn new_from_key(key: &[u32]) -> Self {
        let key: &[u32] = if key.is_empty() { &[0] } else { key };
        let mut mt = Self::init_genrand(19_650_218);
        let s = &mut mt.state;
        let mut i = 1usize;
        let mut j = 0usize;
        for _ in 0..N.max(key.len()) {
            let prev = s[i - 1];
            // The key index is added modulo 2**32, exactly as C's uint32_t.
            s[i] = (s[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                s[0] = s[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = s[i - 1];
            s[i] =
                (s[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                s[0] = s[N - 1];
                i = 1;
            }
        }
        s[0] = 0x8000_0000;
        mt
    }

    /// `random.seed(n)` for an int `n`: seeds from the 32-bit words of
    /// `abs(n)`, least significant first.
    pub fn new_seeded_int(seed: &BigInt) -> Self {
        Self::new_from_key(&seed.magnitude().to_u32_digits())
    }

    /// A generator seeded from the clock, the process id and the address of
    /// a stack local (what CPython falls back to without `os.urandom`), plus
    /// a process-wide count so that sandboxes seeded in the same clock tick
    /// on a reused thread still draw different numbers.
    pub fn new_from_time_and_pid() -> Self {
        static SEEDED: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
        let n = SEEDED.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default();
        let local = 0u8;
        let addr = std::ptr::addr_of!(local) as usize as u64;
        let nanos = now.as_nanos();
        let key = [
            nanos as u32,
            (nanos >> 32) as u32,
            (nanos >> 64) as u32,
            std::process::id(),
            addr as u32,
            (addr >> 32) as u32,
            n,
        ];
        Self::new_from_key(&key)
    }

    /// The full state as `random.getstate()` exposes it: 624 words and the
    /// position in them.
    pub fn state(&self) -> ([u32; N], usize) {
        (self.state, self.index)
    }

    /// `random.setstate()`: refuses a position outside `0..=624` with
    /// CPython's message.
    pub fn set_state(&mut self, state: [u32; N], index: usize) -> Result<(), String> {
        if index > N {
            return Err("invalid state".to_string());
        }
        self.state = state;
        self.index = index;
        Ok(())
    }

    /// Regenerates the block of `N` words (the "twist").
    fn twist(&mut self) {
        let s = &mut self.state;
        for kk in 0..N {
            let y = (s[kk] & UPPER_MASK) | (s[(kk + 1) % N] & LOWER_MASK);
            let mag = if y & 1 == 1 { MATRIX_A } else { 0 };
            s[kk] = s[(kk + M) % N] ^ (y >> 1) ^ mag;
        }
        self.index = 0;
    }

    /// The next tempered 32-bit output (`genrand_uint32`).
    pub fn genrand_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// `random.random()`: a float in `[0, 1)` with 53 random bits.
    pub fn random(&mut self) -> f64 {
        let a = f64::from(self.genrand_u32() >> 5);
        let b = f64::from(self.genrand_u32() >> 6);
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `random.uniform(a, b)`: `a + (b - a) * random()`.
    pub fn uniform(&mut self, a: f64, b: f64) -> f64 {
        a + (b - a) * self.random()
    }

    /// `random.getrandbits(k)`. Refuses `k > MAX_RANDBITS` with CPython's
    /// `OverflowError` message; below that the caller should still check
    /// the `k / 8` bytes against its memory limit before calling.
    pub fn getrandbits(&mut self, k: u64) -> Result<BigUint, String> {
        if k > MAX_RANDBITS {
            return Err("Python int too large to convert to C int".to_string());
        }
        Ok(self.bits_unchecked(k))
    }

    /// `getrandbits` without the size check; only called with the bit
    /// length of an integer that already exists.
    fn bits_unchecked(&mut self, k: u64) -> BigUint {
        if k == 0 {
            return BigUint::zero();
        }
        if k <= 32 {
            return BigUint::from(self.genrand_u32() >> (32 - k));
        }
        let words = (k - 1) / 32 + 1;
        let mut digits = Vec::with_capacity(usize::try_from(words).unwrap_or(0));
        let mut left = k;
        for _ in 0..words {
            let mut r = self.genrand_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            digits.push(r);
            left = left.saturating_sub(32);
        }
        BigUint::new(digits)
    }

    /// `getrandbits(k)` for `k <= 64`, as a machine word.
    fn bits_u64(&mut self, k: u32) -> u64 {
        match k {
            0 => 0,
            1..=32 => u64::from(self.genrand_u32() >> (32 - k)),
            _ => {
                let lo = u64::from(self.genrand_u32());
                let hi = u64::from(self.genrand_u32() >> (64 - k.min(64)));
                (hi << 32) | lo
            }
        }
    }

    /// `_randbelow_with_getrandbits(n)` for a machine-word `n`; draws the
    /// same words as [`Mt19937::randbelow`] would.
    pub fn randbelow_u64(&mut self, n: u64) -> u64 {
        if n == 0 {
            return 0;
        }
        let k = 64 - n.leading_zeros();
        let mut r = self.bits_u64(k);
        while r >= n {
            r = self.bits_u64(k);
        }
        r
    }

    /// `_randbelow_with_getrandbits(n)`: uniform in `[0, n)`; 0 when `n == 0`.
    pub fn randbelow(&mut self, n: &BigUint) -> BigUint {
        if let Some(small) = n.to_u64() {
            return BigUint::from(self.randbelow_u64(small));
        }
        let k = n.bits();
        let mut r = self.bits_unchecked(k);
        while &r >= n {
            r = self.bits_unchecked(k);
        }
        r
    }

    /// `randbelow` for a positive `BigInt` (callers check the sign).
    fn randbelow_int(&mut self, n: &BigInt) -> BigInt {
        BigInt::from_biguint(Sign::Plus, self.randbelow(n.magnitude()))
    }

    /// `random.randrange(start, stop, step)`; `stop == None` is the one
    /// argument form. Errors carry CPython's messages: [`MISSING_STOP`] is a
    /// `TypeError`, every other one a `ValueError`.
    pub fn randrange(
        &mut self,
        start: &BigInt,
        stop: Option<&BigInt>,
        step: &BigInt,
    ) -> Result<BigInt, String> {
        let Some(stop) = stop else {
            if !step.is_one() {
                return Err(MISSING_STOP.to_string());
            }
            if start.is_positive() {
                return Ok(self.randbelow_int(start));
            }
            return Err("empty range for randrange()".to_string());
        };
        let width = stop - start;
        if step.is_one() {
            if width.is_positive() {
                return Ok(start + self.randbelow_int(&width));
            }
            return Err(format!(
                "empty range for randrange() ({start}, {stop}, {width})"
            ));
        }
        let n = if step.is_positive() {
            num_integer::Integer::div_floor(&(&width + step - 1), step)
        } else if step.is_negative() {
            num_integer::Integer::div_floor(&(&width + step + 1), step)
        } else {
            return Err("zero step for randrange()".to_string());
        };
        if !n.is_positive() {
            return Err("empty range for randrange()".to_string());
        }
        Ok(start + step * self.randbelow_int(&n))
    }

    /// `random.randint(a, b)`: `randrange(a, b + 1)`, with its messages.
    pub fn randint(&mut self, a: &BigInt, b: &BigInt) -> Result<BigInt, String> {
        self.randrange(a, Some(&(b + 1)), &BigInt::one())
    }

    /// The index `random.choice(seq)` picks for a sequence of length `len`;
    /// [`EMPTY_CHOICE`] (an `IndexError`) when `len == 0`.
    pub fn choice_index(&mut self, len: usize) -> Result<usize, String> {
        if len == 0 {
            return Err(EMPTY_CHOICE.to_string());
        }
        Ok(self.randbelow_usize(len))
    }

    /// `randbelow` for an in-memory length; the result is `< n`.
    fn randbelow_usize(&mut self, n: usize) -> usize {
        let n64 = u64::try_from(n).unwrap_or(u64::MAX);
        usize::try_from(self.randbelow_u64(n64)).unwrap_or(0)
    }

    /// The swaps `random.shuffle` performs on a sequence of length `len`, in
    /// order: apply `x.swap(i, j)` for each `(i, j)`.
    pub fn shuffle_indices(&mut self, len: usize) -> Vec<(usize, usize)> {
        (1..len)
            .rev()
            .map(|i| (i, self.randbelow_usize(i + 1)))
            .collect()
    }

    /// `random.shuffle(x)` in place.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.randbelow_usize(i + 1);
            items.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type Case = (
        i128,
        [f64; 3],
        [i64; 3],
        [i64; 3],
        [usize; 3],
        [usize; 10],
        u128,
        f64,
    );

    /// Expected values from CPython 3.11: for each seed, on one generator in
    /// this order: 3x random(), 3x randint(1, 100), 3x randrange(0, 100, 7),
    /// 3x choice(range(10)), shuffle(list(range(10))), getrandbits(70),
    /// uniform(-2.5, 10.0).
    const CASES: [Case; 6] = [
        (
            0,
            [0.8444218515250481, 0.7579544029403025, 0.420571580830845],
            [34, 66, 63],
            [42, 98, 84],
            [4, 7, 5],
            [5, 4, 8, 6, 0, 1, 7, 2, 3, 9],
            850372089485994611929,
            -1.578219579640936,
        ),
        (
            1,
            [0.13436424411240122, 0.8474337369372327, 0.763774618976614],
            [33, 16, 64],
            [84, 49, 49],
            [6, 3, 1],
            [2, 5, 1, 9, 8, 4, 3, 6, 0, 7],
            128117631040596858049,
            8.767843220143545,
        ),
        (
            42,
            [
                0.6394267984578837,
                0.025010755222666936,
                0.27502931836911926,
            ],
            [29, 18, 95],
            [7, 70, 77],
            [8, 1, 9],
            [4, 3, 2, 9, 5, 1, 7, 8, 0, 6],
            823644991089766371249,
            4.311768507540209,
        ),
        (
            12345,
            [
                0.41661987254534116,
                0.010169169457068361,
                0.8252065092537432,
            ],
            [39, 48, 25],
            [28, 63, 42],
            [2, 5, 1],
            [5, 0, 3, 7, 1, 9, 8, 2, 4, 6],
            885049692981451451118,
            2.6514924117412626,
        ),
        (
            (1 << 40) + 7,
            [0.6137037779936511, 0.8149162973309487, 0.9450115087592873],
            [74, 91, 61],
            [28, 63, 14],
            [8, 6, 8],
            [4, 0, 9, 8, 1, 2, 3, 7, 6, 5],
            622340402093068844511,
            6.640055423649301,
        ),
        (
            -5,
            [0.6229016948897019, 0.7417869892607294, 0.7951935655656966],
            [95, 84, 68],
            [0, 91, 49],
            [3, 0, 2],
            [8, 4, 2, 0, 3, 9, 6, 7, 5, 1],
            253295631822787146649,
            2.601888187181425,
        ),
    ];

    fn big(v: i128) -> BigInt {
        BigInt::from(v)
    }

    #[test]
    fn seeded_streams_match_cpython() {
        for (seed, floats, ints, ranged, choices, shuffled, bits, uni) in CASES {
            let mut r = Mt19937::new_seeded_int(&big(seed));
            for f in floats {
                assert_eq!(r.random().to_bits(), f.to_bits(), "seed {seed}");
            }
            for v in ints {
                assert_eq!(r.randint(&big(1), &big(100)), Ok(big(v.into())));
            }
            for v in ranged {
                let got = r.randrange(&big(0), Some(&big(100)), &big(7));
                assert_eq!(got, Ok(big(v.into())), "seed {seed}");
            }
            for c in choices {
                assert_eq!(r.choice_index(10), Ok(c), "seed {seed}");
            }
            let mut items: Vec<usize> = (0..10).collect();
            r.shuffle(&mut items);
            assert_eq!(items, shuffled, "seed {seed}");
            assert_eq!(r.getrandbits(70), Ok(BigUint::from(bits)));
            assert_eq!(r.uniform(-2.5, 10.0).to_bits(), uni.to_bits());
        }
    }

    #[test]
    fn getrandbits_word_boundaries() {
        let mut r = Mt19937::new_seeded_int(&((BigInt::one() << 100) + 3));
        let want: [u64; 7] = [
            0,
            0,
            9,
            4172443581,
            8450282089,
            8684581791632464085,
            13809760296339230274,
        ];
        for (k, w) in [0u64, 1, 5, 32, 33, 64, 65].into_iter().zip(want) {
            assert_eq!(r.getrandbits(k), Ok(BigUint::from(w)), "k={k}");
        }
        let mut r = Mt19937::new_seeded_int(&big(99));
        let words: Vec<u32> = (0..3).map(|_| r.genrand_u32()).collect();
        assert_eq!(words, [1735072617, 1635320116, 859317502]);
        assert_eq!(
            r.getrandbits(MAX_RANDBITS + 1),
            Err("Python int too large to convert to C int".to_string())
        );
    }

    #[test]
    fn seed_wider_than_64_bits() {
        let mut r = Mt19937::new_seeded_int(&(BigInt::one() << 64));
        assert_eq!(r.random(), 0.9776462743838505);
    }

    #[test]
    fn randrange_forms_match_cpython() {
        let mut r = Mt19937::new_seeded_int(&big(7));
        let one = big(1);
        assert_eq!(r.randrange(&big(10), None, &one), Ok(big(5)));
        assert_eq!(r.randrange(&big(-10), Some(&big(10)), &one), Ok(big(-6)));
        assert_eq!(r.randrange(&big(100), Some(&big(0)), &big(-3)), Ok(big(25)));
        let lim = BigInt::one() << 80;
        let got = r.randrange(&-&lim, Some(&lim), &big(3));
        let want: BigInt = "-946223065078850135593744".parse().unwrap_or_default();
        assert_eq!(got, Ok(want));
        assert_eq!(r.randint(&big(-5), &big(5)), Ok(big(3)));
    }

    #[test]
    fn randrange_errors_use_cpython_messages() {
        let mut r = Mt19937::new_seeded_int(&big(0));
        let err = |res: Result<BigInt, String>| res.err().unwrap_or_default();
        let one = big(1);
        assert_eq!(
            err(r.randrange(&big(5), Some(&big(5)), &one)),
            "empty range for randrange() (5, 5, 0)"
        );
        assert_eq!(
            err(r.randint(&big(5), &big(3))),
            "empty range for randrange() (5, 4, -1)"
        );
        assert_eq!(
            err(r.randrange(&big(0), None, &one)),
            "empty range for randrange()"
        );
        assert_eq!(err(r.randrange(&big(5), None, &big(2))), MISSING_STOP);
        assert_eq!(
            err(r.randrange(&big(0), Some(&big(10)), &big(0))),
            "zero step for randrange()"
        );
        assert_eq!(
            err(r.randrange(&big(0), Some(&big(10)), &big(-1))),
            "empty range for randrange()"
        );
        assert_eq!(r.choice_index(0), Err(EMPTY_CHOICE.to_string()));
    }

    #[test]
    fn small_and_big_randbelow_agree() {
        let mut a = Mt19937::new_seeded_int(&big(3));
        let mut b = a.clone();
        for n in [1u64, 2, 3, 1000, 1 << 32, (1 << 33) + 1, u64::MAX] {
            let fast = a.randbelow_u64(n);
            let k = 64 - u64::leading_zeros(n);
            let mut slow = b.bits_unchecked(u64::from(k));
            while slow >= BigUint::from(n) {
                slow = b.bits_unchecked(u64::from(k));
            }
            assert_eq!(BigUint::from(fast), slow, "n={n}");
        }
        assert_eq!(a.randbelow(&BigUint::zero()), BigUint::zero());
    }

    #[test]
    fn shuffle_indices_match_shuffle() {
        let mut a = Mt19937::new_seeded_int(&big(42));
        let mut b = a.clone();
        let mut via_swaps: Vec<usize> = (0..10).collect();
        for (i, j) in a.shuffle_indices(10) {
            via_swaps.swap(i, j);
        }
        let mut direct: Vec<usize> = (0..10).collect();
        b.shuffle(&mut direct);
        assert_eq!(via_swaps, direct);
        assert!(a.shuffle_indices(0).is_empty() && a.shuffle_indices(1).is_empty());
    }

    #[test]
    fn state_round_trip_and_time_seed() {
        let mut r = Mt19937::new_from_time_and_pid();
        let (st, idx) = r.state();
        let first = r.random();
        assert!((0.0..1.0).contains(&first));
        assert!(r.set_state(st, idx).is_ok());
        assert_eq!(r.random(), first);
        assert!(r.set_state(st, N + 1).is_err());
    }
}
