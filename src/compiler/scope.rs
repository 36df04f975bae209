//! The symbol table: which names are local, cell, free or global in each scope.
//!
//! Follows CPython's symtable rules: parameters and bound names are local
//! unless declared `global`/`nonlocal`; a name used but not bound resolves to
//! the nearest enclosing *function* scope that binds it (class scopes are
//! skipped), which then holds it in a cell; anything else is global. A
//! function nested in a class that uses `super` or `__class__` gets the free
//! variable `__class__` and the class gets the cell `__class__`. Walrus
//! targets in comprehensions bind in the nearest non-comprehension scope.
//!
//! Invariants:
//! - every scope-creating node (function, class, lambda, comprehension) is
//!   registered under its source range, so codegen finds it without relying
//!   on traversal order;
//! - annotations are visited where they are evaluated (annotations.rs);
//! - the walk counts its depth and refuses beyond `MAX_DEPTH`;
//! - `cellvars` and `freevars` are sorted, `varnames` starts with the
//!   parameters in CPython order.

use std::collections::{HashMap, HashSet};

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use super::{CResult, MAX_DEPTH, RawError};

pub type ScopeId = usize;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Comprehension,
}

const DEF_LOCAL: u32 = 1;
const DEF_PARAM: u32 = 2;
const DEF_GLOBAL: u32 = 4;
const DEF_NONLOCAL: u32 = 8;
const USE: u32 = 16;
const COMP_WALRUS: u32 = 32;
const COMP_ITER: u32 = 64;

/// How a name is accessed in one scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolved {
    Local,
    Cell,
    Free,
    GlobalExplicit,
    GlobalImplicit,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub parent: Option<ScopeId>,
    flags: HashMap<String, u32>,
    /// Names in first-seen order (deterministic varnames).
    order: Vec<String>,
    /// Offsets of `nonlocal` declarations, for error positions.
    nonlocal_at: HashMap<String, u32>,
    pub params: Vec<String>,
    pub resolved: HashMap<String, Resolved>,
    pub children: Vec<ScopeId>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub generator: bool,
    /// An `async def` body, or a comprehension that awaits (an async
    /// comprehension): `await`, `async for` and `async with` are allowed.
    pub coroutine: bool,
    /// Class scope: the body needs the `__class__` cell.
    pub class_cell: bool,
}

impl Scope {
    fn new(kind: ScopeKind, parent: Option<ScopeId>) -> Scope {
        Scope {
            kind,
            parent,
            flags: HashMap::new(),
            order: Vec::new(),
            nonlocal_at: HashMap::new(),
            params: Vec::new(),
            resolved: HashMap::new(),
            children: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            generator: false,
            coroutine: false,
            class_cell: false,
        }
    }

    /// How `name` resolves here (names never seen are implicit globals).
    pub fn resolve(&self, name: &str) -> Resolved {
        self.resolved
            .get(name)
            .copied()
            .unwrap_or(Resolved::GlobalImplicit)
    }

    /// Local (non-cell) names in varnames order, parameters first.
    pub fn varnames(&self) -> Vec<String> {
        let mut out = self.params.clone();
        let params: HashSet<&String> = self.params.iter().collect();
        for name in &self.order {
            if !params.contains(name) && self.resolved.get(name) == Some(&Resolved::Local) {
                out.push(name.clone());
            }
        }
        out
    }
}

pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_range: HashMap<(u32, u32), ScopeId>,
}

fn key(range: TextRange) -> (u32, u32) {
    (range.start().to_u32(), range.end().to_u32())
}

fn err(msg: impl Into<String>, node: &impl Ranged) -> RawError {
    RawError::syntax(msg, node.range().start().to_u32())
}

impl SymbolTable {
    /// Build and analyse the symbol table of a module body.
    pub fn build(body: &[Stmt]) -> CResult<SymbolTable> {
        let mut b = Builder {
            table: SymbolTable {
                scopes: vec![Scope::new(ScopeKind::Module, None)],
                by_range: HashMap::new(),
            },
            cur: 0,
            depth: 0,
        };
        b.stmts(body)?;
        let mut table = b.table;
        table.analyze(0, &HashSet::new())?;
        Ok(table)
    }

    /// The scope created by the node with this range.
    pub fn scope_of(&self, range: TextRange) -> Option<ScopeId> {
        self.by_range.get(&key(range)).copied()
    }

    pub fn get(&self, id: ScopeId) -> Option<&Scope> {
        self.scopes.get(id)
    }

    /// Resolve names top-down; returns the free variables of scope `id`.
    fn analyze(&mut self, id: ScopeId, bound: &HashSet<String>) -> CResult<HashSet<String>> {
        let Some(scope) = self.scopes.get(id) else {
            return Ok(HashSet::new());
        };
        let kind = scope.kind;
        let mut resolved = HashMap::new();
        let mut child_bound = match kind {
            ScopeKind::Module => HashSet::new(),
            _ => bound.clone(),
        };
        // The nearest non-comprehension ancestor, for walrus targets.
        let mut outer = scope.parent;
        while let Some(o) = outer {
            match self.scopes.get(o) {
                Some(s) if s.kind == ScopeKind::Comprehension => outer = s.parent,
                _ => break,
            }
        }
        let outer_is_module = outer
            .and_then(|o| self.scopes.get(o))
            .is_some_and(|s| s.kind == ScopeKind::Module);
        for name in &scope.order {
            let flags = scope.flags.get(name).copied().unwrap_or(0);
            let r = if flags & DEF_GLOBAL != 0 {
                child_bound.remove(name);
                Resolved::GlobalExplicit
            } else if flags & DEF_NONLOCAL != 0 {
                if !bound.contains(name) {
                    let at = scope.nonlocal_at.get(name).copied().unwrap_or(0);
                    return Err(RawError::syntax(
                        format!("no binding for nonlocal '{name}' found"),
                        at,
                    ));
                }
                Resolved::Free
            } else if flags & COMP_WALRUS != 0 {
                let global_outside = outer_is_module
                    || outer
                        .and_then(|o| self.scopes.get(o))
                        .is_some_and(|s| s.flags.get(name).is_some_and(|f| f & DEF_GLOBAL != 0));
                if global_outside {
                    Resolved::GlobalExplicit
                } else {
                    Resolved::Free
                }
            } else if flags & (DEF_LOCAL | DEF_PARAM) != 0 {
                if matches!(kind, ScopeKind::Function | ScopeKind::Comprehension) {
                    child_bound.insert(name.clone());
                }
                Resolved::Local
            } else if kind != ScopeKind::Module && bound.contains(name) {
                Resolved::Free
            } else {
                Resolved::GlobalImplicit
            };
            resolved.insert(name.clone(), r);
        }
        if kind == ScopeKind::Class {
            child_bound.insert("__class__".to_string());
        }
        let children = scope.children.clone();
        let mut child_free = HashSet::new();
        for c in children {
            child_free.extend(self.analyze(c, &child_bound)?);
        }
        let mut cells = Vec::new();
        let mut frees: Vec<String> = resolved
            .iter()
            .filter(|(_, r)| **r == Resolved::Free)
            .map(|(n, _)| n.clone())
            .collect();
        let mut class_cell = false;
        for name in child_free {
            match (kind, resolved.get(&name).copied()) {
                (ScopeKind::Function | ScopeKind::Comprehension, Some(Resolved::Local)) => {
                    resolved.insert(name.clone(), Resolved::Cell);
                    cells.push(name);
                }
                (ScopeKind::Class, _) if name == "__class__" => class_cell = true,
                (ScopeKind::Class, Some(Resolved::Local)) => frees.push(name),
                (_, Some(Resolved::Free | Resolved::Cell)) => {}
                (ScopeKind::Module, _) => {}
                (_, Some(Resolved::GlobalExplicit)) => {}
                _ => {
                    resolved.insert(name.clone(), Resolved::Free);
                    frees.push(name);
                }
            }
        }
        if class_cell {
            cells.push("__class__".to_string());
        }
        cells.sort();
        cells.dedup();
        frees.sort();
        frees.dedup();
        let free_set: HashSet<String> = frees.iter().cloned().collect();
        if let Some(scope) = self.scopes.get_mut(id) {
            scope.resolved = resolved;
            scope.cellvars = cells;
            scope.freevars = frees;
            scope.class_cell = class_cell;
        }
        Ok(free_set)
    }
}

struct Builder {
    table: SymbolTable,
    cur: ScopeId,
    depth: usize,
}

impl Builder {
    fn scope(&mut self) -> &mut Scope {
        // `cur` always indexes an existing scope; fall back to the module.
        let idx = if self.cur < self.table.scopes.len() {
            self.cur
        } else {
            0
        };
        &mut self.table.scopes[idx]
    }

    fn kind(&self) -> ScopeKind {
        self.table
            .scopes
            .get(self.cur)
            .map(|s| s.kind)
            .unwrap_or(ScopeKind::Module)
    }

    fn flags_of(&self, id: ScopeId, name: &str) -> u32 {
        self.table
            .scopes
            .get(id)
            .and_then(|s| s.flags.get(name).copied())
            .unwrap_or(0)
    }

    fn add(&mut self, name: &str, flag: u32) {
        let s = self.scope();
        match s.flags.get_mut(name) {
            Some(f) => *f |= flag,
            None => {
                s.flags.insert(name.to_string(), flag);
                s.order.push(name.to_string());
            }
        }
    }

    /// Whether the current scope is an `async def` body.
    fn in_async_function(&self) -> bool {
        self.table
            .scopes
            .get(self.cur)
            .is_some_and(|s| matches!(s.kind, ScopeKind::Function) && s.coroutine)
    }

    fn enter(&mut self, kind: ScopeKind, range: TextRange) -> ScopeId {
        let id = self.table.scopes.len();
        self.table.scopes.push(Scope::new(kind, Some(self.cur)));
        self.scope().children.push(id);
        self.table.by_range.insert(key(range), id);
        self.cur = id;
        id
    }

    fn deeper(&mut self, node: &impl Ranged) -> CResult<()> {
        #[cfg(test)]
        {
            let probe = 0u8;
            let addr = &probe as *const u8 as usize;
            super::tests::STACK_PROBE2.with(|c| {
                let (lo, hi) = c.get();
                c.set((lo.min(addr), hi.max(addr)));
            });
        }
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(err(
                format!("expression too deeply nested (sandpy limit {MAX_DEPTH})"),
                node,
            ));
        }
        Ok(())
    }

    fn stmts(&mut self, body: &[Stmt]) -> CResult<()> {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn param(&mut self, p: &ast::Parameter) -> CResult<()> {
        let name = p.name.as_str();
        if self.flags_of(self.cur, name) & DEF_PARAM != 0 {
            return Err(err(
                format!("duplicate argument '{name}' in function definition"),
                p,
            ));
        }
        self.add(name, DEF_PARAM);
        self.scope().params.push(name.to_string());
        Ok(())
    }

    fn parameters(&mut self, params: &ast::Parameters) -> CResult<()> {
        for p in params.posonlyargs.iter().chain(params.args.iter()) {
            self.param(&p.parameter)?;
        }
        for p in params.kwonlyargs.iter() {
            self.param(&p.parameter)?;
        }
        if let Some(p) = &params.vararg {
            self.param(p)?;
        }
        if let Some(p) = &params.kwarg {
            self.param(p)?;
        }
        Ok(())
    }

    fn defaults(&mut self, params: &ast::Parameters) -> CResult<()> {
        for p in params
            .posonlyargs
            .iter()
            .chain(params.args.iter())
            .chain(params.kwonlyargs.iter())
        {
            if let Some(d) = &p.default {
                self.expr(d)?;
            }
        }
        Ok(())
    }

    /// A function's annotations, evaluated in the defining scope.
    fn annotations(&mut self, params: &ast::Parameters, returns: Option<&Expr>) -> CResult<()> {
        let all = params
            .posonlyargs
            .iter()
            .chain(params.args.iter())
            .chain(params.kwonlyargs.iter())
            .map(|p| &p.parameter)
            .chain(params.vararg.as_deref())
            .chain(params.kwarg.as_deref());
        for p in all {
            if let Some(a) = &p.annotation {
                self.expr(a)?;
            }
        }
        if let Some(r) = returns {
            self.expr(r)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> CResult<()> {
        self.deeper(s)?;
        let r = self.stmt_inner(s);
        self.depth -= 1;
        r
    }

    fn stmt_inner(&mut self, s: &Stmt) -> CResult<()> {
        match s {
            Stmt::FunctionDef(f) => {
                if f.type_params.is_some() {
                    return Err(err("type parameters are not supported by sandpy", s));
                }
                for d in &f.decorator_list {
                    self.expr(&d.expression)?;
                }
                self.defaults(&f.parameters)?;
                self.annotations(&f.parameters, f.returns.as_deref())?;
                self.add(f.name.as_str(), DEF_LOCAL);
                let saved = self.cur;
                self.enter(ScopeKind::Function, f.range);
                self.scope().coroutine = f.is_async;
                self.parameters(&f.parameters)?;
                self.stmts(&f.body)?;
                self.cur = saved;
            }
            Stmt::ClassDef(c) => {
                if c.type_params.is_some() {
                    return Err(err("type parameters are not supported by sandpy", s));
                }
                for d in &c.decorator_list {
                    self.expr(&d.expression)?;
                }
                if let Some(args) = &c.arguments {
                    self.arguments(args)?;
                }
                self.add(c.name.as_str(), DEF_LOCAL);
                let saved = self.cur;
                self.enter(ScopeKind::Class, c.range);
                self.stmts(&c.body)?;
                self.cur = saved;
            }
            Stmt::Return(r) => {
                if !matches!(self.kind(), ScopeKind::Function) {
                    return Err(err("'return' outside function", s));
                }
                if let Some(v) = &r.value {
                    self.expr(v)?;
                }
            }
            Stmt::Delete(d) => d.targets.iter().try_for_each(|t| self.expr(t))?,
            Stmt::TypeAlias(_) => {
                return Err(err("type aliases are not supported by sandpy", s));
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                a.targets.iter().try_for_each(|t| self.expr(t))?;
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.value)?;
                if let Expr::Name(n) = &*a.target {
                    self.add(n.id.as_str(), DEF_LOCAL | USE);
                } else {
                    self.expr(&a.target)?;
                }
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                }
                if let Expr::Name(n) = &*a.target {
                    let f = self.flags_of(self.cur, n.id.as_str());
                    if f & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && a.simple {
                        return Err(err(format!("annotated name '{}' can't be global", n.id), s));
                    }
                    self.add(n.id.as_str(), DEF_LOCAL);
                } else {
                    self.expr(&a.target)?;
                }
                // Evaluated at module and class level only (annotations.rs).
                if matches!(self.kind(), ScopeKind::Module | ScopeKind::Class) {
                    self.expr(&a.annotation)?;
                }
            }
            Stmt::For(f) => {
                if f.is_async && !self.in_async_function() {
                    return Err(err("'async for' outside async function", s));
                }
                self.expr(&f.iter)?;
                self.expr(&f.target)?;
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)?;
            }
            Stmt::While(w) => {
                self.expr(&w.test)?;
                self.stmts(&w.body)?;
                self.stmts(&w.orelse)?;
            }
            Stmt::If(i) => {
                self.expr(&i.test)?;
                self.stmts(&i.body)?;
                for clause in &i.elif_else_clauses {
                    if let Some(t) = &clause.test {
                        self.expr(t)?;
                    }
                    self.stmts(&clause.body)?;
                }
            }
            Stmt::With(w) => {
                if w.is_async && !self.in_async_function() {
                    return Err(err("'async with' outside async function", s));
                }
                for item in &w.items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.expr(v)?;
                    }
                }
                self.stmts(&w.body)?;
            }
            Stmt::Match(m) => {
                self.expr(&m.subject)?;
                for case in &m.cases {
                    self.pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&case.body)?;
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                }
                if let Some(c) = &r.cause {
                    self.expr(c)?;
                }
            }
            Stmt::Try(t) => {
                self.stmts(&t.body)?;
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty)?;
                    }
                    if let Some(n) = &h.name {
                        self.add(n.as_str(), DEF_LOCAL);
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(&t.orelse)?;
                self.stmts(&t.finalbody)?;
            }
            Stmt::Assert(a) => {
                self.expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                }
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    let bound = match &alias.asname {
                        Some(a) => a.as_str(),
                        None => alias.name.as_str().split('.').next().unwrap_or(""),
                    };
                    self.add(bound, DEF_LOCAL);
                }
            }
            Stmt::ImportFrom(i) => {
                for alias in &i.names {
                    if alias.name.as_str() == "*" {
                        if self.kind() != ScopeKind::Module {
                            return Err(err("import * only allowed at module level", s));
                        }
                        continue;
                    }
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.add(bound.as_str(), DEF_LOCAL);
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    let name = n.as_str();
                    let f = self.flags_of(self.cur, name);
                    if f & DEF_PARAM != 0 {
                        return Err(err(format!("name '{name}' is parameter and global"), s));
                    }
                    if f & DEF_NONLOCAL != 0 {
                        return Err(err(format!("name '{name}' is nonlocal and global"), s));
                    }
                    if f & USE != 0 {
                        return Err(err(
                            format!("name '{name}' is used prior to global declaration"),
                            s,
                        ));
                    }
                    if f & DEF_LOCAL != 0 {
                        return Err(err(
                            format!("name '{name}' is assigned to before global declaration"),
                            s,
                        ));
                    }
                    self.add(name, DEF_GLOBAL);
                }
            }
            Stmt::Nonlocal(g) => {
                if self.kind() == ScopeKind::Module {
                    return Err(err("nonlocal declaration not allowed at module level", s));
                }
                for n in &g.names {
                    let name = n.as_str();
                    let f = self.flags_of(self.cur, name);
                    if f & DEF_PARAM != 0 {
                        return Err(err(format!("name '{name}' is parameter and nonlocal"), s));
                    }
                    if f & DEF_GLOBAL != 0 {
                        return Err(err(format!("name '{name}' is nonlocal and global"), s));
                    }
                    if f & USE != 0 {
                        return Err(err(
                            format!("name '{name}' is used prior to nonlocal declaration"),
                            s,
                        ));
                    }
                    if f & DEF_LOCAL != 0 {
                        return Err(err(
                            format!("name '{name}' is assigned to before nonlocal declaration"),
                            s,
                        ));
                    }
                    self.add(name, DEF_NONLOCAL);
                    let at = n.range.start().to_u32();
                    self.scope().nonlocal_at.insert(name.to_string(), at);
                }
            }
            Stmt::Expr(e) => self.expr(&e.value)?,
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
            Stmt::IpyEscapeCommand(_) => {
                return Err(err(
                    "IPython escape commands are not supported by sandpy",
                    s,
                ));
            }
        }
        Ok(())
    }

    /// A `case` pattern: the names it captures are bound here; the values
    /// and classes it looks up are uses.
    fn pattern(&mut self, p: &ast::Pattern) -> CResult<()> {
        self.deeper(p)?;
        let r = self.pattern_inner(p);
        self.depth -= 1;
        r
    }

    fn pattern_inner(&mut self, p: &ast::Pattern) -> CResult<()> {
        use ast::Pattern as P;
        match p {
            P::MatchValue(v) => self.expr(&v.value)?,
            P::MatchSingleton(_) => {}
            P::MatchSequence(s) => s.patterns.iter().try_for_each(|p| self.pattern(p))?,
            P::MatchMapping(m) => {
                m.keys.iter().try_for_each(|k| self.expr(k))?;
                m.patterns.iter().try_for_each(|p| self.pattern(p))?;
                if let Some(rest) = &m.rest {
                    self.add(rest.as_str(), DEF_LOCAL);
                }
            }
            P::MatchClass(c) => {
                self.expr(&c.cls)?;
                c.arguments
                    .patterns
                    .iter()
                    .try_for_each(|p| self.pattern(p))?;
                for kw in &c.arguments.keywords {
                    self.pattern(&kw.pattern)?;
                }
            }
            P::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.add(n.as_str(), DEF_LOCAL);
                }
            }
            P::MatchAs(a) => {
                if let Some(inner) = &a.pattern {
                    self.pattern(inner)?;
                }
                if let Some(n) = &a.name {
                    self.add(n.as_str(), DEF_LOCAL);
                }
            }
            P::MatchOr(o) => o.patterns.iter().try_for_each(|p| self.pattern(p))?,
        }
        Ok(())
    }

    fn arguments(&mut self, args: &ast::Arguments) -> CResult<()> {
        for a in args.args.iter() {
            self.expr(a)?;
        }
        for k in args.keywords.iter() {
            self.expr(&k.value)?;
        }
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> CResult<()> {
        self.deeper(e)?;
        let r = self.expr_inner(e);
        self.depth -= 1;
        r
    }

    fn expr_inner(&mut self, e: &Expr) -> CResult<()> {
        match e {
            Expr::Name(n) => {
                let name = n.id.as_str();
                match n.ctx {
                    ast::ExprContext::Load => {
                        self.add(name, USE);
                        if name == "super" && self.kind() == ScopeKind::Function {
                            self.add("__class__", USE);
                        }
                    }
                    _ => self.add(name, DEF_LOCAL),
                }
            }
            Expr::Named(n) => {
                self.expr(&n.value)?;
                self.walrus(&n.target)?;
            }
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.defaults(p)?;
                }
                let saved = self.cur;
                self.enter(ScopeKind::Function, l.range);
                if let Some(p) = &l.parameters {
                    self.parameters(p)?;
                }
                self.expr(&l.body)?;
                self.cur = saved;
            }
            Expr::ListComp(c) => self.comprehension(e.range(), &c.generators, &[&c.elt], false)?,
            Expr::SetComp(c) => self.comprehension(e.range(), &c.generators, &[&c.elt], false)?,
            Expr::Generator(c) => self.comprehension(e.range(), &c.generators, &[&c.elt], true)?,
            Expr::DictComp(c) => match &c.key {
                Some(k) => self.comprehension(e.range(), &c.generators, &[k, &c.value], false)?,
                None => {
                    return Err(err(
                        "dict unpacking cannot be used in dict comprehension",
                        e,
                    ));
                }
            },
            Expr::Yield(_) | Expr::YieldFrom(_) => {
                match self.kind() {
                    ScopeKind::Function => {}
                    ScopeKind::Comprehension => {
                        return Err(err("'yield' inside comprehension", e));
                    }
                    _ => return Err(err("'yield' outside function", e)),
                }
                if matches!(e, Expr::YieldFrom(_)) && self.scope().coroutine {
                    return Err(err("'yield from' inside async function", e));
                }
                self.scope().generator = true;
                match e {
                    Expr::Yield(y) => {
                        if let Some(v) = &y.value {
                            self.expr(v)?;
                        }
                    }
                    Expr::YieldFrom(y) => self.expr(&y.value)?,
                    _ => {}
                }
            }
            Expr::Await(a) => {
                match self.kind() {
                    ScopeKind::Function if self.scope().coroutine => {}
                    // An await makes the comprehension an async one (which
                    // `comprehension` then checks against its parent).
                    ScopeKind::Comprehension => self.scope().coroutine = true,
                    ScopeKind::Function => {
                        return Err(err("'await' outside async function", e));
                    }
                    _ => return Err(err("'await' outside function", e)),
                }
                self.expr(&a.value)?;
            }
            Expr::TString(_) => return Err(err("t-strings are not supported by sandpy", e)),
            Expr::IpyEscapeCommand(_) => {
                return Err(err(
                    "IPython escape commands are not supported by sandpy",
                    e,
                ));
            }
            Expr::FString(f) => {
                for part in f.value.iter() {
                    if let ast::FStringPart::FString(fs) = part {
                        self.fstring_elements(&fs.elements)?;
                    }
                }
            }
            Expr::BoolOp(b) => b.values.iter().try_for_each(|v| self.expr(v))?,
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
            }
            Expr::UnaryOp(u) => self.expr(&u.operand)?,
            Expr::If(i) => {
                self.expr(&i.test)?;
                self.expr(&i.body)?;
                self.expr(&i.orelse)?;
            }
            Expr::Dict(d) => {
                for item in &d.items {
                    if let Some(k) = &item.key {
                        self.expr(k)?;
                    }
                    self.expr(&item.value)?;
                }
            }
            Expr::Set(s) => s.elts.iter().try_for_each(|v| self.expr(v))?,
            Expr::List(s) => s.elts.iter().try_for_each(|v| self.expr(v))?,
            Expr::Tuple(s) => s.elts.iter().try_for_each(|v| self.expr(v))?,
            Expr::Compare(c) => {
                self.expr(&c.left)?;
                c.comparators.iter().try_for_each(|v| self.expr(v))?;
            }
            Expr::Call(c) => {
                self.expr(&c.func)?;
                self.arguments(&c.arguments)?;
            }
            Expr::Attribute(a) => self.expr(&a.value)?,
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
            }
            Expr::Starred(s) => self.expr(&s.value)?,
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(part)?;
                }
            }
            Expr::StringLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => {}
        }
        Ok(())
    }

    fn fstring_elements(&mut self, elements: &ast::InterpolatedStringElements) -> CResult<()> {
        for el in elements.iter() {
            if let ast::InterpolatedStringElement::Interpolation(i) = el {
                self.deeper(i)?;
                self.expr(&i.expression)?;
                if let Some(spec) = &i.format_spec {
                    self.fstring_elements(&spec.elements)?;
                }
                self.depth -= 1;
            }
        }
        Ok(())
    }

    fn walrus(&mut self, target: &Expr) -> CResult<()> {
        let Expr::Name(n) = target else {
            return Err(err(
                "cannot use assignment expressions with this target",
                target,
            ));
        };
        let name = n.id.as_str();
        if self.kind() != ScopeKind::Comprehension {
            self.add(name, DEF_LOCAL);
            return Ok(());
        }
        // Mark every comprehension up to the nearest real scope, bind there.
        let mut id = self.cur;
        while let Some(scope) = self.table.scopes.get(id) {
            if scope.kind != ScopeKind::Comprehension {
                if scope.kind == ScopeKind::Class {
                    return Err(err(
                        "assignment expression within a comprehension cannot be used in a class body",
                        target,
                    ));
                }
                let saved = self.cur;
                self.cur = id;
                self.add(name, DEF_LOCAL);
                self.cur = saved;
                break;
            }
            if scope.flags.get(name).is_some_and(|f| f & COMP_ITER != 0) {
                return Err(err(
                    format!(
                        "assignment expression cannot rebind comprehension iteration variable '{name}'"
                    ),
                    target,
                ));
            }
            let parent = scope.parent;
            let saved = self.cur;
            self.cur = id;
            self.add(name, COMP_WALRUS);
            self.cur = saved;
            match parent {
                Some(p) => id = p,
                None => break,
            }
        }
        Ok(())
    }

    fn comp_target(&mut self, e: &Expr) -> CResult<()> {
        match e {
            Expr::Name(n) => {
                self.add(n.id.as_str(), DEF_LOCAL | COMP_ITER);
                Ok(())
            }
            Expr::Tuple(t) => t.elts.iter().try_for_each(|x| self.comp_target(x)),
            Expr::List(t) => t.elts.iter().try_for_each(|x| self.comp_target(x)),
            Expr::Starred(s) => self.comp_target(&s.value),
            other => self.expr(other),
        }
    }

    fn comprehension(
        &mut self,
        range: TextRange,
        generators: &[ast::Comprehension],
        elts: &[&Expr],
        genexp: bool,
    ) -> CResult<()> {
        let Some(first) = generators.first() else {
            return Err(RawError::syntax(
                "comprehension without a loop",
                range.start().to_u32(),
            ));
        };
        self.expr(&first.iter)?;
        let saved = self.cur;
        self.enter(ScopeKind::Comprehension, range);
        self.add(".0", DEF_PARAM);
        self.scope().params.push(".0".to_string());
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.comp_target(&g.target)?;
            g.ifs.iter().try_for_each(|c| self.expr(c))?;
        }
        for e in elts {
            self.expr(e)?;
        }
        let is_async = generators.iter().any(|g| g.is_async) || self.scope().coroutine;
        self.scope().coroutine = is_async;
        self.cur = saved;
        // An async list, set or dict comprehension is awaited where it
        // stands: its parent must be an async function (or a comprehension,
        // which becomes async too). An async generator expression makes an
        // async generator, which any scope may hold.
        if is_async && !genexp {
            match self.kind() {
                ScopeKind::Function if self.scope().coroutine => {}
                ScopeKind::Comprehension => self.scope().coroutine = true,
                _ => {
                    return Err(RawError::syntax(
                        "asynchronous comprehension outside of an asynchronous function",
                        range.start().to_u32(),
                    ));
                }
            }
        }
        Ok(())
    }
}
