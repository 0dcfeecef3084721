"""The layering holds: SQLCipher stays inside `flegme.vault`, whose `__init__` is the one
entry; the review core knows no vault; widgets know no SQLCipher; the vault's own modules
import each other without a loop; team sync reaches the local vault only through its
`TeamMirror` (no vault connection, transaction or local table in flegme.team). Read from the
source (every import, lazy ones included)."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest

import flegme

SRC = Path(flegme.__file__).parent
INTERNALS = "flegme.vault.sqlcipher"


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, module: str) -> set[str]:
    """Every module `path` imports, anywhere in it (functions and TYPE_CHECKING included)."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[:len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)  # `from p import m`
    return found


def source_imports() -> dict[str, set[str]]:
    """Module name -> the modules it imports, for every module under src/flegme."""
    return {_module_name(p): _imports(p, _module_name(p)) for p in sorted(SRC.rglob("*.py"))}


def _within(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def offences(graph: Mapping[str, Iterable[str]]) -> list[str]:
    """Every import that breaks a layering rule, as "module -> import (rule)"."""
    found = []
    for module, imported in graph.items():
        for name in sorted(set(imported)):
            rules = [
                (_within(name, "sqlcipher3") and not _within(module, "flegme.vault"),
                 "sqlcipher3 only inside flegme.vault"),
                (_within(name, INTERNALS) and not _within(module, "flegme.vault"),
                 "flegme.vault is the one entry"),
                (_within(name, "flegme.vault") and _within(module, "flegme.review"),
                 "the review core knows no vault"),
                (_within(module, "flegme.ui") and (_within(name, "sqlcipher3")
                                                   or _within(name, INTERNALS)),
                 "no widget knows SQLCipher"),
                (_within(module, INTERNALS) and name == "flegme.vault",
                 "the internals never import the entry that imports them"),
            ]
            found += [f"{module} -> {name} ({why})" for broken, why in rules if broken]
    return found


def cycles(graph: Mapping[str, Iterable[str]], package: str) -> list[list[str]]:
    """Import loops among the modules of `package` (each loop once, from its smallest name)."""
    inside = {m: sorted(n for n in graph[m] if n in graph and _within(n, package) and n != m)
              for m in graph if _within(m, package)}
    loops: list[list[str]] = []

    def walk(path: list[str]) -> None:
        for nxt in inside[path[-1]]:
            if nxt == path[0]:
                loops.append(path)
            elif nxt not in path and nxt > path[0]:
                walk([*path, nxt])

    for start in sorted(inside):
        walk([start])
    return loops


def test_the_source_keeps_its_layers() -> None:
    graph = source_imports()
    assert "flegme.vault.sqlcipher.store" in graph and "flegme.ui.main_window" in graph
    assert offences(graph) == []


def test_the_vault_modules_import_each_other_without_a_loop() -> None:
    assert cycles(source_imports(), "flegme.vault") == []


@pytest.mark.parametrize(("module", "imported", "rule"), [
    ("flegme.cli.doctor_cmd", "sqlcipher3", "sqlcipher3 only inside"),
    ("flegme.team.sync", "flegme.vault.sqlcipher.store", "the one entry"),
    ("flegme.review.service", "flegme.vault", "knows no vault"),
    ("flegme.review.rules", "flegme.vault.sqlcipher.rows", "knows no vault"),
    ("flegme.ui.main_window", "sqlcipher3.dbapi2", "no widget knows SQLCipher"),
    ("flegme.ui.vault_rescue", "flegme.vault.sqlcipher.backup", "no widget knows SQLCipher"),
    ("flegme.vault.sqlcipher.backup", "flegme.vault", "never import the entry"),
])
def test_each_rule_catches_a_broken_import(module: str, imported: str, rule: str) -> None:
    assert any(rule in o for o in offences({module: [imported]}))
    assert offences({module: []}) == []


def test_allowed_imports_pass() -> None:
    allowed = {"flegme.vault.sqlcipher.store": ["sqlcipher3"],
               "flegme.vault": ["flegme.vault.sqlcipher.vault"],
               "flegme.ui.main_window": ["flegme.vault", "flegme.review.service"],
               "flegme.review.service": ["flegme.review.models"]}
    assert offences(allowed) == []


def test_a_loop_is_found() -> None:
    graph = {"flegme.vault.a": ["flegme.vault.b"], "flegme.vault.b": ["flegme.vault.a"],
             "flegme.vault.c": ["flegme.vault.a"]}
    assert cycles(graph, "flegme.vault") == [["flegme.vault.a", "flegme.vault.b"]]


def test_relative_and_lazy_imports_are_read(tmp_path: Path) -> None:
    source = tmp_path / "m.py"
    source.write_text("from . import store\n\ndef f():\n    import sqlcipher3\n", "utf-8")
    found = _imports(source, "flegme.vault.sqlcipher.m")
    assert {"flegme.vault.sqlcipher.store", "sqlcipher3"} <= found


# -- team sync reaches the local vault only through `TeamMirror` (issue 12) ------------------

# A SQL literal's table: after FROM/INTO/UPDATE/JOIN/TABLE (upper case, as all our SQL is).
SQL_TABLE = re.compile(r"\b(?:FROM|INTO|UPDATE|JOIN|TABLE)\s+\"?([A-Za-z_][\w.]*)")


def _functions(tree: ast.AST) -> set[str]:
    return {n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)}


def vault_sql_uses(source: str) -> list[str]:
    """Where `source` reaches a vault's SQL: its connection (`x.con`, `x._con` but `self._con`,
    a class's own server connection), its write lock, or its transactions (`x.write(f)` with a
    function of the connection, or `x.write` handed on); a file's `.write(text)` is no offence."""
    tree = ast.parse(source)
    functions = _functions(tree)
    calls = {id(n.func): n for n in ast.walk(tree) if isinstance(n, ast.Call)}
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute):
            continue
        on_self = isinstance(node.value, ast.Name) and node.value.id == "self"
        if node.attr == "write":
            call = calls.get(id(node))
            first = call.args[0] if call is not None and call.args else None
            if call is None or isinstance(first, ast.Lambda) or (
                    isinstance(first, ast.Name) and first.id in functions):
                found.append(f"line {node.lineno}: .write of a vault transaction")
        elif node.attr in ("con", "write_lock") or (node.attr == "_con" and not on_self):
            found.append(f"line {node.lineno}: .{node.attr} of a vault")
    return found


def local_sql_tables(source: str) -> list[str]:
    """Tables named in the SQL literals of `source` that are not the server's (`flegme.`) nor
    PostgreSQL's catalogs (`pg_`): the local vault's tables, for instance."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            found += [f"line {node.lineno}: {t}" for t in SQL_TABLE.findall(node.value)
                      if not t.startswith(("flegme.", "pg_"))]
    return found


def _team_sources() -> dict[str, str]:
    return {_module_name(p): p.read_text(encoding="utf-8")
            for p in sorted((SRC / "team").rglob("*.py"))}


def test_team_sync_reaches_the_vault_only_through_its_mirror() -> None:
    sources = _team_sources()
    assert {"flegme.team.sync", "flegme.team.repository", "flegme.team.live"} <= set(sources)
    offences = {m: vault_sql_uses(s) + local_sql_tables(s) for m, s in sources.items()}
    assert {m: o for m, o in offences.items() if o} == {}
    # not vacuous: the server's SQL is read, and it is there
    server_tables = [t for s in sources.values() for node in ast.walk(ast.parse(s))
                     if isinstance(node, ast.Constant) and isinstance(node.value, str)
                     for t in SQL_TABLE.findall(node.value)]
    assert sum(t.startswith("flegme.") for t in server_tables) >= 20
    assert any(t.startswith("flegme.") for t in SQL_TABLE.findall(sources["flegme.team.sync"]))


@pytest.mark.parametrize("line", [  # what flegme.team.sync did before the mirror
    'local = self.store.con.execute("SELECT id FROM drafts ORDER BY id").fetchall()',
    'con = self.store.con',
    'self.store.write(lambda con: con.execute("UPDATE x SET y = 1"))',
    'def run(con):\n    pass\nself.store.write(run)',
    'step = store.write',
    'with vault.write_lock:\n    pass',
    'vault._con.execute("COMMIT")',
])
def test_reaching_the_vaults_connection_is_caught(line: str) -> None:
    assert vault_sql_uses(line)


@pytest.mark.parametrize("sql", [
    "INSERT OR REPLACE INTO team_map VALUES (?, ?, ?, ?, ?)",
    "SELECT resolved FROM review_events WHERE id = ?",
    "UPDATE drafts SET status = ? WHERE id = ?",
    "SELECT a.seq FROM flegme.audit a JOIN people p ON p.login = a.actor",
    'CREATE TABLE team_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)',
])
def test_sql_on_local_tables_is_caught(sql: str) -> None:
    assert local_sql_tables(f"x = {sql!r}")


def test_the_servers_sql_and_file_writes_pass() -> None:
    allowed = '''
rows = self.server.execute("SELECT id FROM flegme.drafts WHERE id = %s", (1,)).fetchall()
with self._con() as con:
    con.execute("SELECT e.id FROM flegme.review_events e JOIN flegme.people p ON true")
self._con.execute("SELECT 1 FROM pg_namespace")
out.write(json.dumps({"url": url}))
handle.write(text)
mirror.apply_event(1, event)
'''
    assert vault_sql_uses(allowed) == [] and local_sql_tables(allowed) == []
