//! Materialising code: the tests of `Vm::code_for`, which builds a runtime
//! code object (`object::code::Code`) from a checked, quickened unit.

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
