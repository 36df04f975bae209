//! The opcode table: the single source of truth for sandpy's bytecode.
//!
//! Every instruction is declared once, in the `opcodes!` invocation below, with
//! its operand kind, its stack effect and a line of documentation. The `Op` enum,
//! `Op::name`, `Op::arg_kind`, `Op::stack_effect` and the disassembler are all
//! derived from that one declaration, so the compiler, the VM and `--dis` cannot
//! disagree about what an instruction is.
//!
//! Conventions used in the docs below:
//! - stacks are written bottom to top, `[a, b]` means `b` is the top (TOS);
//! - `NULL` is the VM's "no value" marker (`Value::Undef`), never visible to Python;
//! - jump operands are absolute instruction indices into the code unit;
//! - the stack effect is the effect on the fall-through path (for `ForIter`,
//!   the path that produced a value; the exhausted path pops the iterator).

/// What the `u32` operand of an instruction means (used by the disassembler).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgKind {
    /// The operand is unused (always 0).
    None,
    /// Index into `CodeUnit::consts`.
    Const,
    /// Index into `CodeUnit::varnames` (a fast local slot).
    Local,
    /// Index into `CodeUnit::names`.
    Name,
    /// Index into cell variables followed by free variables
    /// (`cellvars[i]` if `i < cellvars.len()`, else `freevars[i - cellvars.len()]`).
    Deref,
    /// Absolute instruction index.
    Jump,
    /// A count of stack items.
    Count,
    /// A `BinOpKind` (with `INPLACE` or-ed in for augmented assignment).
    BinOp,
    /// A `CmpOpKind`.
    CmpOp,
    /// A `UnaryOpKind`.
    UnaryOp,
    /// Bit flags documented on the instruction.
    Flags,
}

macro_rules! opcodes {
    ($( $(#[doc = $doc:literal])* $name:ident ( $kind:ident ) => $effect:expr; )*) => {
        /// A bytecode operation. See the module docs for the conventions.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Op {
            $( $(#[doc = $doc])* $name, )*
        }

        impl Op {
            /// Every opcode, in declaration order.
            pub const ALL: &'static [Op] = &[$(Op::$name),*];

            /// The opcode's name as the disassembler prints it.
            pub fn name(self) -> &'static str {
                match self { $(Op::$name => stringify!($name),)* }
            }

            /// What the operand means.
            pub fn arg_kind(self) -> ArgKind {
                match self { $(Op::$name => ArgKind::$kind,)* }
            }

            /// Net change of the stack height on the fall-through path.
            pub fn stack_effect(self, arg: u32) -> i32 {
                match self {
                    $(Op::$name => {
                        let f: fn(i32) -> i32 = $effect;
                        f(arg as i32)
                    })*
                }
            }
        }
    };
}

opcodes! {
    /// Does nothing.
    Nop(None) => |_| 0;
    /// `[a] -> []`.
    PopTop(None) => |_| -1;
    /// `Copy(n)`: push a new reference to the n-th item from the top (`Copy(1)` duplicates TOS).
    Copy(Count) => |_| 1;
    /// `Swap(n)`: exchange TOS with the n-th item from the top (n >= 2).
    Swap(Count) => |_| 0;
    /// Push `consts[arg]`.
    LoadConst(Const) => |_| 1;
    /// Push local `arg`; UnboundLocalError if it is unbound.
    LoadFast(Local) => |_| 1;
    /// Pop TOS into local `arg`.
    StoreFast(Local) => |_| -1;
    /// Unbind local `arg`; UnboundLocalError if it is unbound.
    DeleteFast(Local) => |_| 0;
    /// Push the contents of cell/free variable `arg`; NameError/UnboundLocalError if empty.
    LoadDeref(Deref) => |_| 1;
    /// Pop TOS into cell/free variable `arg`.
    StoreDeref(Deref) => |_| -1;
    /// Empty cell/free variable `arg`.
    DeleteDeref(Deref) => |_| 0;
    /// Push the cell object itself of cell/free variable `arg` (to build a closure tuple).
    LoadClosure(Deref) => |_| 1;
    /// In a class body: look `freevars` name up in the class namespace, else read the cell.
    LoadClassDeref(Deref) => |_| 1;
    /// Push global `names[arg]` (module globals, then builtins); NameError if missing.
    LoadGlobal(Name) => |_| 1;
    /// Pop TOS into global `names[arg]`.
    StoreGlobal(Name) => |_| -1;
    /// Delete global `names[arg]`; NameError if missing.
    DeleteGlobal(Name) => |_| 0;
    /// Push `names[arg]` from the frame's locals mapping, then globals, then builtins.
    LoadName(Name) => |_| 1;
    /// Pop TOS into the frame's locals mapping under `names[arg]`.
    StoreName(Name) => |_| -1;
    /// Delete `names[arg]` from the frame's locals mapping; NameError if missing.
    DeleteName(Name) => |_| 0;
    /// `[obj] -> [obj.name]`.
    LoadAttr(Name) => |_| 0;
    /// `[value, obj] -> []`: `obj.name = value`.
    StoreAttr(Name) => |_| -2;
    /// `[obj] -> []`: `del obj.name`.
    DeleteAttr(Name) => |_| -1;
    /// `[obj] -> [callable, self_or_NULL]`: a method found on the type is pushed
    /// unbound with `obj` as self; any other attribute is pushed with NULL.
    LoadMethod(Name) => |_| 1;
    /// `[container, key] -> [container[key]]`.
    BinarySubscr(None) => |_| -1;
    /// `[value, container, key] -> []`: `container[key] = value`.
    StoreSubscr(None) => |_| -3;
    /// `[container, key] -> []`: `del container[key]`.
    DeleteSubscr(None) => |_| -2;
    /// `[a, b] -> [a op b]`; the operand is a `BinOpKind`, or-ed with `INPLACE` for `op=`.
    BinaryOp(BinOp) => |_| -1;
    /// `[a] -> [op a]`; the operand is a `UnaryOpKind`.
    UnaryOp(UnaryOp) => |_| 0;
    /// `[a, b] -> [a op b]`; the operand is a `CmpOpKind` (rich comparison).
    CompareOp(CmpOp) => |_| -1;
    /// `[a, b] -> [a is b]`, or `is not` when the operand is 1.
    IsOp(Flags) => |_| -1;
    /// `[a, b] -> [a in b]`, or `not in` when the operand is 1.
    ContainsOp(Flags) => |_| -1;
    /// Jump to `arg`.
    Jump(Jump) => |_| 0;
    /// Pop TOS; jump to `arg` if it is false.
    PopJumpIfFalse(Jump) => |_| -1;
    /// Pop TOS; jump to `arg` if it is true.
    PopJumpIfTrue(Jump) => |_| -1;
    /// If TOS is false jump to `arg` keeping it, else pop it (for `and`).
    JumpIfFalseOrPop(Jump) => |_| -1;
    /// If TOS is true jump to `arg` keeping it, else pop it (for `or`).
    JumpIfTrueOrPop(Jump) => |_| -1;
    /// `[x] -> [iter(x)]`.
    GetIter(None) => |_| 0;
    /// `[iter] -> [iter, next(iter)]`; when exhausted pop `iter` and jump to `arg`.
    ForIter(Jump) => |_| 1;
    /// `[x1..xn] -> [(x1, .., xn)]`.
    BuildTuple(Count) => |n| 1 - n;
    /// `[x1..xn] -> [[x1, .., xn]]`.
    BuildList(Count) => |n| 1 - n;
    /// `[x1..xn] -> [{x1, .., xn}]`.
    BuildSet(Count) => |n| 1 - n;
    /// `[k1, v1, .., kn, vn] -> [{k1: v1, ..}]` (n pairs).
    BuildMap(Count) => |n| 1 - 2 * n;
    /// `[s1..sn] -> [s1 + .. + sn]` for n strings (f-strings).
    BuildString(Count) => |n| 1 - n;
    /// `[lo, hi] -> [slice(lo, hi)]` (n = 2) or `[lo, hi, step] -> [slice(..)]` (n = 3).
    BuildSlice(Count) => |n| 1 - n;
    /// f-string field. Flags: bits 0-1 conversion (0 none, 1 `!s`, 2 `!r`, 3 `!a`),
    /// bit 2 a format spec is on the stack. `[value, spec?] -> [str]`.
    FormatValue(Flags) => |f| if f & 4 != 0 { -1 } else { 0 };
    /// Pop TOS and append it to the list `arg` items below (counted after the pop).
    ListAppend(Count) => |_| -1;
    /// Pop TOS and add it to the set `arg` items below (counted after the pop).
    SetAdd(Count) => |_| -1;
    /// Pop `[key, value]` and store it in the dict `arg` items below (counted after the pops).
    MapAdd(Count) => |_| -2;
    /// Pop an iterable and extend the list `arg` items below with it.
    ListExtend(Count) => |_| -1;
    /// Pop an iterable and add its items to the set `arg` items below.
    SetUpdate(Count) => |_| -1;
    /// Pop a mapping and update the dict `arg` items below with it (`{**m}`).
    DictUpdate(Count) => |_| -1;
    /// Like `DictUpdate`, but a repeated key is a TypeError (`f(**a, **b)`);
    /// the callable sits `arg + 2` items below for the error message.
    DictMerge(Count) => |_| -1;
    /// `[list] -> [tuple(list)]`.
    ListToTuple(None) => |_| 0;
    /// `[seq] -> [xn, .., x1]`: unpack exactly `arg` items, the first on top.
    UnpackSequence(Count) => |n| n - 1;
    /// Starred unpacking: `arg & 0xff` items before the star, `arg >> 8` after.
    /// `[seq] -> [after.., list, before..]` with the first item on top.
    UnpackEx(Flags) => |a| (a & 0xff) + (a >> 8);
    /// Build a function from the code object on TOS. Flags: 1 defaults tuple,
    /// 2 keyword-defaults dict, 4 annotations dict, 8 closure tuple, pushed
    /// in that order below the code.
    /// `[defaults?, kwdefaults?, annotations?, closure?, code] -> [function]`.
    MakeFunction(Flags) => |f| -((f & 1) + ((f >> 1) & 1) + ((f >> 2) & 1) + ((f >> 3) & 1));
    /// `[callable, a1..an] -> [result]` with n = `arg` positional arguments.
    Call(Count) => |n| -n;
    /// `[callable, self_or_NULL, a1..an] -> [result]`; self (when not NULL) is prepended.
    CallMethod(Count) => |n| -n - 1;
    /// `[callable, a1..an, kwnames] -> [result]`: the last `len(kwnames)` of the n
    /// arguments are keyword arguments named by the tuple `kwnames`.
    CallKw(Count) => |n| -n - 1;
    /// `[callable, self_or_NULL, a1..an, kwnames] -> [result]`.
    CallMethodKw(Count) => |n| -n - 2;
    /// `[callable, args_tuple, kwargs_dict?] -> [result]`; bit 0 of the flags: a dict is present.
    CallEx(Flags) => |f| if f & 1 != 0 { -2 } else { -1 };
    /// Return TOS to the caller.
    ReturnValue(None) => |_| -1;
    /// Yield TOS from a generator; on resumption the sent value is pushed.
    YieldValue(None) => |_| 0;
    /// `[x] -> [iter]`: `iter(x)`, but a generator is kept as it is (`yield from`).
    GetYieldFromIter(None) => |_| 0;
    /// `[iter, sent] -> [result]`: send `sent` into `iter`; if it yields, this frame
    /// yields the same value and re-executes this instruction on resumption with the
    /// new sent value; when it finishes, push its return value.
    YieldFrom(None) => |_| -1;
    /// `raise`: 0 re-raises the exception being handled, 1 `[exc]`, 2 `[exc, cause]`.
    Raise(Count) => |n| -n;
    /// `[prev_exc, exc] -> (raises)`: restore the handled exception to `prev_exc`
    /// and re-raise `exc`, keeping its traceback.
    Reraise(None) => |_| -2;
    /// `[exc] -> [prev_exc, exc]`: `exc` becomes the exception being handled.
    PushExcInfo(None) => |_| 1;
    /// `[prev_exc] -> []`: the exception being handled becomes `prev_exc` again.
    PopExcept(None) => |_| -1;
    /// `[exc, type] -> [exc, isinstance(exc, type)]`; TypeError if `type` is not an
    /// exception class or tuple of them.
    CheckExcMatch(None) => |_| 0;
    /// Push the AssertionError class.
    LoadAssertionError(None) => |_| 1;
    /// `[mgr] -> [exit, mgr.__enter__()]` where `exit` is the bound `mgr.__exit__`.
    BeforeWith(None) => |_| 1;
    /// `[exit] -> []`: call `exit(None, None, None)` and discard the result.
    WithExit(None) => |_| -1;
    /// `[exit, prev_exc, exc] -> [exit, prev_exc, exc, exit(type(exc), exc, tb)]`.
    WithExceptStart(None) => |_| 1;
    /// `[level, fromlist] -> [module]`: import module `names[arg]`.
    ImportName(Name) => |_| -1;
    /// `[module] -> [module, module.name]`; ImportError if missing.
    ImportFrom(Name) => |_| 1;
    /// `[module] -> []`: `from module import *` into the frame's locals mapping.
    ImportStar(None) => |_| -1;
    /// Push the `__build_class__` helper used by class statements:
    /// `__build_class__(body_function, name, *bases, **keywords)`.
    LoadBuildClass(None) => |_| 1;
    /// `[x] -> [iter]`: the iterator `await x` drives: a coroutine itself,
    /// else `x.__await__()`. The operand names the context for the message
    /// of a TypeError: 0 `await`, 1 `__aenter__`'s result, 2 `__aexit__`'s.
    GetAwaitable(Count) => |_| 0;
    /// `[x] -> [aiter]`: `x.__aiter__()` (`async for`).
    GetAIter(None) => |_| 0;
    /// `[aiter] -> [aiter, iter]`: the awaitable of `aiter.__anext__()`,
    /// ready for `YieldFrom`.
    GetANext(None) => |_| 1;
    /// `[aiter, exc] -> []`: the end of an `async for`: when `exc` is a
    /// StopAsyncIteration the loop is over, else `exc` is re-raised.
    EndAsyncFor(None) => |_| -2;
    /// `[mgr] -> [aexit, aenter_result]` where `aexit` is the bound
    /// `mgr.__aexit__` and `aenter_result` is still to be awaited.
    BeforeAsyncWith(None) => |_| 1;
    /// `[exit] -> [exit(None, None, None)]` (the result of `__aexit__`, to await).
    WithExitCall(None) => |_| 0;

    // Superinstructions. Never emitted by the compiler: the VM writes them
    // over the first of two (or four) instructions when it prepares code
    // (bytecode/quicken.rs). The others stay in place (a jump to one runs
    // it alone) and supply their own operands; the group executes as one
    // dispatch. The stack effect is the whole group's.

    /// `LoadFast(arg)` then `LoadFast` (the next instruction's operand).
    LoadFastLoadFast(Local) => |_| 2;
    /// `StoreFast(arg)` then `LoadFast` (the next instruction's operand).
    StoreFastLoadFast(Local) => |_| 0;
    /// `LoadFast(arg)` then `LoadConst` (the next instruction's operand).
    LoadFastLoadConst(Local) => |_| 2;
    /// `LoadFast(arg)` then `LoadAttr` (the next instruction's name): on an
    /// inline-cache hit the attribute is read straight from the local, with
    /// no INCREF/DECREF of the object.
    LoadFastLoadAttr(Local) => |_| 1;
    /// `CompareOp(arg)` then `PopJumpIfFalse` (the next instruction's target).
    CompareJumpIfFalse(CmpOp) => |_| -2;
    /// `LoadFast(arg)` then `StoreAttr` (the next instruction's name),
    /// `[value] -> []`: on an inline-cache hit the value moves into the
    /// local's attribute, with no INCREF/DECREF of the object or the value.
    LoadFastStoreAttr(Local) => |_| -1;
    /// Four instructions: `LoadFast(arg)`, `LoadFast`, `CompareOp`,
    /// `PopJumpIfFalse` (the next three supply their operands). Two ints,
    /// floats or strs are compared in place, nothing pushed or counted.
    CompareFastFastJump(Local) => |_| 0;
    /// Three instructions: `LoadFast(arg)`, `LoadFast`, `BinarySubscr`,
    /// `[] -> [local[local]]`: a list or tuple indexed by an int in place.
    SubscrFastFast(Local) => |_| 1;
    /// Three instructions: `LoadFast(arg)`, `LoadFast`, `StoreSubscr`,
    /// `[value] -> []`: the value moves into a list in place.
    StoreSubscrFastFast(Local) => |_| -1;
    /// Four instructions: `LoadFast(arg)`, `LoadConst`, `CompareOp`,
    /// `PopJumpIfFalse`, compared in place as `CompareFastFastJump`.
    CompareFastConstJump(Local) => |_| 0;

    // Pattern matching (the `match` statement, compiler/patterns.rs; the
    // VM's side is vm/pattern.rs). Stack shapes as CPython 3.11's. Declared
    // last, so that the opcodes above keep their numbers.

    /// `[x] -> [x, len(x)]`.
    GetLen(None) => |_| 1;
    /// `[x] -> [x, bool]`: whether `x` is a sequence to a sequence pattern
    /// (a list, tuple or range, or an instance of a subclass; never a str,
    /// bytes or bytearray).
    MatchSequence(None) => |_| 1;
    /// `[x] -> [x, bool]`: whether `x` is a mapping to a mapping pattern
    /// (a dict or an instance of a subclass).
    MatchMapping(None) => |_| 1;
    /// `[x, keys] -> [x, keys, values]`: the tuple of the values of the keys
    /// in the tuple `keys`, each read with `x.get(key, <missing>)`, or None
    /// when one is missing; ValueError for a key given twice.
    MatchKeys(None) => |_| 1;
    /// `[x, cls, names] -> [attrs]`: a class pattern with `arg` positional
    /// sub-patterns and the keyword ones named by the tuple `names`. `attrs`
    /// is the tuple of the attributes they match (positional ones through
    /// `cls.__match_args__`) when `x` is an instance of `cls` that has them
    /// all, else None.
    MatchClass(Count) => |_| -2;
    /// `[x, keys] -> [rest]`: a new dict of the items of the mapping `x`
    /// whose keys are not in the tuple `keys` (`**rest`).
    MatchRest(None) => |_| -1;

    // Rare operations, declared last so that the opcodes above keep their
    // numbers (and the dispatch loop its shape).

    /// `[v] -> [None]`: a rare operation chosen by the operand.
    /// `INTRINSIC_PRINT` (0): show `v` as the interactive prompt does
    /// (`compile(..., 'single')`): unless it is None, its repr on stdout,
    /// kept as `builtins._`. `INTRINSIC_SETUP_ANNOTATIONS` (1): `v` is
    /// ignored; make an empty `__annotations__` dict in the frame's
    /// namespace (its locals mapping, else its globals) unless one is there.
    CallIntrinsic(Flags) => |_| 0;

    // except* (compiler/try_star.rs; the VM's side is vm/exc_star.rs).
    // Stack shapes as CPython 3.11's.

    /// `[exc, type] -> [rest, match]` when part of `exc` matches the
    /// except* clause `type` (a naked exception that matches is wrapped in
    /// `ExceptionGroup('', (exc,))`, rest None); `match` becomes the
    /// exception being handled. `[exc, type] -> [exc, None]` when nothing
    /// matches. TypeError for a type that is not an exception class, or
    /// one that is an exception group class.
    CheckEgMatch(None) => |_| 0;
    /// `[orig, excs] -> [exc]`: what leaves a `try ... except*` once the
    /// clauses ran: from the list `excs` of exceptions raised or re-raised
    /// by its clauses and the unmatched rest, the exception to re-raise
    /// (the re-raised parts of `orig` as one group, combined with those
    /// raised anew), or None.
    PrepReraiseStar(None) => |_| -1;
    /// `[x1..xn] -> [frozenset({x1, .., xn})]`, the items added in order:
    /// a display of more than two constants, held as CPython holds it (a
    /// frozenset constant, which `{1, 2, 3}` merges into a new set with
    /// `SetUpdate` and `for x in {1, 2, 3}` walks as it is), so that the
    /// set's slots, hence its order, are CPython's.
    BuildFrozenSet(Count) => |n| 1 - n;
}

/// Binary operators, the operand of `BinaryOp`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum BinOpKind {
    Add = 0,
    Sub = 1,
    Mul = 2,
    TrueDiv = 3,
    FloorDiv = 4,
    Mod = 5,
    Pow = 6,
    LShift = 7,
    RShift = 8,
    And = 9,
    Or = 10,
    Xor = 11,
    MatMul = 12,
}

/// Or-ed into a `BinaryOp` operand for augmented assignment (`+=`): try `__iadd__` first.
pub const INPLACE: u32 = 0x10;

/// `CallIntrinsic` operand: show a value as the interactive prompt does.
pub const INTRINSIC_PRINT: u32 = 0;
/// `CallIntrinsic` operand: make the namespace's `__annotations__` dict.
pub const INTRINSIC_SETUP_ANNOTATIONS: u32 = 1;

impl BinOpKind {
    /// Every binary operator, indexed by its operand value.
    pub const ALL: [BinOpKind; 13] = [
        BinOpKind::Add,
        BinOpKind::Sub,
        BinOpKind::Mul,
        BinOpKind::TrueDiv,
        BinOpKind::FloorDiv,
        BinOpKind::Mod,
        BinOpKind::Pow,
        BinOpKind::LShift,
        BinOpKind::RShift,
        BinOpKind::And,
        BinOpKind::Or,
        BinOpKind::Xor,
        BinOpKind::MatMul,
    ];

    /// Decode an operand (ignoring the `INPLACE` bit).
    pub fn from_arg(arg: u32) -> BinOpKind {
        Self::ALL[(arg & 0xf) as usize % Self::ALL.len()]
    }

    /// The operator as Python spells it (`+`, `//`, ...).
    pub fn symbol(self) -> &'static str {
        match self {
            BinOpKind::Add => "+",
            BinOpKind::Sub => "-",
            BinOpKind::Mul => "*",
            BinOpKind::TrueDiv => "/",
            BinOpKind::FloorDiv => "//",
            BinOpKind::Mod => "%",
            BinOpKind::Pow => "**",
            BinOpKind::LShift => "<<",
            BinOpKind::RShift => ">>",
            BinOpKind::And => "&",
            BinOpKind::Or => "|",
            BinOpKind::Xor => "^",
            BinOpKind::MatMul => "@",
        }
    }

    /// The special method names: (normal, reflected, in-place).
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOpKind::Add => ("__add__", "__radd__", "__iadd__"),
            BinOpKind::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinOpKind::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinOpKind::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOpKind::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOpKind::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinOpKind::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinOpKind::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOpKind::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOpKind::And => ("__and__", "__rand__", "__iand__"),
            BinOpKind::Or => ("__or__", "__ror__", "__ior__"),
            BinOpKind::Xor => ("__xor__", "__rxor__", "__ixor__"),
            BinOpKind::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
        }
    }
}

/// Rich comparisons, the operand of `CompareOp`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum CmpOpKind {
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
}

impl CmpOpKind {
    /// Every comparison, indexed by its operand value.
    pub const ALL: [CmpOpKind; 6] = [
        CmpOpKind::Lt,
        CmpOpKind::Le,
        CmpOpKind::Eq,
        CmpOpKind::Ne,
        CmpOpKind::Gt,
        CmpOpKind::Ge,
    ];

    /// Decode an operand.
    pub fn from_arg(arg: u32) -> CmpOpKind {
        Self::ALL[arg as usize % Self::ALL.len()]
    }

    /// The operator as Python spells it.
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOpKind::Lt => "<",
            CmpOpKind::Le => "<=",
            CmpOpKind::Eq => "==",
            CmpOpKind::Ne => "!=",
            CmpOpKind::Gt => ">",
            CmpOpKind::Ge => ">=",
        }
    }

    /// The special method and the reflected one tried when it returns NotImplemented.
    pub fn dunders(self) -> (&'static str, &'static str) {
        match self {
            CmpOpKind::Lt => ("__lt__", "__gt__"),
            CmpOpKind::Le => ("__le__", "__ge__"),
            CmpOpKind::Eq => ("__eq__", "__eq__"),
            CmpOpKind::Ne => ("__ne__", "__ne__"),
            CmpOpKind::Gt => ("__gt__", "__lt__"),
            CmpOpKind::Ge => ("__ge__", "__le__"),
        }
    }

    /// Whether `a op b` holds for ordered Rust values (ints, floats, strs).
    /// NaN compares false except for `!=`, as in Python.
    #[inline(always)]
    pub fn holds<T: PartialOrd + ?Sized>(self, a: &T, b: &T) -> bool {
        match self {
            CmpOpKind::Lt => a < b,
            CmpOpKind::Le => a <= b,
            CmpOpKind::Eq => a == b,
            CmpOpKind::Ne => a != b,
            CmpOpKind::Gt => a > b,
            CmpOpKind::Ge => a >= b,
        }
    }

    /// The comparison with its operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CmpOpKind {
        match self {
            CmpOpKind::Lt => CmpOpKind::Gt,
            CmpOpKind::Le => CmpOpKind::Ge,
            CmpOpKind::Eq => CmpOpKind::Eq,
            CmpOpKind::Ne => CmpOpKind::Ne,
            CmpOpKind::Gt => CmpOpKind::Lt,
            CmpOpKind::Ge => CmpOpKind::Le,
        }
    }
}

/// Unary operators, the operand of `UnaryOp`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum UnaryOpKind {
    Neg = 0,
    Pos = 1,
    Not = 2,
    Invert = 3,
}

impl UnaryOpKind {
    /// Decode an operand.
    pub fn from_arg(arg: u32) -> UnaryOpKind {
        match arg {
            0 => UnaryOpKind::Neg,
            1 => UnaryOpKind::Pos,
            2 => UnaryOpKind::Not,
            _ => UnaryOpKind::Invert,
        }
    }
}

/// One instruction: an opcode and its operand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instr {
    pub op: Op,
    pub arg: u32,
}

impl Instr {
    pub const fn new(op: Op, arg: u32) -> Instr {
        Instr { op, arg }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique() {
        let mut names: Vec<&str> = Op::ALL.iter().map(|o| o.name()).collect();
        names.sort_unstable();
        let before = names.len();
        names.dedup();
        assert_eq!(before, names.len());
    }

    #[test]
    fn stack_effects() {
        assert_eq!(Op::BuildMap.stack_effect(3), -5);
        assert_eq!(Op::MakeFunction.stack_effect(1 | 8), -2);
        assert_eq!(Op::UnpackEx.stack_effect(1 | (2 << 8)), 3);
        assert_eq!(Op::CallMethodKw.stack_effect(2), -4);
    }
}
