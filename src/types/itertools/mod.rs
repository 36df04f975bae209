//! The iterator types of the `itertools` module (CPython's are written in
//! C, so these are native): count, cycle, repeat, accumulate, chain,
//! compress, dropwhile, takewhile, filterfalse, groupby (and its
//! `_grouper`), islice, pairwise, starmap, tee (`_tee` and the
//! `_tee_dataobject` blocks its copies share), zip_longest, product,
//! permutations, combinations and combinations_with_replacement.
//! `modules/itertools.rs` binds these classes to the module's names.
//!
//! Invariants:
//! - Every object is a [`Tool`]: one Rust type whose `ty` says which
//!   Python type it is, and whose state is an [`St`]. Each step takes the
//!   state out of its cell (leaving `St::Busy`), runs with no borrow held
//!   (so the Python code it calls may do anything, itself included), and
//!   puts it back: a step that meets `Busy` is a re-entrant call and
//!   raises RuntimeError, never a borrow panic.
//! - Each step is one guarded native level (`Vm::nested`): a chain of a
//!   million itertools objects ends in RecursionError, not a stack
//!   overflow. Items come from `Vm::next`, which charges the safepoint
//!   budget, so an endless pipeline consumed by a native stops at the caps.
//! - Every value a state holds is reported by `trace` (while `Busy` the scan
//!   is incomplete and says so) and let go of in `clear`; the objects stay
//!   in their sandbox (the freezer refuses containers of references).
//! - The tee copies share `_tee_dataobject` blocks of `LINK_CELLS` items
//!   linked as a list, each a heap object of its own (CPython's layout), so
//!   a block that every copy has passed is freed by counting and no value
//!   is reported twice to the collector.

mod combinatorics;
pub(crate) mod construct;
mod grouping;

use std::cell::RefCell;

use crate::object::host::{Busy, Host, HostObject, HostType};
use crate::object::{Args, NativeKind, ObjRef, Payload, PyResult, Value};
use crate::types::registry::{TypeRoom, add_method, builtin_class, set_class_attr};
use crate::vm::{NativeFn, Vm};

pub use combinatorics::Combo;

pub static COUNT: HostType = HostType::with_class_protocols("count");
pub static CYCLE: HostType = HostType::with_class_protocols("cycle");
pub static REPEAT: HostType = HostType::with_class_protocols("repeat");
pub static ACCUMULATE: HostType = HostType::with_class_protocols("accumulate");
pub static CHAIN: HostType = HostType::with_class_protocols("chain");
pub static COMPRESS: HostType = HostType::with_class_protocols("compress");
pub static DROPWHILE: HostType = HostType::with_class_protocols("dropwhile");
pub static TAKEWHILE: HostType = HostType::with_class_protocols("takewhile");
pub static FILTERFALSE: HostType = HostType::with_class_protocols("filterfalse");
pub static GROUPBY: HostType = HostType::with_class_protocols("groupby");
pub static GROUPER: HostType = HostType::with_class_protocols("_grouper");
pub static ISLICE: HostType = HostType::with_class_protocols("islice");
pub static PAIRWISE: HostType = HostType::with_class_protocols("pairwise");
pub static STARMAP: HostType = HostType::with_class_protocols("starmap");
pub static TEE: HostType = HostType::with_class_protocols("_tee");
pub static TEE_DATA: HostType = HostType::with_class_protocols("_tee_dataobject");
pub static ZIP_LONGEST: HostType = HostType::with_class_protocols("zip_longest");
pub static PRODUCT: HostType = HostType::with_class_protocols("product");
pub static PERMUTATIONS: HostType = HostType::with_class_protocols("permutations");
pub static COMBINATIONS: HostType = HostType::with_class_protocols("combinations");
pub static CWR: HostType = HostType::with_class_protocols("combinations_with_replacement");

/// Items per `_tee_dataobject` block (CPython's figure).
const LINK_CELLS: usize = 57;

/// One itertools object.
pub struct Tool {
    ty: &'static HostType,
    st: RefCell<St>,
}

/// The state of an itertools object (see the module invariants).
pub enum St {
    /// Taken out by a step in progress.
    Busy,
    /// Exhausted, or cleared by the cycle collector.
    Done,
    /// `count`: `cur` then `cur + step`...; `fast` while both are small ints.
    Count {
        cur: Value,
        step: Value,
    },
    Cycle {
        it: Option<Value>,
        saved: Vec<Value>,
        index: usize,
        first_pass: bool,
    },
    /// `repeat`: `left` None repeats forever.
    Repeat {
        obj: Value,
        left: Option<i64>,
    },
    Accumulate {
        it: Value,
        func: Option<Value>,
        total: Option<Value>,
        initial: Option<Value>,
    },
    /// `chain`: `source` yields the iterables, `active` is the one in use.
    Chain {
        source: Option<Value>,
        active: Option<Value>,
    },
    Compress {
        data: Value,
        selectors: Value,
    },
    DropWhile {
        pred: Value,
        it: Value,
        dropped: bool,
    },
    TakeWhile {
        pred: Value,
        it: Value,
    },
    FilterFalse {
        pred: Option<Value>,
        it: Value,
    },
    /// `groupby`: `current` is the generation of the live `_grouper` (0:
    /// none), `generation` the last one handed out.
    GroupBy {
        it: Value,
        key: Option<Value>,
        tgtkey: Option<Value>,
        currkey: Option<Value>,
        currvalue: Option<Value>,
        generation: u64,
        current: u64,
    },
    Grouper {
        parent: Value,
        tgtkey: Value,
        generation: u64,
    },
    ISlice {
        it: Option<Value>,
        next: i64,
        stop: Option<i64>,
        step: i64,
        count: i64,
    },
    Pairwise {
        it: Option<Value>,
        old: Option<Value>,
    },
    StarMap {
        func: Value,
        it: Value,
    },
    /// `_tee`: a position in the shared blocks.
    Tee {
        data: ObjRef,
        index: usize,
    },
    /// `_tee_dataobject`: up to `LINK_CELLS` items read from `it`, then the
    /// next block.
    TeeData {
        it: Value,
        values: Vec<Value>,
        next: Option<ObjRef>,
        running: bool,
    },
    ZipLongest {
        its: Vec<Option<Value>>,
        active: usize,
        fill: Value,
    },
    Combo(Box<Combo>),
}

impl St {
    /// Call `f` on every value the state holds.
    fn each_value(&self, f: &mut dyn FnMut(&Value)) {
        let opt = |v: &Option<Value>, f: &mut dyn FnMut(&Value)| {
            if let Some(v) = v {
                f(v)
            }
        };
        match self {
            St::Busy | St::Done => {}
            St::Count { cur, step } => {
                f(cur);
                f(step);
            }
            St::Cycle { it, saved, .. } => {
                opt(it, f);
                saved.iter().for_each(&mut *f);
            }
            St::Repeat { obj, .. } => f(obj),
            St::Accumulate {
                it,
                func,
                total,
                initial,
            } => {
                f(it);
                opt(func, f);
                opt(total, f);
                opt(initial, f);
            }
            St::Chain { source, active } => {
                opt(source, f);
                opt(active, f);
            }
            St::Compress { data, selectors } => {
                f(data);
                f(selectors);
            }
            St::DropWhile { pred, it, .. } | St::TakeWhile { pred, it } => {
                f(pred);
                f(it);
            }
            St::FilterFalse { pred, it } => {
                opt(pred, f);
                f(it);
            }
            St::GroupBy {
                it,
                key,
                tgtkey,
                currkey,
                currvalue,
                ..
            } => {
                f(it);
                opt(key, f);
                opt(tgtkey, f);
                opt(currkey, f);
                opt(currvalue, f);
            }
            St::Grouper { parent, tgtkey, .. } => {
                f(parent);
                f(tgtkey);
            }
            St::ISlice { it, .. } => opt(it, f),
            St::Pairwise { it, old } => {
                opt(it, f);
                opt(old, f);
            }
            St::StarMap { func, it } => {
                f(func);
                f(it);
            }
            St::Tee { data, .. } => f(&Value::Obj(data.clone())),
            St::TeeData {
                it, values, next, ..
            } => {
                f(it);
                values.iter().for_each(&mut *f);
                if let Some(n) = next {
                    f(&Value::Obj(n.clone()));
                }
            }
            St::ZipLongest { its, fill, .. } => {
                its.iter().for_each(|i| opt(i, f));
                f(fill);
            }
            St::Combo(c) => c.each_value(f),
        }
    }
}

impl HostObject for Tool {
    fn host_type(&self) -> &'static HostType {
        self.ty
    }

    fn holds_references(&self) -> bool {
        true
    }

    fn trace(&self, f: &mut dyn FnMut(&ObjRef)) -> Result<(), Busy> {
        let st = self.st.try_borrow().map_err(|_| Busy)?;
        if let St::Busy = &*st {
            return Err(Busy);
        }
        st.each_value(&mut |v| {
            if let Value::Obj(o) = v {
                f(o)
            }
        });
        Ok(())
    }

    fn clear(&self) {
        if let Ok(mut st) = self.st.try_borrow_mut() {
            *st = St::Done;
        }
    }
}

/// A new itertools object of type `ty`.
pub(crate) fn new_tool(ty: &'static HostType, st: St) -> Value {
    Value::Obj(ObjRef::new(Payload::Host(Host::local(Tool {
        ty,
        st: RefCell::new(st),
    }))))
}

/// The object `v` if it is an itertools object of type `ty`.
fn tool_of<'a>(v: &'a Value, ty: &'static HostType) -> Option<&'a Tool> {
    v.host::<Tool>().filter(|t| std::ptr::eq(t.ty, ty))
}

/// The itertools `self` of a method of the class `ty`.
fn this<'a>(vm: &mut Vm, a: &'a Args, ty: &'static HostType, method: &str) -> PyResult<&'a Tool> {
    match a.pos.first().and_then(|v| tool_of(v, ty)) {
        Some(t) => Ok(t),
        None => {
            let got = a
                .pos
                .first()
                .map_or_else(|| "nothing".to_string(), |v| vm.type_name(v));
            Err(vm.type_error(format!(
                "descriptor '{method}' for 'itertools.{}' objects doesn't apply to a '{got}' object",
                ty.name
            )))
        }
    }
}

/// Run `f` on `t`'s state taken out of its cell (see the module
/// invariants), and put it back.
pub(crate) fn with_state<T>(
    vm: &mut Vm,
    t: &Tool,
    f: impl FnOnce(&mut Vm, &mut St) -> PyResult<T>,
) -> PyResult<T> {
    let taken = match t.st.try_borrow_mut() {
        Ok(mut s) => std::mem::replace(&mut *s, St::Busy),
        Err(_) => St::Busy,
    };
    if let St::Busy = taken {
        return Err(vm.runtime_error(format!(
            "cannot re-enter the {} iterator",
            t.ty.name.trim_start_matches('_')
        )));
    }
    let mut st = taken;
    let r = f(vm, &mut st);
    if let Ok(mut s) = t.st.try_borrow_mut() {
        *s = st;
    }
    r
}

/// `__next__` of every itertools iterator.
fn tool_next(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let Some(t) = a.pos.first().and_then(|v| v.host::<Tool>()) else {
        return Err(vm.type_error("descriptor '__next__' requires an itertools object"));
    };
    let me = a.pos[0].clone();
    let r = vm.nested("", |vm| with_state(vm, t, |vm, st| step(vm, st, &me)))?;
    match r {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

fn iter_self(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    match a.pos.first() {
        Some(v) if v.host::<Tool>().is_some() => Ok(v.clone()),
        _ => Err(vm.type_error("descriptor '__iter__' requires an itertools object")),
    }
}

/// The next item of `it`, or None at its end.
#[inline]
fn pull(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    vm.next(it)
}

/// One step of any itertools iterator: Some(item), or None at the end.
fn step(vm: &mut Vm, st: &mut St, me: &Value) -> PyResult<Option<Value>> {
    match st {
        St::Busy | St::Done | St::TeeData { .. } => Ok(None),
        St::Count { cur, step } => {
            let out = cur.clone();
            let next = match (&*cur, &*step) {
                (Value::Int(x), Value::Int(s)) if x.checked_add(*s).is_some() => Value::Int(x + s),
                _ => vm.binary_op(cur, step, crate::bytecode::BinOpKind::Add)?,
            };
            *cur = next;
            Ok(Some(out))
        }
        St::Cycle {
            it,
            saved,
            index,
            first_pass,
        } => {
            if let Some(i) = it.clone() {
                if let Some(v) = pull(vm, &i)? {
                    if !*first_pass {
                        vm.reserve_memory(size_of::<Value>() as u64)?;
                        saved.push(v.clone());
                    }
                    return Ok(Some(v));
                }
                *it = None;
            }
            if saved.is_empty() {
                return Ok(None);
            }
            let v = saved[*index].clone();
            *index += 1;
            if *index >= saved.len() {
                *index = 0;
                *first_pass = true;
            }
            Ok(Some(v))
        }
        St::Repeat { obj, left } => match left {
            None => Ok(Some(obj.clone())),
            Some(0) => Ok(None),
            Some(n) => {
                *n -= 1;
                Ok(Some(obj.clone()))
            }
        },
        St::Accumulate {
            it,
            func,
            total,
            initial,
        } => {
            if let Some(first) = initial.take() {
                *total = Some(first.clone());
                return Ok(Some(first));
            }
            let Some(v) = pull(vm, it)? else {
                return Ok(None);
            };
            let next = match (total.take(), func) {
                (None, _) => v,
                (Some(t), Some(f)) => vm.call(f, &[t, v])?,
                (Some(t), None) => vm.binary_op(&t, &v, crate::bytecode::BinOpKind::Add)?,
            };
            *total = Some(next.clone());
            Ok(Some(next))
        }
        St::Chain { source, active } => loop {
            if let Some(act) = active.clone() {
                if let Some(v) = pull(vm, &act)? {
                    return Ok(Some(v));
                }
                *active = None;
            }
            let Some(src) = source.clone() else {
                return Ok(None);
            };
            match pull(vm, &src)? {
                Some(iterable) => *active = Some(vm.iter(&iterable)?),
                None => {
                    *source = None;
                    return Ok(None);
                }
            }
        },
        St::Compress { data, selectors } => loop {
            let Some(d) = pull(vm, data)? else {
                return Ok(None);
            };
            let Some(s) = pull(vm, selectors)? else {
                return Ok(None);
            };
            if vm.truthy(&s)? {
                return Ok(Some(d));
            }
        },
        St::DropWhile { pred, it, dropped } => loop {
            let Some(v) = pull(vm, it)? else {
                return Ok(None);
            };
            if *dropped {
                return Ok(Some(v));
            }
            let keep = vm.call(pred, std::slice::from_ref(&v))?;
            if !vm.truthy(&keep)? {
                *dropped = true;
                return Ok(Some(v));
            }
        },
        St::TakeWhile { pred, it } => {
            let Some(v) = pull(vm, it)? else {
                return Ok(None);
            };
            let ok = vm.call(pred, std::slice::from_ref(&v))?;
            if vm.truthy(&ok)? {
                return Ok(Some(v));
            }
            *st = St::Done;
            Ok(None)
        }
        St::FilterFalse { pred, it } => loop {
            let Some(v) = pull(vm, it)? else {
                return Ok(None);
            };
            let t = match pred {
                None => vm.truthy(&v)?,
                Some(p) => {
                    let r = vm.call(p, std::slice::from_ref(&v))?;
                    vm.truthy(&r)?
                }
            };
            if !t {
                return Ok(Some(v));
            }
        },
        St::GroupBy { .. } => grouping::groupby_step(vm, st, me),
        St::Grouper { .. } => grouping::grouper_step(vm, st),
        St::Tee { .. } => grouping::tee_step(vm, st),
        St::ISlice {
            it,
            next,
            stop,
            step,
            count,
        } => {
            let Some(i) = it.clone() else {
                return Ok(None);
            };
            while *count < *next {
                if pull(vm, &i)?.is_none() {
                    *it = None;
                    return Ok(None);
                }
                *count += 1;
            }
            if stop.is_some_and(|s| *count >= s) {
                *it = None;
                return Ok(None);
            }
            let Some(v) = pull(vm, &i)? else {
                *it = None;
                return Ok(None);
            };
            *count += 1;
            let old = *next;
            *next = next.saturating_add(*step);
            if let Some(s) = *stop
                && (*next < old || *next > s)
            {
                *next = s;
            }
            Ok(Some(v))
        }
        St::Pairwise { it, old } => {
            let Some(i) = it.clone() else {
                return Ok(None);
            };
            let first = match old.take() {
                Some(o) => o,
                None => match pull(vm, &i)? {
                    Some(o) => o,
                    None => {
                        *it = None;
                        return Ok(None);
                    }
                },
            };
            match pull(vm, &i)? {
                Some(new) => {
                    *old = Some(new.clone());
                    Ok(Some(Value::tuple(vec![first, new])))
                }
                None => {
                    *it = None;
                    Ok(None)
                }
            }
        }
        St::StarMap { func, it } => {
            let Some(args) = pull(vm, it)? else {
                return Ok(None);
            };
            let args = match args.payload() {
                Some(Payload::Tuple(t)) => t.to_vec(),
                _ => vm.collect(&args)?,
            };
            vm.call(func, &args).map(Some)
        }
        St::ZipLongest { its, active, fill } => {
            if its.is_empty() || *active == 0 {
                return Ok(None);
            }
            vm.work(its.len())?;
            let mut out = Vec::with_capacity(its.len());
            for slot in its.iter_mut() {
                let Some(i) = slot.clone() else {
                    out.push(fill.clone());
                    continue;
                };
                match pull(vm, &i)? {
                    Some(v) => out.push(v),
                    None => {
                        *active -= 1;
                        if *active == 0 {
                            return Ok(None);
                        }
                        *slot = None;
                        out.push(fill.clone());
                    }
                }
            }
            Ok(Some(Value::tuple(out)))
        }
        St::Combo(c) => c.step(vm),
    }
}

/// A class of the module: its name, `__module__` and methods.
fn tool_class(object: &ObjRef, ty: &'static HostType, new: NativeFn, doc: &str) -> ObjRef {
    let cls = builtin_class(ty.name, object);
    set_class_attr(&cls, "__module__", Value::str("itertools"));
    set_class_attr(&cls, "__doc__", Value::str(doc));
    add_method(&cls, "__new__", new, NativeKind::StaticMethod);
    add_method(&cls, "__iter__", iter_self, NativeKind::Method);
    add_method(&cls, "__next__", tool_next, NativeKind::Method);
    cls
}

/// A type that only the module makes (`_grouper`, `_tee_dataobject`).
fn no_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let name = match a.pos.first().and_then(|c| c.as_obj()) {
        Some(c) => vm.class_name(c),
        None => "?".into(),
    };
    Err(vm.type_error(format!("cannot create 'itertools.{name}' instances")))
}

macro_rules! room {
    ($ty:expr, $class:expr) => {
        TypeRoom {
            ty: &$ty,
            class: $class,
            builtin: false,
        }
    };
}

/// The itertools types, registered with the builtin types
/// (types/registry.rs).
pub const ROOMS: &[TypeRoom] = &[
    room!(COUNT, |o| {
        let c = tool_class(
            o,
            &COUNT,
            construct::count_new,
            "Return a count object whose .__next__() method returns consecutive values.",
        );
        add_method(&c, "__repr__", construct::count_repr, NativeKind::Method);
        c
    }),
    room!(CYCLE, |o| tool_class(
        o,
        &CYCLE,
        construct::cycle_new,
        "Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."
    )),
    room!(REPEAT, |o| {
        let c = tool_class(
            o,
            &REPEAT,
            construct::repeat_new,
            "repeat(object [,times]) -> create an iterator which returns the object\nfor the specified number of times.  If not specified, returns the object\nendlessly.",
        );
        add_method(&c, "__repr__", construct::repeat_repr, NativeKind::Method);
        add_method(
            &c,
            "__length_hint__",
            construct::repeat_hint,
            NativeKind::Method,
        );
        c
    }),
    room!(ACCUMULATE, |o| tool_class(
        o,
        &ACCUMULATE,
        construct::accumulate_new,
        "Return series of accumulated sums (or other binary function results)."
    )),
    room!(CHAIN, |o| {
        let c = tool_class(
            o,
            &CHAIN,
            construct::chain_new,
            "Return a chain object whose .__next__() method returns elements from the\nfirst iterable until it is exhausted, then elements from the next\niterable, until all of the iterables are exhausted.",
        );
        add_method(
            &c,
            "from_iterable",
            construct::chain_from_iterable,
            NativeKind::ClassMethod,
        );
        c
    }),
    room!(COMPRESS, |o| tool_class(
        o,
        &COMPRESS,
        construct::compress_new,
        "Return data elements corresponding to true selector elements."
    )),
    room!(DROPWHILE, |o| tool_class(
        o,
        &DROPWHILE,
        construct::dropwhile_new,
        "Drop items from the iterable while predicate(item) is true."
    )),
    room!(TAKEWHILE, |o| tool_class(
        o,
        &TAKEWHILE,
        construct::takewhile_new,
        "Return successive entries from an iterable as long as the predicate evaluates to true for each entry."
    )),
    room!(FILTERFALSE, |o| tool_class(
        o,
        &FILTERFALSE,
        construct::filterfalse_new,
        "Return those items of iterable for which function(item) is false."
    )),
    room!(GROUPBY, |o| tool_class(
        o,
        &GROUPBY,
        grouping::groupby_new,
        "make an iterator that returns consecutive keys and groups from the iterable"
    )),
    room!(GROUPER, |o| tool_class(o, &GROUPER, no_new, "")),
    room!(ISLICE, |o| tool_class(
        o,
        &ISLICE,
        construct::islice_new,
        "islice(iterable, stop) --> islice object\nislice(iterable, start, stop[, step]) --> islice object"
    )),
    room!(PAIRWISE, |o| tool_class(
        o,
        &PAIRWISE,
        construct::pairwise_new,
        "Return an iterator of overlapping pairs taken from the input iterator."
    )),
    room!(STARMAP, |o| tool_class(
        o,
        &STARMAP,
        construct::starmap_new,
        "Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."
    )),
    room!(TEE, |o| {
        let c = tool_class(
            o,
            &TEE,
            grouping::tee_new,
            "Iterator wrapped to make it copyable.",
        );
        add_method(&c, "__copy__", grouping::tee_copy, NativeKind::Method);
        c
    }),
    room!(TEE_DATA, |o| {
        let c = builtin_class(TEE_DATA.name, o);
        set_class_attr(&c, "__module__", Value::str("itertools"));
        add_method(&c, "__new__", no_new, NativeKind::StaticMethod);
        c
    }),
    room!(ZIP_LONGEST, |o| tool_class(
        o,
        &ZIP_LONGEST,
        construct::zip_longest_new,
        "Return a zip_longest object whose .__next__() method returns a tuple where\nthe i-th element comes from the i-th iterable argument."
    )),
    room!(PRODUCT, |o| tool_class(
        o,
        &PRODUCT,
        combinatorics::product_new,
        "Cartesian product of input iterables.  Equivalent to nested for-loops."
    )),
    room!(PERMUTATIONS, |o| tool_class(
        o,
        &PERMUTATIONS,
        combinatorics::permutations_new,
        "Return successive r-length permutations of elements in the iterable."
    )),
    room!(COMBINATIONS, |o| tool_class(
        o,
        &COMBINATIONS,
        combinatorics::combinations_new,
        "Return successive r-length combinations of elements in the iterable."
    )),
    room!(CWR, |o| tool_class(
        o,
        &CWR,
        combinatorics::cwr_new,
        "Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats."
    )),
];

/// `itertools.tee(iterable, n=2)`.
pub fn tee(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    grouping::tee(vm, a)
}

/// A ssize_t argument: an int (or `__index__`) that fits, else
/// OverflowError as CPython words it.
pub(crate) fn ssize(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    use num_traits::ToPrimitive;
    let b = crate::types::int::index_bigint(vm, v)?;
    match b.to_i64() {
        Some(n) => Ok(n),
        None => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    }
}
