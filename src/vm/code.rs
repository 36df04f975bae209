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

/// Proof that a unit passed `compiler::check_structure`: only [`Checked::new`]
/// makes one, so a [`Code`] (which holds one) can only be built from a
/// checked unit.
#[derive(Debug)]
pub struct Checked(());

impl Checked {
    /// Check `unit`'s structure; the message names the unit and what is wrong.
    pub fn new(unit: &CodeUnit) -> Result<Checked, String> {
        crate::compiler::check_structure(unit)?;
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

/// Write superinstructions over common groups of instructions (CPython 3.11
/// does the same): pairs, and groups of three or four that read locals in
/// place (a subscript of a local by a local, a comparison of a local with a
/// local or a constant that jumps). Only the first instruction of a group
/// changes (the rest keep their place and operand; the tail of a group of
/// four is itself fused as a pair), so jump targets, line numbers and
/// exception ranges, all indexed by instruction, stay valid, and a jump into
/// a group runs its tail as ordinary instructions. Groups do not overlap;
/// a pair gives way to a group that reads in place starting one later.
pub fn quicken(instrs: &[Instr]) -> Box<[Instr]> {
    let mut out = instrs.to_vec();
    let mut i = 0;
    while i < instrs.len() {
        let Some((op, len)) = group_at(instrs, i) else {
            i += 1;
            continue;
        };
        if !reads_in_place(op) && group_at(instrs, i + 1).is_some_and(|(g, _)| reads_in_place(g)) {
            i += 1;
            continue;
        }
        out[i] = Instr::new(op, instrs[i].arg);
        if len == 4 {
            out[i + 2] = Instr::new(Op::CompareJumpIfFalse, instrs[i + 2].arg);
        }
        i += len;
    }
    out.into_boxed_slice()
}

/// Whether a superinstruction reads its locals in place, saving their
/// INCREF/DECREF and not only a dispatch (such a group wins over a pair that
/// would take its first instruction).
fn reads_in_place(op: Op) -> bool {
    matches!(
        op,
        Op::CompareFastFastJump
            | Op::CompareFastConstJump
            | Op::SubscrFastFast
            | Op::StoreSubscrFastFast
            | Op::LoadFastStoreAttr
    )
}

/// The superinstruction that starts at `i`, and how many instructions it
/// covers.
fn group_at(instrs: &[Instr], i: usize) -> Option<(Op, usize)> {
    let op = |k: usize| instrs.get(i + k).map(|x| x.op);
    let (Some(a), Some(b)) = (op(0), op(1)) else {
        return None;
    };
    if a == Op::LoadFast {
        match (b, op(2), op(3)) {
            (Op::LoadFast, Some(Op::CompareOp), Some(Op::PopJumpIfFalse)) => {
                return Some((Op::CompareFastFastJump, 4));
            }
            (Op::LoadConst, Some(Op::CompareOp), Some(Op::PopJumpIfFalse)) => {
                return Some((Op::CompareFastConstJump, 4));
            }
            (Op::LoadFast, Some(Op::BinarySubscr), _) => return Some((Op::SubscrFastFast, 3)),
            (Op::LoadFast, Some(Op::StoreSubscr), _) => {
                return Some((Op::StoreSubscrFastFast, 3));
            }
            (Op::StoreAttr, _, _) => return Some((Op::LoadFastStoreAttr, 2)),
            _ => {}
        }
    }
    let pair = match (a, b) {
        (Op::LoadFast, Op::LoadFast) => Op::LoadFastLoadFast,
        (Op::StoreFast, Op::LoadFast) => Op::StoreFastLoadFast,
        (Op::LoadFast, Op::LoadConst) => Op::LoadFastLoadConst,
        (Op::LoadFast, Op::LoadAttr) => Op::LoadFastLoadAttr,
        (Op::CompareOp, Op::PopJumpIfFalse) => Op::CompareJumpIfFalse,
        _ => return None,
    };
    Some((pair, 2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quicken_fuses_pairs_in_place() {
        let code = [
            Instr::new(Op::LoadFast, 0),
            Instr::new(Op::LoadFast, 1),
            Instr::new(Op::BinaryOp, 0),
            Instr::new(Op::StoreFast, 2),
            Instr::new(Op::LoadFast, 2),
            Instr::new(Op::ReturnValue, 0),
        ];
        let q = quicken(&code);
        assert_eq!(q.len(), code.len());
        assert_eq!(q[0], Instr::new(Op::LoadFastLoadFast, 0));
        assert_eq!(q[1], code[1]);
        assert_eq!(q[2], code[2]);
        assert_eq!(q[3], Instr::new(Op::StoreFastLoadFast, 2));
        assert_eq!(q[4], code[4]);
    }

    #[test]
    fn a_pair_gives_way_to_a_group_that_reads_in_place() {
        let code = [
            Instr::new(Op::LoadFast, 0),
            Instr::new(Op::LoadFast, 1),
            Instr::new(Op::LoadFast, 2),
            Instr::new(Op::CompareOp, 0),
            Instr::new(Op::PopJumpIfFalse, 0),
            Instr::new(Op::LoadFast, 0),
            Instr::new(Op::LoadFast, 1),
            Instr::new(Op::LoadFast, 2),
            Instr::new(Op::StoreSubscr, 0),
        ];
        let q = quicken(&code);
        assert_eq!(q[0], code[0]);
        assert_eq!(q[1], Instr::new(Op::CompareFastFastJump, 1));
        assert_eq!(q[3], Instr::new(Op::CompareJumpIfFalse, 0));
        assert_eq!(q[5], code[5]);
        assert_eq!(q[6], Instr::new(Op::StoreSubscrFastFast, 1));
        assert_eq!(q[7], code[7]);
        assert_eq!(q[8], code[8]);
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

#[cfg(test)]
mod checked_tests {
    use std::sync::Arc;

    use crate::bytecode::{CodeUnit, Instr, Op};
    use crate::vm::Vm;

    fn unit(src: &str) -> CodeUnit {
        let u = crate::compiler::compile_module(src, "t.py").expect("compiles");
        Arc::try_unwrap(u).expect("one owner")
    }

    /// `code_for` refuses a unit the dispatch loop could run off, with a
    /// SystemError that names the unit and the fault.
    fn refused(u: CodeUnit) -> String {
        let mut vm = Vm::new(8 << 20);
        let Err(e) = vm.code_for(&Arc::new(u)) else {
            panic!("a malformed unit was accepted");
        };
        vm.format_exception(&e.0)
    }

    #[test]
    fn compiled_code_is_accepted() {
        let mut vm = Vm::new(8 << 20);
        let u = unit("def f(a, b):\n    while a < b:\n        a = a + 1\n    return a\n");
        assert!(vm.code_for(&Arc::new(u)).is_ok());
    }

    #[test]
    fn a_last_instruction_that_falls_through_is_refused() {
        let mut u = unit("x = 1\n");
        if let Some(last) = u.instrs.last_mut() {
            *last = Instr::new(Op::Nop, 0);
        }
        let msg = refused(u);
        assert!(msg.contains("SystemError: invalid bytecode"), "{msg}");
        assert!(msg.contains("falls through"), "{msg}");
    }

    #[test]
    fn operands_out_of_range_are_refused() {
        let mut u = unit("x = 1\n");
        let n = u.instrs.len() as u32;
        u.instrs.insert(0, Instr::new(Op::Jump, n + 5));
        u.lines.insert(0, 1);
        assert!(refused(u).contains("operand out of range"));

        let mut u = unit("x = 1\n");
        u.instrs.insert(0, Instr::new(Op::LoadConst, 99));
        u.lines.insert(0, 1);
        assert!(refused(u).contains("operand out of range"));

        let mut u = unit("def f():\n    return 1\n");
        let nlocals = u.varnames.len() as u32;
        u.instrs.insert(0, Instr::new(Op::LoadFast, nlocals));
        u.lines.insert(0, 1);
        assert!(refused(u).contains("operand out of range"));
    }

    #[test]
    fn an_empty_unit_is_refused() {
        let mut u = unit("x = 1\n");
        u.instrs.clear();
        u.lines.clear();
        assert!(refused(u).contains("falls through"));
    }
}
