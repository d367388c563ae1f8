#!/usr/bin/env python3
"""Reads valgrind logs of a JVM run (valgrind --trace-children=yes --log-file=...%p.log java ...)
and counts the reports attributable to libminzheng: an error (invalid read or write, use of an
uninitialised value, invalid free, ...) or a definite/indirect leak whose stack has a frame in
libminzheng (a `minzheng` symbol or object). The JVM's own reports (millions: its garbage
collector and JIT touch memory valgrind cannot follow) have no such frame and are left out, which
is what a suppression file for the JVM would do, without having to enumerate them.

Usage: valgrind_minzheng.py [--expect-some] LOG...
Prints "N records with a stack; K in libminzheng"; exits 1 when K > 0 (or, with --expect-some,
when K == 0: the control run that leaks on purpose).
"""
import re
import sys

bad = []
total = 0
args = sys.argv[1:]
expect_some = bool(args) and args[0] == "--expect-some"
if expect_some:
    args = args[1:]
for path in args:
    recs=[];cur=[]
    for line in open(path,errors='replace'):
        body=re.sub(r'^==\d+== ?','',line.rstrip('\n'))
        if body.strip()=='' :
            if cur: recs.append(cur); cur=[]
        else: cur.append(body)
    if cur: recs.append(cur)
    for r in recs:
        frames=[l for l in r if re.match(r'\s+(at|by) 0x',l)]
        if not frames: continue
        total+=1
        head=r[0]
        if 'still reachable' in head or 'possibly lost' in head: continue
        if any('minzheng' in f for f in frames):
            bad.append((path,r))
for p,r in bad[:10]:
    print(p); print('\n'.join(r[:25])); print()
print(f"{total} valgrind records with a stack; {len(bad)} in libminzheng")
sys.exit(0 if (len(bad) > 0) == expect_some else 1)
