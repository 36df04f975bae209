//! Bytecode: the opcode table, compiled code units and the disassembler.

pub mod code;
pub mod dis;
pub mod opcodes;
pub mod quicken;
pub mod verify;

pub use code::{CodeKind, CodeUnit, Const, ExcEntry, GenKind, SourceFile};
pub use opcodes::{
    ArgKind, BinOpKind, CmpOpKind, INPLACE, INTRINSIC_PRINT, INTRINSIC_SETUP_ANNOTATIONS, Instr,
    Op, UnaryOpKind,
};
