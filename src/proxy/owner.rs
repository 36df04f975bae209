//! An object served by an owner sandbox: the request channel, the owner's
//! serving loop, and how its end reaches the callers.
//!
//! Ending: the owner keeps serving while any proxy to it exists (each holds
//! the sending side of the channel). When the last proxy is gone, the
//! channel disconnects and the owner ends normally. When the owner ends for
//! any other reason (a crash, a cap, cancellation, an exception in its
//! factory), the sandbox's runner records the failure in the `EndSlot`
//! *before* it lets go of the receiving side; so a caller that finds the
//! channel or its reply cut reads why from the slot, and never hangs.

use std::collections::HashMap;
use std::sync::Arc;

use crossbeam_channel::{Receiver, Sender};
use parking_lot::Mutex;

use crate::object::{Exc, Payload, PyResult, Value};
use crate::runtime::SandboxShared;
use crate::runtime::frozen::Frozen;
use crate::runtime::handle::Failure;
use crate::vm::Vm;
use crate::vm::limits::RequestBound;

use super::{Gone, Waited};

/// One operation on the served object.
pub(crate) enum Op {
    GetAttr(String),
    SetAttr(String, Frozen),
    DelAttr(String),
    /// `obj.method(*args, **kwargs)`, or `obj(*args, **kwargs)` for None.
    Call {
        method: Option<String>,
        args: Vec<Frozen>,
        kwargs: Vec<(String, Frozen)>,
    },
    Len,
    GetItem(Frozen),
    SetItem(Frozen, Frozen),
    DelItem(Frozen),
    Contains(Frozen),
    Iter,
    /// Up to `max` items of iterator `id`.
    Next {
        id: u64,
        max: usize,
    },
    /// Forget iterator `id` (no reply).
    CloseIter(u64),
}

/// The owner's answer.
pub(crate) enum Reply {
    Value(Frozen),
    /// The attribute is callable: the caller makes a proxy method of it.
    Method,
    /// A new iterator's number.
    Iter(u64),
    /// A frozen tuple of items, and whether the iterator is exhausted.
    Batch(Frozen, bool),
    /// The operation raised.
    Raised(RemoteError),
}

/// An exception raised in the owner, as it travels to the caller.
pub(crate) struct RemoteError {
    /// The exception's class and args, when they could be frozen.
    pub class: Option<Frozen>,
    pub args: Option<Frozen>,
    pub type_name: String,
    pub message: String,
    /// The owner's traceback, in CPython's format.
    pub traceback: String,
}

pub(crate) struct Request {
    op: Op,
    /// None for operations that need no answer.
    reply: Option<Sender<Reply>>,
    /// The sandbox that asked (None for notices that need no answer): the
    /// work its request makes the owner do is bounded by what it has left.
    caller: Option<Arc<SandboxShared>>,
}

/// How an owner ended, shared by its proxies and its runner.
pub(crate) struct EndSlot {
    outcome: Mutex<Option<Option<Failure>>>,
    /// Dropped once `outcome` is set: waiters on `done_rx` wake.
    done_tx: Mutex<Option<Sender<()>>>,
    done_rx: Receiver<()>,
}

impl EndSlot {
    fn new() -> EndSlot {
        let (tx, rx) = crossbeam_channel::bounded(0);
        EndSlot {
            outcome: Mutex::new(None),
            done_tx: Mutex::new(Some(tx)),
            done_rx: rx,
        }
    }

    /// Record how the owner ended (the first record wins).
    pub(crate) fn finish(&self, failure: Option<Failure>) {
        let mut o = self.outcome.lock();
        if o.is_none() {
            *o = Some(failure);
        }
        drop(o);
        self.done_tx.lock().take();
    }

    /// Wait until the owner's end is recorded (it is ending: its channel
    /// or a reply was cut).
    fn wait(&self, cancel: &Receiver<()>) -> Gone {
        crossbeam_channel::select! {
            recv(self.done_rx) -> _ => {}
            recv(cancel) -> _ => return Gone::Cancelled,
        }
        Gone::Ended(self.outcome.lock().clone().flatten())
    }
}

/// The proxies' side of the channel.
pub(crate) struct OwnerLink {
    tx: Sender<Request>,
    end: Arc<EndSlot>,
    pub(crate) owner_id: u64,
    /// The owner accepts plain data only (`sandbox.serve(..., plain=True)`):
    /// callers check what they send before it leaves them.
    pub(crate) plain: bool,
}

/// The owner's side of the channel.
pub struct OwnerEnd {
    rx: Receiver<Request>,
    pub(crate) end: Arc<EndSlot>,
    /// Told the served object's type name once it is built.
    ready: Sender<String>,
}

/// What the starter of an owner learns.
pub(crate) enum Started {
    /// The object is built and served; its type name.
    Ready(String),
    /// The owner ended first (its factory raised, it crashed or hit a cap).
    Failed(Option<Failure>),
    /// The waiting sandbox was cancelled.
    Cancelled,
}

/// A new channel between proxies and an owner sandbox (whose id the link
/// is given once it has started), and the receiver of its ready message.
pub(crate) fn channel() -> (OwnerLink, OwnerEnd, Receiver<String>) {
    let (tx, rx) = crossbeam_channel::unbounded();
    let (ready_tx, ready_rx) = crossbeam_channel::bounded(1);
    let end = Arc::new(EndSlot::new());
    (
        OwnerLink {
            tx,
            end: end.clone(),
            owner_id: 0,
            plain: false,
        },
        OwnerEnd {
            rx,
            end,
            ready: ready_tx,
        },
        ready_rx,
    )
}

impl OwnerLink {
    /// Wait until the owner has built its object (or has ended).
    pub(crate) fn wait_started(&self, ready: &Receiver<String>, cancel: &Receiver<()>) -> Started {
        crossbeam_channel::select! {
            recv(ready) -> r => match r {
                Ok(name) => Started::Ready(name),
                Err(_) => match self.end.wait(cancel) {
                    Gone::Cancelled => Started::Cancelled,
                    Gone::Ended(f) => Started::Failed(f),
                },
            },
            recv(self.end.done_rx) -> _ => Started::Failed(self.end.outcome.lock().clone().flatten()),
            recv(cancel) -> _ => Started::Cancelled,
        }
    }

    /// Send `op` and wait for the reply. `cancel` is the waiting sandbox's
    /// cancel signal.
    pub(crate) fn request(
        &self,
        op: Op,
        caller: Arc<SandboxShared>,
        cancel: &Receiver<()>,
    ) -> Result<Reply, Gone> {
        let (rtx, rrx) = crossbeam_channel::bounded(1);
        let req = Request {
            op,
            reply: Some(rtx),
            caller: Some(caller),
        };
        // The channel's blocks are allocated by senders and freed by the
        // owner as it reads them: counted on neither side, so that no
        // sandbox is charged for memory another frees.
        if crate::heap::alloc::uncounted(|| self.tx.send(req)).is_err() {
            return Err(self.end.wait(cancel));
        }
        match super::wait_on(&rrx, cancel) {
            Waited::Got(r) => Ok(r),
            Waited::Cut => Err(self.end.wait(cancel)),
            Waited::Cancelled => Err(Gone::Cancelled),
        }
    }

    /// Send `op` without waiting (nothing happens if the owner has ended).
    pub(crate) fn post(&self, op: Op) {
        let _ = crate::heap::alloc::uncounted(|| {
            self.tx.send(Request {
                op,
                reply: None,
                caller: None,
            })
        });
    }
}

/// The name under which the owner keeps the served object where the root
/// scan sees it (a name no import can spell).
const SERVED: &str = " served object";

/// Serve `obj` until every proxy to it is gone (then the result is None),
/// the sandbox is stopped, or it crashes. Requests run one at a time.
pub(crate) fn serve(vm: &mut Vm, obj: Value, end: &OwnerEnd) -> PyResult<Value> {
    // The served object and the open iterators live in Rust locals; a
    // precise root scan sees only what the VM holds, so keep them in a
    // module object of the VM.
    let keep = vm.new_module(SERVED);
    let keep_dict = crate::vm::module_dict(&keep);
    vm.modules.insert(SERVED.into(), keep.clone());
    let obj_key = vm.intern("obj");
    vm.dict_set_str(&keep_dict, &obj_key, obj.clone())?;
    let mut iters: HashMap<u64, Value> = HashMap::new();
    let mut next_iter = 1u64;
    // What the owner printed so far is handed on before its answers: the
    // caller's later output follows it (order follows causality).
    vm.flush_lines();
    let _ = end.ready.send(vm.type_name(&obj));
    loop {
        // Every argument taken is recorded as a root: without a prune
        // between requests, an owner that runs no loop of its own would
        // keep every argument it was ever sent alive (and charged to its
        // caller). Here no Rust local holds a value the VM cannot see (the
        // served object and the iterators are in `keep`), so the scan is
        // precise.
        if vm.ctx.me.roots.lock().wants_prune() {
            vm.prune_roots();
        }
        let req = match vm
            .blocking(|cancel| crate::heap::alloc::uncounted(|| super::wait_on(&end.rx, cancel)))
        {
            Waited::Got(r) => r,
            // Every proxy is gone: nothing can call any more.
            Waited::Cut => return Ok(Value::None),
            Waited::Cancelled => return Err(vm.stopped_error()),
        };
        if vm.ctx.me.is_cancelled() {
            return Err(vm.stopped_error());
        }
        vm.check_limits()?;
        let Request { op, reply, caller } = req;
        vm.request_bound = caller.as_ref().map(|c| RequestBound::for_caller(vm, c));
        let r = handle(vm, &obj, &mut iters, &mut next_iter, &op);
        // The request was allocated by its caller: freeing it is credited
        // to the caller.
        match &caller {
            Some(c) => crate::heap::alloc::charged_to(&c.meter.account, || drop(op)),
            None => drop(op),
        }
        let aborted = vm.request_bound.take().is_some_and(|b| b.aborted);
        // Iterators are kept reachable from the VM too (by number).
        sync_iters(vm, &keep_dict, &iters)?;
        let answer = match r {
            Ok(a) => a,
            // The request passed its caller's bound: it alone ends (no
            // handler ran), the owner goes on.
            Err(e) if aborted && vm.ctx.me.meter.stopped().is_none() => {
                vm.terminating = None;
                Reply::Raised(remote_error(vm, &e))
            }
            // A stop (cap, cancellation) ends the owner: the caller reads
            // why from the end slot once the runner records it.
            Err(e) if vm.terminating.is_some() => return Err(e),
            Err(e) => Reply::Raised(remote_error(vm, &e)),
        };
        if let Some(tx) = reply {
            vm.flush_lines();
            // The reply channel is the caller's memory, whichever side
            // drops it last: the sender is dropped inside (if the caller
            // has already dropped its end, this frees the channel, and the
            // caller gets it back, not this owner).
            match &caller {
                Some(c) => crate::heap::alloc::charged_to(&c.meter.account, move || {
                    let _ = tx.send(answer);
                    drop(tx);
                }),
                None => {
                    let _ = tx.send(answer);
                }
            }
        }
    }
}

/// Keep the live iterators in the keeper module's `iters` list.
fn sync_iters(
    vm: &mut Vm,
    keep: &crate::object::ObjRef,
    iters: &HashMap<u64, Value>,
) -> PyResult<()> {
    let k = vm.intern("iters");
    let l = Value::list(iters.values().cloned().collect());
    vm.dict_set_str(keep, &k, l)
}

fn take_all(vm: &mut Vm, fs: &[Frozen]) -> PyResult<Vec<Value>> {
    fs.iter().map(|f| vm.take_frozen(f)).collect()
}

fn reply_value(vm: &mut Vm, v: &Value) -> PyResult<Reply> {
    Ok(Reply::Value(vm.freeze_for_transfer(v)?))
}

/// Whether an attribute read on a proxy answers with a proxy method (the
/// call then runs in the owner) rather than a frozen copy.
fn is_callable(v: &Value) -> bool {
    matches!(
        v.payload(),
        Some(
            Payload::Function(_) | Payload::Native(_) | Payload::BoundMethod(_) | Payload::Class(_)
        )
    ) || v.host::<super::RemoteMethod>().is_some()
}

fn handle(
    vm: &mut Vm,
    obj: &Value,
    iters: &mut HashMap<u64, Value>,
    next_iter: &mut u64,
    op: &Op,
) -> PyResult<Reply> {
    match op {
        Op::GetAttr(name) => {
            let v = vm.getattr_str(obj, name)?;
            if is_callable(&v) {
                return Ok(Reply::Method);
            }
            reply_value(vm, &v)
        }
        Op::SetAttr(name, f) => {
            let v = vm.take_frozen(f)?;
            let k = vm.intern(name);
            vm.setattr(obj, &k, v)?;
            Ok(Reply::Value(none(vm)))
        }
        Op::DelAttr(name) => {
            let k = vm.intern(name);
            vm.delattr(obj, &k)?;
            Ok(Reply::Value(none(vm)))
        }
        Op::Call {
            method,
            args,
            kwargs,
        } => {
            let f = match &method {
                Some(m) => vm.getattr_str(obj, m)?,
                None => obj.clone(),
            };
            let a = take_all(vm, args)?;
            let mut kw = Vec::with_capacity(kwargs.len());
            for (k, x) in kwargs {
                let v = vm.take_frozen(x)?;
                kw.push((vm.intern(k), v));
            }
            let r = vm.call_kw(&f, &a, &kw)?;
            reply_value(vm, &r)
        }
        Op::Len => {
            let n = vm.len(obj)?;
            reply_value(vm, &Value::Int(n))
        }
        Op::GetItem(k) => {
            let k = vm.take_frozen(k)?;
            let v = vm.getitem(obj, &k)?;
            reply_value(vm, &v)
        }
        Op::SetItem(k, v) => {
            let k = vm.take_frozen(k)?;
            let v = vm.take_frozen(v)?;
            vm.setitem(obj, k, v)?;
            Ok(Reply::Value(none(vm)))
        }
        Op::DelItem(k) => {
            let k = vm.take_frozen(k)?;
            vm.delitem(obj, &k)?;
            Ok(Reply::Value(none(vm)))
        }
        Op::Contains(x) => {
            let x = vm.take_frozen(x)?;
            let b = vm.contains(obj, &x)?;
            reply_value(vm, &Value::Bool(b))
        }
        Op::Iter => {
            let it = vm.iter(obj)?;
            let id = *next_iter;
            *next_iter += 1;
            iters.insert(id, it);
            Ok(Reply::Iter(id))
        }
        &Op::Next { id, max } => {
            let Some(it) = iters.get(&id).cloned() else {
                return Err(vm.runtime_error("the proxy's iterator is gone"));
            };
            let mut items = Vec::with_capacity(max.min(super::BATCH));
            let mut done = false;
            while items.len() < max {
                match vm.next(&it) {
                    Ok(Some(v)) => items.push(v),
                    Ok(None) => {
                        done = true;
                        break;
                    }
                    Err(e) => {
                        iters.remove(&id);
                        return Err(e);
                    }
                }
            }
            if done {
                iters.remove(&id);
            }
            let t = Value::tuple(items);
            Ok(Reply::Batch(vm.freeze_for_transfer(&t)?, done))
        }
        Op::CloseIter(id) => {
            iters.remove(id);
            Ok(Reply::Value(none(vm)))
        }
    }
}

fn none(vm: &Vm) -> Frozen {
    Frozen::from_value(&vm.ctx.rt, &Value::None).unwrap_or_else(|| unreachable!())
}

/// An exception of the owner, made ready for the trip to the caller.
fn remote_error(vm: &mut Vm, e: &Exc) -> RemoteError {
    let v = Value::Obj(e.0.clone());
    let type_name = vm.type_name(&v);
    let message = vm.str(&v).unwrap_or_default();
    let traceback = vm.format_exception(&e.0);
    let cls = Value::Obj(vm.type_of(&v));
    let class = vm.freeze_for_transfer(&cls).ok();
    let args = crate::vm::exc::exc_data(&e.0).map(|d| d.borrow().args.clone());
    let args = args.and_then(|a| vm.freeze_for_transfer(&a).ok());
    // A failed freeze leaves its exception pending nowhere: the caller
    // falls back to the type name and message.
    RemoteError {
        class,
        args,
        type_name,
        message,
        traceback,
    }
}
