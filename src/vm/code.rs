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

use crate::bytecode::{CodeUnit, Instr, Op};
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
}

impl Code {
    /// Total slot count for a unit: locals, cells and free variables.
    pub fn slots_for(unit: &CodeUnit) -> usize {
        unit.varnames.len() + unit.cellvars.len() + unit.freevars.len()
    }
}

/// Write superinstructions over common pairs, and over two groups of four
/// (a comparison of two locals, or of a local and a constant, that jumps).
/// CPython 3.11 does the same. Only the first instruction of a group changes
/// (the rest keep their place and operand, and the second half of a group of
/// four is itself fused as a pair), so jump targets, line numbers and
/// exception ranges, all indexed by instruction, stay valid, and a jump into
/// a group runs its tail as ordinary instructions. Groups do not overlap.
pub fn quicken(instrs: &[Instr]) -> Box<[Instr]> {
    let mut out = instrs.to_vec();
    let op_at = |i: usize| instrs.get(i).map(|x| x.op);
    let mut i = 0;
    while i + 1 < instrs.len() {
        let (a, b) = (instrs[i], instrs[i + 1]);
        if a.op == Op::LoadFast
            && op_at(i + 2) == Some(Op::CompareOp)
            && op_at(i + 3) == Some(Op::PopJumpIfFalse)
        {
            let group = match b.op {
                Op::LoadFast => Some(Op::CompareFastFastJump),
                Op::LoadConst => Some(Op::CompareFastConstJump),
                _ => None,
            };
            if let Some(op) = group {
                out[i] = Instr::new(op, a.arg);
                out[i + 2] = Instr::new(Op::CompareJumpIfFalse, instrs[i + 2].arg);
                i += 4;
                continue;
            }
        }
        // `x; LoadFast o; StoreAttr`: leave `x` alone so that the store
        // fuses with its object (it saves counting, not only a dispatch).
        if b.op == Op::LoadFast && op_at(i + 2) == Some(Op::StoreAttr) {
            i += 1;
            continue;
        }
        let fused = match (a.op, b.op) {
            (Op::LoadFast, Op::LoadFast) => Some(Op::LoadFastLoadFast),
            (Op::StoreFast, Op::LoadFast) => Some(Op::StoreFastLoadFast),
            (Op::LoadFast, Op::LoadConst) => Some(Op::LoadFastLoadConst),
            (Op::LoadFast, Op::LoadAttr) => Some(Op::LoadFastLoadAttr),
            (Op::LoadFast, Op::StoreAttr) => Some(Op::LoadFastStoreAttr),
            (Op::CompareOp, Op::PopJumpIfFalse) => Some(Op::CompareJumpIfFalse),
            _ => None,
        };
        match fused {
            Some(op) => {
                out[i] = Instr::new(op, a.arg);
                i += 2;
            }
            None => i += 1,
        }
    }
    out.into_boxed_slice()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quicken_fuses_pairs_in_place() {
        let code = [
            Instr::new(Op::LoadFast, 0),
            Instr::new(Op::LoadFast, 1),
            Instr::new(Op::LoadFast, 2),
            Instr::new(Op::CompareOp, 0),
            Instr::new(Op::PopJumpIfFalse, 0),
            Instr::new(Op::ReturnValue, 0),
        ];
        let q = quicken(&code);
        assert_eq!(q.len(), code.len());
        assert_eq!(q[0].op, Op::LoadFastLoadFast);
        assert_eq!(q[1], code[1]);
        assert_eq!(q[2].op, Op::LoadFast);
        assert_eq!(q[3].op, Op::CompareJumpIfFalse);
        assert_eq!(q[4], code[4]);
    }

    #[test]
    fn quicken_fuses_compares_of_locals_and_stores_into_locals() {
        let code = [
            Instr::new(Op::LoadFast, 0),
            Instr::new(Op::LoadConst, 1),
            Instr::new(Op::CompareOp, 2),
            Instr::new(Op::PopJumpIfFalse, 9),
            Instr::new(Op::LoadFast, 1),
            Instr::new(Op::LoadFast, 0),
            Instr::new(Op::StoreAttr, 3),
            Instr::new(Op::LoadFast, 0),
            Instr::new(Op::LoadFast, 1),
            Instr::new(Op::CompareOp, 0),
            Instr::new(Op::PopJumpIfFalse, 0),
        ];
        let q = quicken(&code);
        assert_eq!(q.len(), code.len());
        assert_eq!(q[0], Instr::new(Op::CompareFastConstJump, 0));
        assert_eq!(q[1], code[1]);
        assert_eq!(q[2], Instr::new(Op::CompareJumpIfFalse, 2));
        assert_eq!(q[3], code[3]);
        // The value's LoadFast is left alone; the object's fuses with the store.
        assert_eq!(q[4], code[4]);
        assert_eq!(q[5], Instr::new(Op::LoadFastStoreAttr, 0));
        assert_eq!(q[6], code[6]);
        assert_eq!(q[7], Instr::new(Op::CompareFastFastJump, 0));
        assert_eq!(q[9], Instr::new(Op::CompareJumpIfFalse, 0));
    }
}
