//! The process as a graph: indices, reachability, strongly connected components, a DAG for
//! layout and longest paths. Shared by the checks and the flowcharts. Never panics: unknown
//! step ids in transitions are skipped here (the checker reports them).

use super::Process;
use std::collections::{HashMap, VecDeque};

pub(crate) struct Graph {
    pub n: usize,
    /// Edges by index: (from, to, transition index).
    pub edges: Vec<(usize, usize, usize)>,
    pub succ: Vec<Vec<usize>>,
    pub pred: Vec<Vec<usize>>,
    /// Edges closing a cycle in depth-first order from the start (补正 → 受理, ...).
    pub back: Vec<bool>,
}

impl Graph {
    pub(crate) fn new(p: &Process) -> Graph {
        let n = p.steps.len();
        let mut index: HashMap<&str, usize> = HashMap::with_capacity(n);
        for (i, s) in p.steps.iter().enumerate() {
            index.entry(s.id.as_str()).or_insert(i);
        }
        let mut edges = Vec::with_capacity(p.transitions.len());
        let mut succ = vec![Vec::new(); n];
        let mut pred = vec![Vec::new(); n];
        for (t, tr) in p.transitions.iter().enumerate() {
            if let (Some(&a), Some(&b)) = (index.get(tr.from.as_str()), index.get(tr.to.as_str())) {
                edges.push((a, b, t));
                if let Some(v) = succ.get_mut(a) {
                    v.push(b);
                }
                if let Some(v) = pred.get_mut(b) {
                    v.push(a);
                }
            }
        }
        let mut g = Graph {
            n,
            edges,
            succ,
            pred,
            back: Vec::new(),
        };
        let start = p
            .steps
            .iter()
            .position(|s| s.kind == super::StepKind::Start);
        g.back = g.back_edges(start);
        g
    }

    /// Nodes reachable from `from` following `next`.
    pub(crate) fn reach(&self, from: &[usize], forward: bool) -> Vec<bool> {
        let mut seen = vec![false; self.n];
        let mut stack: Vec<usize> = Vec::new();
        for &s in from {
            if let Some(x) = seen.get_mut(s) {
                if !*x {
                    *x = true;
                    stack.push(s);
                }
            }
        }
        while let Some(v) = stack.pop() {
            let next = if forward {
                self.succ.get(v)
            } else {
                self.pred.get(v)
            };
            for &w in next.map(Vec::as_slice).unwrap_or(&[]) {
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
        // out-edges by node, as indices into `edges`
        let mut out: Vec<Vec<usize>> = vec![Vec::new(); self.n];
        for (e, &(a, _, _)) in self.edges.iter().enumerate() {
            if let Some(v) = out.get_mut(a) {
                v.push(e);
            }
        }
        // 0 = new, 1 = on path, 2 = done
        let mut state = vec![0u8; self.n];
        let roots = start.into_iter().chain(0..self.n);
        for root in roots {
            if state.get(root).copied() != Some(0) {
                continue;
            }
            let mut stack: Vec<(usize, usize)> = vec![(root, 0)];
            if let Some(s) = state.get_mut(root) {
                *s = 1;
            }
            while let Some((v, i)) = stack.pop() {
                let next_edge = out.get(v).and_then(|o| o.get(i)).copied();
                match next_edge {
                    Some(e) => {
                        stack.push((v, i + 1));
                        let w = self.edges.get(e).map(|x| x.1).unwrap_or(v);
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

    /// A topological order of the DAG left after removing back edges.
    pub(crate) fn topo(&self) -> Vec<usize> {
        let mut indeg = vec![0usize; self.n];
        for (e, &(_, b, _)) in self.edges.iter().enumerate() {
            if !self.back.get(e).copied().unwrap_or(false) {
                if let Some(d) = indeg.get_mut(b) {
                    *d += 1;
                }
            }
        }
        let mut out: Vec<Vec<usize>> = vec![Vec::new(); self.n];
        for (e, &(a, b, _)) in self.edges.iter().enumerate() {
            if !self.back.get(e).copied().unwrap_or(false) {
                if let Some(v) = out.get_mut(a) {
                    v.push(b);
                }
            }
        }
        let mut queue: VecDeque<usize> =
            (0..self.n).filter(|&v| indeg.get(v) == Some(&0)).collect();
        let mut order = Vec::with_capacity(self.n);
        while let Some(v) = queue.pop_front() {
            order.push(v);
            for &w in out.get(v).map(Vec::as_slice).unwrap_or(&[]) {
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
    pub(crate) fn forward_edges(&self) -> impl Iterator<Item = &(usize, usize, usize)> {
        self.edges
            .iter()
            .enumerate()
            .filter(|(e, _)| !self.back.get(*e).copied().unwrap_or(false))
            .map(|(_, x)| x)
    }

    /// Strongly connected components (iterative Kosaraju), as a component id per node.
    pub(crate) fn components(&self) -> Vec<usize> {
        // first pass: finishing order
        let mut seen = vec![false; self.n];
        let mut order = Vec::with_capacity(self.n);
        for root in 0..self.n {
            if seen.get(root).copied().unwrap_or(true) {
                continue;
            }
            let mut stack = vec![(root, 0usize)];
            if let Some(s) = seen.get_mut(root) {
                *s = true;
            }
            while let Some((v, i)) = stack.pop() {
                match self.succ.get(v).and_then(|s| s.get(i)).copied() {
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
        // second pass on the reversed graph
        let mut comp = vec![usize::MAX; self.n];
        let mut c = 0;
        for &root in order.iter().rev() {
            if comp.get(root).copied() != Some(usize::MAX) {
                continue;
            }
            let mut stack = vec![root];
            if let Some(x) = comp.get_mut(root) {
                *x = c;
            }
            while let Some(v) = stack.pop() {
                for &w in self.pred.get(v).map(Vec::as_slice).unwrap_or(&[]) {
                    if let Some(x) = comp.get_mut(w) {
                        if *x == usize::MAX {
                            *x = c;
                            stack.push(w);
                        }
                    }
                }
            }
            c += 1;
        }
        comp
    }
}
