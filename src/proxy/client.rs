//! The caller's side of proxies, in the VM: each operation on a proxy
//! becomes one request, sent and waited for in a safe region; the reply is
//! taken into the sandbox (frozen values from an owner sandbox, fresh local
//! values from a host service) and an owner's exception is raised again
//! here, with the owner's traceback as its `__cause__`.

use crate::object::cell::PyCell;
use crate::object::host::Host;
use crate::object::{Exc, ObjRef, Payload, PyResult, Value};
use crate::runtime::data::Data;
use crate::runtime::frozen::Frozen;
use crate::vm::Vm;

use super::owner::{Op, RemoteError, Reply};
use super::service::{Caller, ServiceError};
use super::{BATCH, Gone, ProxyRef, RemoteIter, RemoteMethod, Target};

impl Vm {
    /// Send `op` to the owner of `p` and wait for its reply.
    fn proxy_request(&mut self, p: &ProxyRef, op: Op) -> PyResult<Reply> {
        let Target::Owner(link) = &p.target else {
            return Err(self.type_error(format!("{} supports only method calls", p.repr())));
        };
        if link.owner_id == self.ctx.me.id {
            // The owner would wait for its own reply.
            return Err(self.runtime_error(format!(
                "{} is served by this sandbox: call the object itself, not its proxy",
                p.repr()
            )));
        }
        self.charges.instructions += 1;
        let me = self.ctx.me.clone();
        match self.blocking(|cancel| link.request(op, me, cancel)) {
            Ok(Reply::Raised(e)) => Err(self.reraise_remote(e)),
            Ok(r) => Ok(r),
            Err(g) => Err(self.proxy_gone(&p.repr(), g)),
        }
    }

    /// The error for a proxy whose owner is gone (a SandboxError of the
    /// owner's failure kind, or a ProxyClosed), or for a caller stopped
    /// while it waited.
    fn proxy_gone(&mut self, what: &str, g: Gone) -> Exc {
        match g {
            Gone::Cancelled => self.stopped_error(),
            Gone::Ended(Some(f)) => crate::modules::sandbox::sandbox_error(self, &f),
            Gone::Ended(None) => {
                // A ProxyClosed (a SandboxError) of kind "closed".
                let c = self.exc_types.proxy_closed.clone();
                let closed = self.new_exc(&c, &format!("{what} is closed: its owner has ended"));
                let v = Value::Obj(closed.0.clone());
                let k = self.intern("kind");
                let _ = self.setattr(&v, &k, Value::str("closed"));
                closed
            }
        }
    }

    /// Raise an owner's exception here: the same class with the same args
    /// when both could be frozen (else a SandboxError saying what it was),
    /// caused by a `sandbox.RemoteTraceback` holding the owner's traceback.
    fn reraise_remote(&mut self, e: RemoteError) -> Exc {
        let rebuilt = match (&e.class, &e.args) {
            (Some(c), Some(a)) => self.rebuild_exception(c, a),
            _ => None,
        };
        let exc = rebuilt.unwrap_or_else(|| {
            let f = crate::runtime::Failure {
                kind: crate::runtime::FailureKind::Exception,
                type_name: e.type_name.clone(),
                message: e.message.clone(),
                traceback: e.traceback.clone(),
            };
            crate::modules::sandbox::sandbox_error(self, &f)
        });
        let rt = self.exc_types.remote_traceback.clone();
        let cause = self.new_exc(&rt, &format!("\n\"\"\"\n{}\"\"\"", e.traceback));
        let k = self.intern("__cause__");
        let _ = self.setattr(&Value::Obj(exc.0.clone()), &k, Value::Obj(cause.0));
        exc
    }

    fn rebuild_exception(&mut self, class: &Frozen, args: &Frozen) -> Option<Exc> {
        let c = self.take_frozen(class).ok()?;
        let a = self.take_frozen(args).ok()?;
        let items = match a.payload() {
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => return None,
        };
        let be = self.exc_types.base_exception.clone();
        let Value::Obj(co) = &c else { return None };
        if !self.is_subclass(co, &be) {
            return None;
        }
        let v = self.call(&c, &items).ok()?;
        if !self.is_instance(&v, &be) {
            return None;
        }
        v.as_obj().map(|o| Exc(o.clone()))
    }

    /// `proxy.name`.
    pub(crate) fn proxy_getattr(&mut self, p: &ProxyRef, name: &ObjRef) -> PyResult<Value> {
        let n = crate::vm::eval::name_text(name);
        if n == "__class__" {
            return Ok(Value::Obj(self.types.proxy.clone()));
        }
        if let Target::Service(_) = &p.target {
            // A service answers named calls only: every attribute is one.
            if n.starts_with("__") && n.ends_with("__") {
                return Err(self.no_attribute(
                    &Value::Obj(ObjRef::new(Payload::Host(Host::shared(p.clone())))),
                    name,
                ));
            }
            return Ok(remote_method(p, &n));
        }
        match self.proxy_request(p, Op::GetAttr(n.to_string()))? {
            Reply::Method => Ok(remote_method(p, &n)),
            Reply::Value(f) => self.take_frozen(&f),
            _ => Err(self.runtime_error("internal error: a bad reply from a proxy's owner")),
        }
    }

    /// `proxy.name` where a call follows (`proxy.name(...)`): no request
    /// until the call.
    pub(crate) fn proxy_method(&mut self, p: &ProxyRef, name: &ObjRef) -> Value {
        remote_method(p, &crate::vm::eval::name_text(name))
    }

    /// `proxy.name = value`, or `del proxy.name` (value None).
    pub(crate) fn proxy_setattr(
        &mut self,
        p: &ProxyRef,
        name: &ObjRef,
        value: Option<&Value>,
    ) -> PyResult<()> {
        let n = crate::vm::eval::name_text(name).to_string();
        let op = match value {
            Some(v) => Op::SetAttr(n, self.owner_arg(p, v)?),
            None => Op::DelAttr(n),
        };
        self.proxy_request(p, op).map(drop)
    }

    /// Call `proxy.method(*args, **kw)`, or `proxy(*args, **kw)`.
    pub(crate) fn proxy_call(
        &mut self,
        p: &ProxyRef,
        method: Option<&str>,
        args: &[Value],
        kw: &[(ObjRef, Value)],
    ) -> PyResult<Value> {
        if let Target::Service(s) = &p.target {
            let Some(m) = method else {
                return Err(self.type_error(format!("{} is not callable", p.repr())));
            };
            if !kw.is_empty() {
                return Err(self.type_error(format!(
                    "{}.{m}() takes positional arguments only",
                    s.name()
                )));
            }
            let mut data = Vec::with_capacity(args.len());
            for a in args {
                data.push(self.plain_arg(a, s.name(), m)?);
            }
            let s = s.clone();
            let d = self.service_call(&s, m, data)?;
            return self.local_from_data(&d);
        }
        let mut fa = Vec::with_capacity(args.len());
        for a in args {
            fa.push(self.owner_arg(p, a)?);
        }
        let mut fkw = Vec::with_capacity(kw.len());
        for (k, v) in kw {
            fkw.push((
                crate::vm::eval::name_text(k).to_string(),
                self.owner_arg(p, v)?,
            ));
        }
        let op = Op::Call {
            method: method.map(str::to_string),
            args: fa,
            kwargs: fkw,
        };
        self.reply_value(p, op)
    }

    fn reply_value(&mut self, p: &ProxyRef, op: Op) -> PyResult<Value> {
        match self.proxy_request(p, op)? {
            Reply::Value(f) => self.take_frozen(&f),
            _ => Err(self.runtime_error("internal error: a bad reply from a proxy's owner")),
        }
    }

    /// `len(proxy)`.
    pub(crate) fn proxy_len(&mut self, p: &ProxyRef) -> PyResult<i64> {
        match self.reply_value(p, Op::Len)? {
            Value::Int(n) => Ok(n),
            _ => Err(self.runtime_error("internal error: len() of a proxy gave a non-int")),
        }
    }

    /// `proxy[key]`.
    pub(crate) fn proxy_getitem(&mut self, p: &ProxyRef, key: &Value) -> PyResult<Value> {
        let k = self.owner_arg(p, key)?;
        self.reply_value(p, Op::GetItem(k))
    }

    /// `proxy[key] = value`, or `del proxy[key]` (value None).
    pub(crate) fn proxy_setitem(
        &mut self,
        p: &ProxyRef,
        key: &Value,
        value: Option<&Value>,
    ) -> PyResult<()> {
        let k = self.owner_arg(p, key)?;
        let op = match value {
            Some(v) => Op::SetItem(k, self.owner_arg(p, v)?),
            None => Op::DelItem(k),
        };
        self.proxy_request(p, op).map(drop)
    }

    /// `item in proxy`.
    pub(crate) fn proxy_contains(&mut self, p: &ProxyRef, item: &Value) -> PyResult<bool> {
        let x = self.owner_arg(p, item)?;
        Ok(matches!(
            self.reply_value(p, Op::Contains(x))?,
            Value::Bool(true)
        ))
    }

    /// `iter(proxy)`: the owner keeps the iterator; items come in batches.
    pub(crate) fn proxy_iter(&mut self, p: &ProxyRef) -> PyResult<Value> {
        match self.proxy_request(p, Op::Iter)? {
            Reply::Iter(id) => Ok(Value::Obj(ObjRef::new(Payload::Host(Host::local(
                PyCell::new(RemoteIter {
                    proxy: p.clone(),
                    id,
                    batch: None,
                    pos: 0,
                    last: false,
                }),
            ))))),
            _ => Err(self.runtime_error("internal error: a bad reply from a proxy's owner")),
        }
    }

    /// `next()` on a proxy iterator.
    pub(crate) fn remote_next(&mut self, it: &PyCell<RemoteIter>) -> PyResult<Option<Value>> {
        loop {
            let (proxy, id) = {
                let Ok(mut s) = it.try_borrow_mut() else {
                    return Err(self.value_error("generator already executing"));
                };
                if let Some(b) = &s.batch {
                    let t = b.to_value();
                    if let Some(Payload::Tuple(items)) = t.payload()
                        && let Some(v) = items.get(s.pos)
                    {
                        let v = v.clone();
                        s.pos += 1;
                        self.note_root(&v);
                        return Ok(Some(v));
                    }
                    s.batch = None;
                }
                if s.last {
                    return Ok(None);
                }
                (s.proxy.clone(), s.id)
            };
            match self.proxy_request(&proxy, Op::Next { id, max: BATCH })? {
                Reply::Batch(f, done) => {
                    let Ok(mut s) = it.try_borrow_mut() else {
                        return Err(self.value_error("generator already executing"));
                    };
                    s.batch = Some(f);
                    s.pos = 0;
                    s.last = done;
                }
                _ => {
                    return Err(
                        self.runtime_error("internal error: a bad reply from a proxy's owner")
                    );
                }
            }
        }
    }

    /// Call `method(*args)` of a host service for this sandbox and wait for
    /// the answer. A cap the service charged past (files created, bytes
    /// written) stops this sandbox here.
    pub(crate) fn service_call(
        &mut self,
        s: &super::service::ServiceRef,
        method: &str,
        args: Vec<Data>,
    ) -> PyResult<Data> {
        let caller = Caller {
            sandbox: self.ctx.me.clone(),
            grants: self.effective_grants(),
        };
        self.charges.instructions += 1;
        let r = self.blocking(|cancel| s.call(caller, method, args, cancel));
        if self.terminating.is_none()
            && let Some(why) = self.ctx.me.meter.stopped()
        {
            return Err(self.stop_at_limit(why));
        }
        match r {
            Ok(Ok(d)) => Ok(d),
            Ok(Err(e)) => Err(self.service_exception(&e)),
            Err(g) => Err(self.proxy_gone(&format!("the service '{}'", s.name()), g)),
        }
    }

    /// A value sent to a proxy's owner, frozen. An owner that accepts plain
    /// data only (`serve(..., plain=True)`) gets nothing that carries code
    /// (an instance, a function, a class, a subclass of a builtin type):
    /// such a value is refused here, in the caller.
    fn owner_arg(&mut self, p: &ProxyRef, v: &Value) -> PyResult<crate::runtime::Frozen> {
        if let Target::Owner(link) = &p.target
            && link.plain
            && let Some(what) = not_plain(v)
        {
            return Err(self.type_error(format!(
                "{} accepts plain data only, not {what} (its owner was served with \
                 plain=True): send None, bool, int, float, complex, str, bytes, or tuples, \
                 lists, dicts, sets and frozensets of them, such as the values the object holds",
                p.repr()
            )));
        }
        self.freeze_for_transfer(v)
    }

    /// A service argument as plain data.
    fn plain_arg(&mut self, v: &Value, service: &str, method: &str) -> PyResult<Data> {
        crate::runtime::data::value_to_data(v).map_err(|e| {
            self.type_error(format!(
                "{service}.{method}() takes plain data (None, bool, int, float, str, bytes, \
                 and lists, tuples and dicts of them): {e}"
            ))
        })
    }

    /// A service's answer as a fresh local value.
    pub(crate) fn local_from_data(&mut self, d: &Data) -> PyResult<Value> {
        crate::runtime::data::data_to_value(d).map_err(|e| self.value_error(e.to_string()))
    }

    /// The exception a service answered with, raised here.
    pub(crate) fn service_exception(&mut self, e: &ServiceError) -> Exc {
        let known = self.exc_types.all.iter().find(|(n, _)| *n == e.exception);
        let (cls, args) = match known {
            Some((_, c)) => {
                let c = c.clone();
                let mut args = Vec::with_capacity(e.args.len());
                for a in &e.args {
                    args.push(crate::runtime::data::data_to_value(a).unwrap_or(Value::None));
                }
                (c, args)
            }
            None => (
                self.exc_types.runtime_error.clone(),
                vec![Value::str(&e.to_string())],
            ),
        };
        let be = self.exc_types.os_error.clone();
        if self.is_subclass(&cls, &be) {
            // OSError(errno, strerror, filename) sets its attributes from
            // the arguments: build it by calling the class.
            let c = Value::Obj(cls.clone());
            if let Ok(v) = self.call(&c, &args)
                && let Some(o) = v.as_obj()
            {
                return Exc(o.clone());
            }
        }
        crate::vm::exc::new_exception(self, &cls, args)
    }
}

fn remote_method(p: &ProxyRef, name: &str) -> Value {
    Value::Obj(ObjRef::new(Payload::Host(Host::shared(RemoteMethod {
        proxy: p.clone(),
        name: name.into(),
    }))))
}

/// What in `v` is not plain data (see `owner_arg`), named for the message;
/// None when all of it is. Iterative; each container is visited once.
fn not_plain(v: &Value) -> Option<String> {
    let mut todo = vec![v.clone()];
    let mut seen = std::collections::HashSet::new();
    while let Some(v) = todo.pop() {
        let Value::Obj(o) = &v else {
            continue;
        };
        match o.payload() {
            Payload::Str(_) | Payload::Bytes(_) | Payload::BigInt(_) => {}
            Payload::Host(h) if h.get().type_name() == "complex" => {}
            Payload::Tuple(_)
            | Payload::List(_)
            | Payload::Dict(_)
            | Payload::Set(_)
            | Payload::FrozenSet(_) => {
                if !seen.insert(o.addr()) {
                    continue;
                }
                match o.payload() {
                    Payload::Tuple(t) => todo.extend(t.iter().cloned()),
                    Payload::List(l) => match l.try_borrow() {
                        Ok(l) => todo.extend(l.iter().cloned()),
                        Err(_) => return Some("a list being changed".to_string()),
                    },
                    Payload::Set(d) => match d.try_borrow() {
                        Ok(d) => todo.extend(d.iter().cloned()),
                        Err(_) => return Some("a container being changed".to_string()),
                    },
                    Payload::Dict(d) => match d.try_borrow() {
                        Ok(d) => {
                            for (k, x) in d.iter() {
                                todo.push(k.clone());
                                todo.push(x.clone());
                            }
                        }
                        Err(_) => return Some("a container being changed".to_string()),
                    },
                    Payload::FrozenSet(d) => todo.extend(d.iter().cloned()),
                    _ => {}
                }
            }
            Payload::Instance(i) => {
                let name = match i.class.payload() {
                    Payload::Class(c) => crate::vm::eval::name_text(&c.name.borrow()).to_string(),
                    _ => "?".to_string(),
                };
                return Some(format!("an instance of class '{name}'"));
            }
            p => return Some(format!("a '{}' object", p.kind_name())),
        }
    }
    None
}
