//! Runtime code objects: a compiled `CodeUnit` with its constants materialised
//! as this thread's values, its names interned, and one inline-cache slot per
//! instruction.
//!
//! Cache slots are plain `Cell`s: a code object belongs to one thread. A cache
//! entry is only a hint; every use re-checks the guard it was stored with (a dict
//! version, a class identity and the type epoch), so a stale entry costs a miss,
//! never a wrong answer.

use std::cell::Cell;
use std::sync::Arc;

use crate::bytecode::CodeUnit;
use crate::object::{ObjRef, Value};

/// One inline-cache slot. Its meaning depends on the instruction:
/// - `LoadGlobal`: `tag` = globals version, `aux` = builtins version (0 when the
///   name was found in the globals), `index` = entry index in that dict.
/// - `LoadAttr`/`StoreAttr`/`LoadMethod` on instances: `tag` = class address,
///   `aux` = type epoch, `index` = entry index (instance dict or class dict).
#[derive(Clone, Copy, Default, Debug)]
pub struct Cache {
    pub tag: u64,
    pub aux: u64,
    pub index: u32,
    pub kind: u32,
}

/// A code unit ready to run on this thread.
pub struct Code {
    pub unit: Arc<CodeUnit>,
    pub consts: Box<[Value]>,
    pub names: Box<[ObjRef]>,
    pub varnames: Box<[ObjRef]>,
    pub caches: Box<[Cell<Cache>]>,
    /// Fast-local slots (`varnames.len()`).
    pub nlocals: usize,
    /// All frame slots: locals, then cells, then free variables.
    pub nslots: usize,
    pub name: ObjRef,
    pub qualname: ObjRef,
}

impl Code {
    /// Total slot count for a unit: locals, cells and free variables.
    pub fn slots_for(unit: &CodeUnit) -> usize {
        unit.varnames.len() + unit.cellvars.len() + unit.freevars.len()
    }
}
