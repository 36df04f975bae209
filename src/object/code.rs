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

use crate::bytecode::{CodeUnit, Instr};
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

/// Proof that a unit passed `compiler::check_structure`: only [`Checked::new`]
/// makes one, so a [`Code`] (which holds one) can only be built from a
/// checked unit.
#[derive(Debug)]
pub struct Checked(());

impl Checked {
    /// Check `unit`'s structure; the message names the unit and what is wrong.
    pub fn new(unit: &CodeUnit) -> Result<Checked, String> {
        crate::bytecode::verify::check_structure(unit)?;
        Ok(Checked(()))
    }
}

/// A code unit ready to run on this thread.
///
/// Its unit passed `compiler::check_structure` (the `checked` field proves
/// it), and `instrs`, `consts` and `caches` have the unit's lengths, so the
/// dispatch loop may rely on, without checking:
/// - every `pc` it dispatches is below `instrs.len()`: execution starts at 0,
///   the last instruction never falls through, and every jump and handler
///   target is in range;
/// - every member of a superinstruction's group exists (`quicken` fuses only
///   whole groups, and no group member ends the code, since none terminates);
/// - a `Local` operand is below `nlocals <= nslots`, a `Const` operand below
///   `consts.len()`.
pub struct Code {
    pub unit: Arc<CodeUnit>,
    /// The unit's instructions with superinstructions written in (`quicken`);
    /// same length and indices as `unit.instrs`.
    pub instrs: Box<[Instr]>,
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
    /// Calls with exactly `argcount` positional arguments can bind them in
    /// place: no `*args`/`**kwargs`, no keyword-only parameters, not a
    /// generator.
    pub simple_call: bool,
    /// The unit passed the structural checks.
    pub checked: Checked,
}

impl Code {
    /// Total slot count for a unit: locals, cells and free variables.
    pub fn slots_for(unit: &CodeUnit) -> usize {
        unit.varnames.len() + unit.cellvars.len() + unit.freevars.len()
    }
}
