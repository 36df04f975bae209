//! The itertools types whose objects share state: `groupby` and the
//! `_grouper`s it hands out (advancing the groupby ends the previous
//! group, as in CPython), and `tee`'s `_tee` copies over shared
//! `_tee_dataobject` blocks.

use super::construct::{exact, parse, strip_cls};
use super::{
    GROUPBY, GROUPER, LINK_CELLS, St, TEE, TEE_DATA, Tool, new_tool, ssize, this, tool_of,
    with_state,
};
use crate::object::{Args, ObjRef, PyResult, Value};
use crate::vm::Vm;

pub(super) fn groupby_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let a = strip_cls(a);
    let p = parse(vm, "groupby", &a, &["iterable", "key"], 1, 2)?;
    let it = vm.iter(p[0].as_ref().unwrap_or(&Value::None))?;
    let key = p[1].clone().filter(|k| !k.is_none());
    Ok(new_tool(
        &GROUPBY,
        St::GroupBy {
            it,
            key,
            tgtkey: None,
            currkey: None,
            currvalue: None,
            generation: 0,
            current: 0,
        },
    ))
}

/// Read the next value of a groupby and its key into `currvalue` and
/// `currkey`; false at the end of the input.
fn advance(vm: &mut Vm, st: &mut St) -> PyResult<bool> {
    let St::GroupBy {
        it,
        key,
        currkey,
        currvalue,
        ..
    } = st
    else {
        return Ok(false);
    };
    let Some(v) = vm.next(it)? else {
        return Ok(false);
    };
    let k = match key {
        Some(f) => vm.call(f, std::slice::from_ref(&v))?,
        None => v.clone(),
    };
    *currvalue = Some(v);
    *currkey = Some(k);
    Ok(true)
}

/// `next(groupby)`: skip what is left of the current group, then start the
/// next one: `(key, _grouper)`. `me` is the groupby object.
pub(super) fn groupby_step(vm: &mut Vm, st: &mut St, me: &Value) -> PyResult<Option<Value>> {
    if let St::GroupBy { current, .. } = st {
        *current = 0;
    }
    loop {
        let St::GroupBy {
            tgtkey, currkey, ..
        } = &*st
        else {
            return Ok(None);
        };
        match (currkey, tgtkey) {
            (None, _) => {}
            (Some(_), None) => break,
            (Some(c), Some(t)) => {
                let (c, t) = (c.clone(), t.clone());
                if !vm.eq(&t, &c)? {
                    break;
                }
            }
        }
        if !advance(vm, st)? {
            return Ok(None);
        }
    }
    let St::GroupBy {
        tgtkey,
        currkey,
        generation,
        current,
        ..
    } = st
    else {
        return Ok(None);
    };
    let key = currkey.clone().unwrap_or(Value::None);
    *tgtkey = Some(key.clone());
    *generation += 1;
    *current = *generation;
    let grouper = new_tool(
        &GROUPER,
        St::Grouper {
            parent: me.clone(),
            tgtkey: key.clone(),
            generation: *generation,
        },
    );
    Ok(Some(Value::tuple(vec![key, grouper])))
}

/// `next(_grouper)`: the next value of its group, if the groupby has not
/// moved on.
pub(super) fn grouper_step(vm: &mut Vm, st: &mut St) -> PyResult<Option<Value>> {
    let St::Grouper {
        parent,
        tgtkey,
        generation,
    } = &*st
    else {
        return Ok(None);
    };
    let (parent, tgtkey, mine) = (parent.clone(), tgtkey.clone(), *generation);
    let Some(g) = tool_of(&parent, &GROUPBY) else {
        return Ok(None);
    };
    with_state(vm, g, |vm, gst| {
        match gst {
            St::GroupBy { current, .. } if *current == mine => {}
            _ => return Ok(None),
        }
        if matches!(
            gst,
            St::GroupBy {
                currvalue: None,
                ..
            }
        ) && !advance(vm, gst)?
        {
            return Ok(None);
        }
        let St::GroupBy { currkey, .. } = &*gst else {
            return Ok(None);
        };
        let c = currkey.clone().unwrap_or(Value::None);
        if !vm.eq(&tgtkey, &c)? {
            return Ok(None);
        }
        let St::GroupBy { currvalue, .. } = gst else {
            return Ok(None);
        };
        Ok(currvalue.take())
    })
}

// ----- tee ---------------------------------------------------------------

/// A new `_tee_dataobject` block reading from `it`.
fn new_block(it: Value) -> ObjRef {
    match new_tool(
        &TEE_DATA,
        St::TeeData {
            it,
            values: Vec::new(),
            next: None,
            running: false,
        },
    ) {
        Value::Obj(o) => o,
        _ => unreachable!("new_tool makes an object"),
    }
}

/// A `_tee` over the iterator `it`.
fn tee_over(it: Value) -> Value {
    new_tool(
        &TEE,
        St::Tee {
            data: new_block(it),
            index: 0,
        },
    )
}

/// `_tee(iterable)`.
pub(super) fn tee_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let a = strip_cls(a);
    exact(vm, "_tee", &a, 1, 1)?;
    let it = vm.iter(&a.pos[0])?;
    if let Some(t) = tool_of(&it, &TEE) {
        return copy_of(vm, t);
    }
    Ok(tee_over(it))
}

/// A new `_tee` at the same position as `t`.
fn copy_of(vm: &mut Vm, t: &Tool) -> PyResult<Value> {
    let (data, index) = match &*t.st.borrow() {
        St::Tee { data, index } => (data.clone(), *index),
        _ => return Err(vm.runtime_error("cannot re-enter the tee iterator")),
    };
    Ok(new_tool(&TEE, St::Tee { data, index }))
}

/// `_tee.__copy__()`.
pub(super) fn tee_copy(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let t = this(vm, a, &TEE, "__copy__")?;
    copy_of(vm, t)
}

/// `next(_tee)`: the item at its position in the shared blocks, read from
/// the source iterator when no copy has read it yet.
pub(super) fn tee_step(vm: &mut Vm, st: &mut St) -> PyResult<Option<Value>> {
    let St::Tee { data, index } = st else {
        return Ok(None);
    };
    if *index >= LINK_CELLS {
        let dv = Value::Obj(data.clone());
        let Some(b) = dv.host::<Tool>() else {
            return Ok(None);
        };
        let Ok(mut bst) = b.st.try_borrow_mut() else {
            return Err(vm.runtime_error("cannot re-enter the tee iterator"));
        };
        let St::TeeData { it, next, .. } = &mut *bst else {
            return Ok(None);
        };
        let block = next.get_or_insert_with(|| new_block(it.clone())).clone();
        drop(bst);
        *data = block;
        *index = 0;
    }
    let dv = Value::Obj(data.clone());
    let Some(b) = dv.host::<Tool>() else {
        return Ok(None);
    };
    // Already read by a copy?
    let it = {
        let Ok(mut bst) = b.st.try_borrow_mut() else {
            return Err(vm.runtime_error("cannot re-enter the tee iterator"));
        };
        let St::TeeData {
            it,
            values,
            running,
            ..
        } = &mut *bst
        else {
            return Ok(None);
        };
        if let Some(v) = values.get(*index) {
            let v = v.clone();
            *index += 1;
            return Ok(Some(v));
        }
        if *running {
            return Err(vm.runtime_error("cannot re-enter the tee iterator"));
        }
        *running = true;
        it.clone()
    };
    let r = vm.next(&it);
    let Ok(mut bst) = b.st.try_borrow_mut() else {
        return Err(vm.runtime_error("cannot re-enter the tee iterator"));
    };
    let St::TeeData {
        values, running, ..
    } = &mut *bst
    else {
        return Ok(None);
    };
    *running = false;
    match r? {
        Some(v) => {
            values.push(v.clone());
            *index += 1;
            Ok(Some(v))
        }
        None => Ok(None),
    }
}

/// `itertools.tee(iterable, n=2)`.
pub(super) fn tee(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if !a.kw.is_empty() {
        return Err(vm.type_error("itertools.tee() takes no keyword arguments"));
    }
    exact(vm, "tee", a, 1, 2)?;
    let n = match a.pos.get(1) {
        Some(v) => ssize(vm, v)?,
        None => 2,
    };
    if n < 0 {
        return Err(vm.value_error("n must be >= 0"));
    }
    let it = vm.iter(&a.pos[0])?;
    if n == 0 {
        return Ok(Value::tuple(Vec::new()));
    }
    vm.reserve_memory((n as u64).saturating_mul(64))?;
    vm.work(n as usize)?;
    let copy_name = vm.intern("__copy__");
    let mut out = Vec::with_capacity(n as usize);
    let first = if vm.getattr_opt(&it, &copy_name)?.is_some() {
        it
    } else {
        tee_over(it)
    };
    out.push(first.clone());
    let mut cur = first;
    for _ in 1..n {
        let next = match tool_of(&cur, &TEE) {
            Some(t) => copy_of(vm, t)?,
            None => {
                let f = vm.getattr(&cur, &copy_name)?;
                vm.call(&f, &[])?
            }
        };
        out.push(next.clone());
        cur = next;
    }
    Ok(Value::tuple(out))
}
