//! The process as a graph: indices, reachability, strongly connected components, a DAG for
//! layout and longest paths. Shared by the checks and the flowcharts. Never panics: unknown
//! step ids in transitions are skipped here (the checker reports them).
//!
//! Adjacency is stored compressed (one offsets vector and one flat vector per direction), so a
//! graph costs a handful of allocations whatever its size: checking 10,000 items builds 10,000
//! graphs (BENCHMARKS.md).

use super::{Process, StepKind};
use std::collections::{HashMap, VecDeque};

/// Compressed adjacency: the neighbours of `v` are `items[off[v]..off[v + 1]]`.
pub(crate) struct Adj {
    off: Vec<usize>,
    items: Vec<usize>,
}

impl Adj {
    /// Builds from (node, value) pairs.
    fn build(n: usize, pairs: impl Iterator<Item = (usize, usize)> + Clone) -> Adj {
        let mut off = vec![0usize; n + 1];
        for (a, _) in pairs.clone() {
            if let Some(o) = off.get_mut(a + 1) {
                *o += 1;
            }
        }
        for i in 0..n {
            let prev = off.get(i).copied().unwrap_or(0);
            if let Some(o) = off.get_mut(i + 1) {
                *o += prev;
            }
        }
        let mut fill = off.clone();
        let mut items = vec![0usize; off.get(n).copied().unwrap_or(0)];
        for (a, b) in pairs {
            if let Some(f) = fill.get_mut(a) {
                if let Some(slot) = items.get_mut(*f) {
                    *slot = b;
                }
                *f += 1;
            }
        }
        Adj { off, items }
    }

    pub(crate) fn of(&self, v: usize) -> &[usize] {
        let (a, b) = (
            self.off.get(v).copied().unwrap_or(0),
            self.off.get(v + 1).copied().unwrap_or(0),
        );
        self.items.get(a..b).unwrap_or(&[])
    }
}

/// Finds the index of a step id: a linear scan for the usual handful of steps, a map beyond.
pub(crate) enum Ids<'a> {
    Few(&'a Process),
    Many(HashMap<&'a str, usize>),
}

impl<'a> Ids<'a> {
    pub(crate) fn new(p: &'a Process) -> Ids<'a> {
        if p.steps.len() <= 32 {
            Ids::Few(p)
        } else {
            let mut m = HashMap::with_capacity(p.steps.len());
            for (i, s) in p.steps.iter().enumerate() {
                m.entry(s.id.as_str()).or_insert(i);
            }
            Ids::Many(m)
        }
    }

    /// The first step with this id.
    pub(crate) fn get(&self, id: &str) -> Option<usize> {
        match self {
            Ids::Few(p) => p.steps.iter().position(|s| s.id == id),
            Ids::Many(m) => m.get(id).copied(),
        }
    }
}

pub(crate) struct Graph {
    pub n: usize,
    /// Edges by index: (from, to, transition index).
    pub edges: Vec<(usize, usize, usize)>,
    pub succ: Adj,
    pub pred: Adj,
    /// Edges closing a cycle in depth-first order from the start (补正 → 受理, ...).
    pub back: Vec<bool>,
}

impl Graph {
    pub(crate) fn new(p: &Process) -> Graph {
        let n = p.steps.len();
        let ids = Ids::new(p);
        let edges: Vec<(usize, usize, usize)> = p
            .transitions
            .iter()
            .enumerate()
            .filter_map(|(t, tr)| Some((ids.get(&tr.from)?, ids.get(&tr.to)?, t)))
            .collect();
        let succ = Adj::build(n, edges.iter().map(|e| (e.0, e.1)));
        let pred = Adj::build(n, edges.iter().map(|e| (e.1, e.0)));
        let mut g = Graph {
            n,
            edges,
            succ,
            pred,
            back: Vec::new(),
        };
        let start = p.steps.iter().position(|s| s.kind == StepKind::Start);
        g.back = g.back_edges(start);
        g
    }

    /// Nodes reachable from `from`, forwards or backwards.
    pub(crate) fn reach(&self, from: &[usize], forward: bool) -> Vec<bool> {
        let adj = if forward { &self.succ } else { &self.pred };
        let mut seen = vec![false; self.n];
        let mut stack: Vec<usize> = Vec::with_capacity(self.n);
        for &s in from {
            if let Some(x) = seen.get_mut(s) {
                if !*x {
                    *x = true;
                    stack.push(s);
                }
            }
        }
        while let Some(v) = stack.pop() {
            for &w in adj.of(v) {
                if let Some(x) = seen.get_mut(w) {
                    if !*x {
                        *x = true;
                        stack.push(w);
                    }
                }
            }
        }
        seen
    }

    /// Iterative DFS from the start, then from every other unvisited node in order; an edge to
    /// a node on the current path is a back edge. Without back edges the graph is a DAG.
    fn back_edges(&self, start: Option<usize>) -> Vec<bool> {
        let mut back = vec![false; self.edges.len()];
        let out = Adj::build(self.n, self.edges.iter().enumerate().map(|(e, x)| (x.0, e)));
        // 0 = new, 1 = on path, 2 = done
        let mut state = vec![0u8; self.n];
        let mut stack: Vec<(usize, usize)> = Vec::with_capacity(self.n);
        for root in start.into_iter().chain(0..self.n) {
            if state.get(root).copied() != Some(0) {
                continue;
            }
            stack.push((root, 0));
            if let Some(s) = state.get_mut(root) {
                *s = 1;
            }
            while let Some((v, i)) = stack.pop() {
                match out.of(v).get(i).copied() {
                    Some(e) => {
                        stack.push((v, i + 1));
                        let w = self.edges.get(e).map_or(v, |x| x.1);
                        match state.get(w).copied() {
                            Some(0) => {
                                if let Some(s) = state.get_mut(w) {
                                    *s = 1;
                                }
                                stack.push((w, 0));
                            }
                            Some(1) => {
                                if let Some(b) = back.get_mut(e) {
                                    *b = true;
                                }
                            }
                            _ => {}
                        }
                    }
                    None => {
                        if let Some(s) = state.get_mut(v) {
                            *s = 2;
                        }
                    }
                }
            }
        }
        back
    }

    /// The forward (non-back) successors, compressed.
    pub(crate) fn forward(&self) -> Adj {
        Adj::build(self.n, self.forward_edges().map(|e| (e.0, e.1)))
    }

    /// A topological order of the DAG left after removing back edges.
    pub(crate) fn topo(&self, fwd: &Adj) -> Vec<usize> {
        let mut indeg = vec![0usize; self.n];
        for v in 0..self.n {
            for &w in fwd.of(v) {
                if let Some(d) = indeg.get_mut(w) {
                    *d += 1;
                }
            }
        }
        let mut queue: VecDeque<usize> =
            (0..self.n).filter(|&v| indeg.get(v) == Some(&0)).collect();
        let mut order = Vec::with_capacity(self.n);
        while let Some(v) = queue.pop_front() {
            order.push(v);
            for &w in fwd.of(v) {
                if let Some(d) = indeg.get_mut(w) {
                    *d -= 1;
                    if *d == 0 {
                        queue.push_back(w);
                    }
                }
            }
        }
        order
    }

    /// Forward (non-back) edges as (from, to, transition index).
    pub(crate) fn forward_edges(&self) -> impl Iterator<Item = &(usize, usize, usize)> + Clone {
        self.edges
            .iter()
            .enumerate()
            .filter(|(e, _)| !self.back.get(*e).copied().unwrap_or(false))
            .map(|(_, x)| x)
    }

    /// Strongly connected components (iterative Kosaraju), as a component id per node.
    pub(crate) fn components(&self) -> Vec<usize> {
        let mut seen = vec![false; self.n];
        let mut order = Vec::with_capacity(self.n);
        let mut stack: Vec<(usize, usize)> = Vec::with_capacity(self.n);
        for root in 0..self.n {
            if seen.get(root).copied().unwrap_or(true) {
                continue;
            }
            stack.push((root, 0));
            if let Some(s) = seen.get_mut(root) {
                *s = true;
            }
            while let Some((v, i)) = stack.pop() {
                match self.succ.of(v).get(i).copied() {
                    Some(w) => {
                        stack.push((v, i + 1));
                        if let Some(s) = seen.get_mut(w) {
                            if !*s {
                                *s = true;
                                stack.push((w, 0));
                            }
                        }
                    }
                    None => order.push(v),
                }
            }
        }
        let mut comp = vec![usize::MAX; self.n];
        let mut c = 0;
        let mut work: Vec<usize> = Vec::with_capacity(self.n);
        for &root in order.iter().rev() {
            if comp.get(root).copied() != Some(usize::MAX) {
                continue;
            }
            work.push(root);
            if let Some(x) = comp.get_mut(root) {
                *x = c;
            }
            while let Some(v) = work.pop() {
                for &w in self.pred.of(v) {
                    if let Some(x) = comp.get_mut(w) {
                        if *x == usize::MAX {
                            *x = c;
                            work.push(w);
                        }
                    }
                }
            }
            c += 1;
        }
        comp
    }
}
