//! Quickening: superinstructions written over groups of instructions when a
//! unit is materialised for a thread (see `object::code::Code`).

use crate::bytecode::{Instr, Op};

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
