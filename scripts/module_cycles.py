#!/usr/bin/env python3
"""Import cycles between modules, in each crate: none allowed.

A module is a file under the crate's src (`outbox/worker.rs` is `outbox::worker`; `mod.rs` is
its folder's module). An edge A -> B is any `crate::B...` path in A's file (in `use` lines,
groups `crate::x::{y, z}` included, or in code). Two modules that reach each other are a
cycle: a type sits in the wrong place, and neither can be understood, or moved, without the
other. The router does not need one either: handlers and middleware take `http::state`, which
names no handler, and `http::app` names them all.

The API's folders are layers, and each may import only those below it (and the shared
top-level modules, `config`, `clock`, `redact`, `ip_net`, which import no layer):
`cli` > `http` > `outbox` > `domain` > `store`. `LAYERS` lists them; an import upward is
printed and fails the check like a cycle.

Prints each cycle (a strongly connected group) and each upward import, and exits 1 if there
is any.
"""
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CRATES = [REPO / "api" / "src", REPO / "shared" / "src", REPO / "frontend" / "src"]
# The API's layers, lowest first; top-level modules outside them are shared by all.
LAYERS = ["store", "domain", "outbox", "http", "cli"]


def layer_of(module: str) -> int | None:
    head = module.split("::")[0]
    return LAYERS.index(head) if head in LAYERS else None


def upward_imports(graph: dict[str, set[str]]) -> list[tuple[str, str]]:
    bad = []
    for a, targets in sorted(graph.items()):
        for b in sorted(targets):
            la, lb = layer_of(a), layer_of(b)
            if lb is None:
                continue
            if la is None or lb > la:
                bad.append((a, b))
    return bad


def module_of(root: Path, path: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] in ("mod", "lib", "main"):
        parts = parts[:-1]
    return "::".join(parts) or "crate"


def cycles(root: Path) -> tuple[list[list[str]], dict[str, set[str]], int]:
    files = {module_of(root, p): p for p in root.rglob("*.rs")}
    names = set(files)
    graph: dict[str, set[str]] = {m: set() for m in names}
    for module, path in files.items():
        text = path.read_text()
        # Strip comments so a doc comment naming a module is not an import.
        text = re.sub(r"//[^\n]*", "", text)
        for match in re.finditer(r"crate::((?:[a-z_][a-z0-9_]*::)*[a-z_][a-z0-9_]*)(?![a-z0-9_]|::[a-z_{])", text):
            segments = match.group(1).split("::")
            # The longest prefix that is a module file: `crate::store::outbox::claim` is
            # `store::outbox`.
            for end in range(len(segments), 0, -1):
                target = "::".join(segments[:end])
                if target in names:
                    if target != module:
                        graph[module].add(target)
                    break
        # Groups: `use crate::{a, b::c}` and `use crate::x::{y, z::w}`, one brace level deep.
        for group in re.finditer(r"crate::((?:[a-z_][a-z0-9_]*::)*)\{([^{}]*)\}", text):
            prefix = group.group(1)
            for item in group.group(2).split(","):
                if not item.strip():
                    continue
                path = (prefix + item.strip()).removesuffix("::").split(" as ")[0]
                segments = [s for s in path.split("::") if s and s != "self"]
                for end in range(len(segments), 0, -1):
                    target = "::".join(segments[:end])
                    if target in names:
                        if target != module:
                            graph[module].add(target)
                        break

    # Tarjan's strongly connected components.
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    sys.setrecursionlimit(10_000)
    for v in sorted(graph):
        if v not in index:
            visit(v)

    return groups, graph, len(names)


def main() -> int:
    bad = 0
    for root in CRATES:
        crate = root.parent.name
        groups, graph, count = cycles(root)
        for group in groups:
            members = set(group)
            bad += 1
            print(f"{crate}: CYCLE: {', '.join(group)}")
            for a in group:
                for b in sorted(graph[a]):
                    if b in members:
                        print(f"    {a} -> {b}")
        if crate == "api":
            for a, b in upward_imports(graph):
                bad += 1
                print(f"{crate}: UPWARD: {a} -> {b}")
        imports = sum(len(e) for e in graph.values())
        print(f"{crate}: {count} modules, {imports} imports, {len(groups)} cycle(s)")
    print(f"{bad} cycle(s) or upward import(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
