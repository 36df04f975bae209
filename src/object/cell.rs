//! `PyCell`: the interior-mutability cell of every mutable payload (lists,
//! dicts, sets, class namespaces, function attributes, cells).
//!
//! It is `RefCell` with one more state, *frozen*, that makes it safe to read
//! from many threads at once. A `RefCell` writes its borrow flag on every
//! `borrow()`, so two threads reading the same frozen list would race on that
//! word. A frozen `PyCell` hands out shared borrows without touching its flag
//! (the same trick as the refcount's magic constant), and refuses mutable ones.
//!
//! Flag encoding (`flag: Cell<isize>`):
//! - `0`: not borrowed;
//! - `n > 0`: `n` shared borrows outstanding;
//! - `-1`: one mutable borrow outstanding;
//! - `FROZEN` (`isize::MIN`): frozen for ever; shared borrows are not counted,
//!   mutable borrows fail. Set once by `freeze_in_place` while the cell is
//!   still private to the freezing thread, before the object is published.
//!
//! Invariant relied on by the `Sync` argument in `heap/`: once the flag holds
//! `FROZEN`, no code writes the flag or the value again (except the shared-heap
//! collector freeing the object while every sandbox is stopped;
//! docs/soundness.md, "The freeze invariant").

use std::cell::{Cell, UnsafeCell};
use std::fmt;
use std::ops::{Deref, DerefMut};

const FROZEN: isize = isize::MIN;

/// A `RefCell` that can be frozen (see the module docs).
pub struct PyCell<T> {
    flag: Cell<isize>,
    value: UnsafeCell<T>,
}

/// Why a borrow was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BorrowError {
    /// Another borrow conflicts (a reentrant mutation).
    Busy,
    /// The cell is frozen: it can never be mutated.
    Frozen,
}

impl fmt::Display for BorrowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BorrowError::Busy => f.write_str("already borrowed"),
            BorrowError::Frozen => f.write_str("frozen"),
        }
    }
}

/// A shared borrow.
pub struct PyRef<'a, T> {
    value: &'a T,
    /// The flag to release on drop; None for a frozen cell (never counted).
    flag: Option<&'a Cell<isize>>,
}

/// A mutable borrow.
pub struct PyRefMut<'a, T> {
    value: &'a mut T,
    flag: &'a Cell<isize>,
}

impl<T> PyCell<T> {
    pub const fn new(value: T) -> PyCell<T> {
        PyCell {
            flag: Cell::new(0),
            value: UnsafeCell::new(value),
        }
    }

    /// A shared borrow, or why not.
    #[inline(always)]
    pub fn try_borrow(&self) -> Result<PyRef<'_, T>, BorrowError> {
        let f = self.flag.get();
        // One unsigned comparison covers "not mutably borrowed, not frozen,
        // not at the reader limit"; everything else takes the cold path.
        if (f as usize) < (isize::MAX as usize) {
            self.flag.set(f + 1);
            // SAFETY: the flag now counts this shared borrow, so no mutable
            // borrow can be taken until the returned guard is dropped.
            let value = unsafe { &*self.value.get() };
            return Ok(PyRef {
                value,
                flag: Some(&self.flag),
            });
        }
        self.try_borrow_slow()
    }

    #[cold]
    #[inline(never)]
    fn try_borrow_slow(&self) -> Result<PyRef<'_, T>, BorrowError> {
        if self.flag.get() == FROZEN {
            // SAFETY: a frozen cell is never mutably borrowed or written again
            // (module invariant; docs/soundness.md, "The freeze invariant"),
            // so a shared reference is valid for as long as the cell lives.
            let value = unsafe { &*self.value.get() };
            return Ok(PyRef { value, flag: None });
        }
        Err(BorrowError::Busy)
    }

    /// A shared borrow; panics on a conflicting mutable borrow (a bug: code
    /// that can meet one uses `try_borrow`).
    #[inline(always)]
    #[track_caller]
    pub fn borrow(&self) -> PyRef<'_, T> {
        match self.try_borrow() {
            Ok(r) => r,
            Err(_) => panic!("internal error: PyCell already mutably borrowed"),
        }
    }

    /// A mutable borrow, or why not.
    #[inline(always)]
    pub fn try_borrow_mut(&self) -> Result<PyRefMut<'_, T>, BorrowError> {
        match self.flag.get() {
            0 => {
                self.flag.set(-1);
                // SAFETY: the flag was 0 (no borrow outstanding) and now holds
                // -1, so this is the only reference until the guard drops.
                let value = unsafe { &mut *self.value.get() };
                Ok(PyRefMut {
                    value,
                    flag: &self.flag,
                })
            }
            FROZEN => Err(BorrowError::Frozen),
            _ => Err(BorrowError::Busy),
        }
    }

    /// A mutable borrow; panics when the cell is borrowed or frozen. Code
    /// that a frozen object can reach checks `is_frozen` first (or uses
    /// `try_borrow_mut`); a panic here is contained as a crash of the sandbox.
    #[inline(always)]
    #[track_caller]
    pub fn borrow_mut(&self) -> PyRefMut<'_, T> {
        match self.try_borrow_mut() {
            Ok(r) => r,
            Err(BorrowError::Frozen) => panic!("internal error: mutation of a frozen object"),
            Err(BorrowError::Busy) => panic!("internal error: PyCell already borrowed"),
        }
    }

    /// Replace the value, returning the old one.
    #[track_caller]
    pub fn replace(&self, value: T) -> T {
        std::mem::replace(&mut *self.borrow_mut(), value)
    }

    /// Whether the cell is frozen.
    #[inline(always)]
    pub fn is_frozen(&self) -> bool {
        self.flag.get() == FROZEN
    }

    /// Freeze the cell: from now on it is read-only. Must be called while the
    /// cell is still private to this thread; panics (an internal error) when
    /// a borrow is outstanding, since a mutable one would then alias the
    /// shared borrows the frozen cell hands out, and a shared one would
    /// write the flag when it is released.
    pub fn freeze_in_place(&self) {
        assert!(
            matches!(self.flag.get(), 0 | FROZEN),
            "internal error: freezing a borrowed cell"
        );
        self.flag.set(FROZEN);
    }

    /// The value, through exclusive access.
    pub fn get_mut(&mut self) -> &mut T {
        self.value.get_mut()
    }
}

impl<T: Default> PyCell<T> {
    /// Take the value, leaving the default.
    #[track_caller]
    pub fn take(&self) -> T {
        self.replace(T::default())
    }
}

impl<T> Deref for PyRef<'_, T> {
    type Target = T;
    #[inline(always)]
    fn deref(&self) -> &T {
        self.value
    }
}

impl<T> Drop for PyRef<'_, T> {
    #[inline(always)]
    fn drop(&mut self) {
        if let Some(f) = self.flag {
            f.set(f.get() - 1);
        }
    }
}

impl<T> Deref for PyRefMut<'_, T> {
    type Target = T;
    #[inline(always)]
    fn deref(&self) -> &T {
        self.value
    }
}

impl<T> DerefMut for PyRefMut<'_, T> {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut T {
        self.value
    }
}

impl<T> Drop for PyRefMut<'_, T> {
    #[inline(always)]
    fn drop(&mut self) {
        self.flag.set(0);
    }
}

impl<T: fmt::Debug> fmt::Debug for PyCell<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.try_borrow() {
            Ok(v) => f.debug_tuple("PyCell").field(&*v).finish(),
            Err(_) => f.write_str("PyCell(<borrowed>)"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn borrows_and_freezing() {
        let c = PyCell::new(vec![1, 2]);
        {
            let a = c.borrow();
            let b = c.borrow();
            assert_eq!(a.len() + b.len(), 4);
            assert_eq!(c.try_borrow_mut().err(), Some(BorrowError::Busy));
        }
        c.borrow_mut().push(3);
        c.freeze_in_place();
        assert!(c.is_frozen());
        assert_eq!(c.borrow().len(), 3);
        assert_eq!(c.try_borrow_mut().err(), Some(BorrowError::Frozen));
        // Shared borrows of a frozen cell leave the flag alone.
        drop(c.borrow());
        assert!(c.is_frozen());
    }
}
