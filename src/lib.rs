//! sandpy: a Python 3 runtime whose interpreter threads run in parallel as
//! sandboxes (Adam Olsen's "sandboxed threads" design).
//!
//! Layers (see docs/architecture.md): `compiler` (ruff AST to bytecode),
//! `bytecode` (the opcode table, code units, disassembler), `object` (values,
//! the header and refcounting), `types` (builtin types), `vm` (frames and the
//! dispatch loop), `builtins` and `modules` (the namespaces a program sees),
//! `format` (number and string formatting), `runner` (running a script).

pub mod builtins;
pub mod bytecode;
pub mod compiler;
pub mod files;
pub mod format;
pub mod freeze;
pub mod fuzzing;
pub mod heap;
pub mod modules;
pub mod object;
pub mod proxy;
pub mod pystone_cmd;
pub mod runner;
pub mod runtime;
pub mod types;
pub mod vm;

use std::sync::Arc;

/// Compile Python source into a module code unit.
pub fn compile_source(
    source: &str,
    filename: &str,
) -> Result<Arc<bytecode::CodeUnit>, compiler::CompileError> {
    compiler::compile_module(source, filename)
}
