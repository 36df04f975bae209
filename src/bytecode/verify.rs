//! A bytecode verifier: walks every code unit's control flow and checks the
//! invariants the VM relies on.
//!
//! Checked: operand ranges (jumps, constants, names, locals, derefs), line
//! table length, the last instruction never falls through, exception entries
//! in range, and a static stack height that is never negative, agrees at every
//! join point, and (for instructions covered by an exception entry) never sits
//! below the entry's depth when the instruction can raise. Nested code units
//! are verified recursively (their nesting is bounded by the compiler's limits).

use crate::bytecode::{ArgKind, CodeUnit, Const, Op};

fn check_operands(code: &CodeUnit) -> Result<(), String> {
    let n = code.instrs.len();
    let nderef = code.cellvars.len() + code.freevars.len();
    for (pc, ins) in code.instrs.iter().enumerate() {
        let a = ins.arg as usize;
        let ok = match ins.op.arg_kind() {
            ArgKind::Jump => a < n,
            ArgKind::Const => a < code.consts.len(),
            ArgKind::Name => a < code.names.len(),
            ArgKind::Local => a < code.varnames.len(),
            ArgKind::Deref => a < nderef,
            _ => true,
        };
        if !ok {
            return Err(format!(
                "{}: operand out of range at {pc}: {:?}",
                code.qualname, ins
            ));
        }
    }
    Ok(())
}

fn terminates(op: Op) -> bool {
    matches!(op, Op::ReturnValue | Op::Jump | Op::Raise | Op::Reraise)
}

/// The structural checks the dispatch loop relies on, for one code unit (not
/// the units nested in its constants), in time linear in its length: a line
/// per instruction, a last instruction that never falls through, every
/// operand in range (jump targets, constants, names, locals, derefs), every
/// exception entry in range. The VM runs this on every unit before it runs
/// it (`object::code::Checked`), so that the loop can fetch instructions, locals
/// and constants without bounds checks.
pub fn check_structure(code: &CodeUnit) -> Result<(), String> {
    let n = code.instrs.len();
    if code.lines.len() != n {
        return Err(format!("{}: lines.len() != instrs.len()", code.qualname));
    }
    match code.instrs.last() {
        Some(last) if terminates(last.op) => {}
        _ => return Err(format!("{}: last instruction falls through", code.qualname)),
    }
    check_operands(code)?;
    for e in &code.exc_table {
        if e.start >= e.end || e.end as usize > n || e.target as usize >= n {
            return Err(format!("{}: bad exception entry {e:?}", code.qualname));
        }
    }
    if code.cell2arg.len() != code.cellvars.len() {
        return Err(format!("{}: cell2arg length", code.qualname));
    }
    if code.varnames.len() < code.total_params() {
        return Err(format!("{}: fewer varnames than parameters", code.qualname));
    }
    Ok(())
}

/// Verify a code unit and all code units nested in its constants: the
/// structural checks, then the static stack heights.
pub fn verify(code: &CodeUnit) -> Result<(), String> {
    check_structure(code)?;
    let n = code.instrs.len();

    let mut height: Vec<Option<i32>> = vec![None; n];
    let mut work: Vec<(usize, i32)> = vec![(0, 0)];
    let mut seeded = vec![false; code.exc_table.len()];
    loop {
        while let Some((pc, h)) = work.pop() {
            if h < 0 {
                return Err(format!("{}: negative stack height at {pc}", code.qualname));
            }
            let Some(slot) = height.get_mut(pc) else {
                return Err(format!("{}: control flow runs off the end", code.qualname));
            };
            match *slot {
                Some(old) if old == h => continue,
                Some(old) => {
                    return Err(format!(
                        "{}: inconsistent stack height at {pc}: {old} vs {h}",
                        code.qualname
                    ));
                }
                None => *slot = Some(h),
            }
            let Some(ins) = code.instrs.get(pc) else {
                return Err(format!("{}: pc out of range", code.qualname));
            };
            let after = h + ins.op.stack_effect(ins.arg);
            if let Some(e) = code.handler_for(pc) {
                let low = if matches!(ins.op, Op::Raise | Op::Reraise) {
                    after
                } else {
                    h
                };
                if low < e.depth as i32 {
                    return Err(format!(
                        "{}: stack height {low} below handler depth {} at {pc}",
                        code.qualname, e.depth
                    ));
                }
            }
            let target = ins.arg as usize;
            match ins.op {
                Op::ReturnValue | Op::Raise | Op::Reraise => {}
                Op::Jump => work.push((target, h)),
                Op::PopJumpIfFalse | Op::PopJumpIfTrue => {
                    work.push((target, h - 1));
                    work.push((pc + 1, h - 1));
                }
                Op::JumpIfFalseOrPop | Op::JumpIfTrueOrPop => {
                    work.push((target, h));
                    work.push((pc + 1, h - 1));
                }
                Op::ForIter => {
                    work.push((target, h - 1));
                    work.push((pc + 1, h + 1));
                }
                _ => work.push((pc + 1, after)),
            }
        }
        // Seed handlers whose protected range is reachable.
        let mut more = false;
        for (i, e) in code.exc_table.iter().enumerate() {
            if seeded.get(i).copied().unwrap_or(true) {
                continue;
            }
            let reachable =
                (e.start..e.end).any(|pc| height.get(pc as usize).is_some_and(|h| h.is_some()));
            if reachable {
                if let Some(s) = seeded.get_mut(i) {
                    *s = true;
                }
                work.push((e.target as usize, e.depth as i32 + 1));
                more = true;
            }
        }
        if !more {
            break;
        }
    }
    for c in &code.consts {
        if let Const::Code(inner) = c {
            verify(inner)?;
        }
    }
    Ok(())
}
