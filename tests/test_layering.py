"""The package's layering, read from the source: every module imports only modules below it in the
pipeline's order, product code never imports the test tooling, and only the CLI imports click.

``ORDER`` is the declared order (lowest first). A new module must be placed in it; an import that
points up the order fails here unless it is one of the ``KNOWN`` exceptions, each of which names why
it is there. Private names (``_x``) imported from another module may only be those of ``PRIVATE``:
the list can shrink, not grow.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "syndetect"

ORDER = [
    # foundation
    "errors", "types", "config",
    # text: HTML main text, normalisation, tokens and k-grams
    "text.html", "text.compose", "text.normalize", "text.native", "text.windows", "text.shingle",
    "text",
    # running work in parallel
    "workers.tasks", "workers.fork", "workers.ring", "workers.call_file", "workers.worker_process",
    "workers.pool", "workers.executor", "workers.collect", "workers",
    # signatures
    "sketch.minhash", "sketch.signatures", "sketch.interop", "sketch.files", "sketch",
    # candidates
    "candidates.groups", "candidates.banding", "candidates.winnowing", "candidates.recurring",
    "candidates.fingerprints", "candidates.features", "candidates",
    # passages
    "align.recurrence", "align.lines", "align.pieces", "align.furniture", "align.chain", "align.prepare",
    "align.clean", "align.verify", "align.blocks", "align",
    # families
    "families.cluster", "families",
    "provenance.agencies", "provenance.vocabulary", "provenance.datelines", "provenance.spans",
    "provenance.compiled",
    "provenance.matcher", "provenance.credits", "provenance.quotes",
    "provenance.rules", "provenance.documents",
    "provenance.attribution", "provenance.outlets", "provenance.edits", "provenance.summaries",
    "provenance.trace", "provenance",
    # engines
    "engines.stages", "engines.spill", "engines.local", "engines.stream", "engines.dask_tasks",
    "engines.dask_engine",
    "engines",
    # the persistent index
    "index.sqlite", "index.query", "index.results", "index.stored_config", "index.period", "index.api",
    "index",
    # input and output
    "io.problems", "io.decoding", "io.discovery", "io.records", "io.table_sources", "io.tables",
    "io.corpus", "io.frames",
    "io.report_provenance", "io.report_text", "io.report_html_provenance", "io.charts", "io.report_html",
    "io.report", "io",
    # near-duplicate removal
    "deduplication.config", "deduplication.exact", "deduplication.near", "deduplication.policy",
    "deduplication.judge",
    "deduplication.records", "deduplication.result", "deduplication.tables", "deduplication.dask_tasks",
    "deduplication.dask_run", "deduplication.run",
    "deduplication",
    # command line
    "cli", "__main__",
]

KNOWN: dict[tuple[str, str], str] = {}

PRIVATE = {
    ("engines.dask_engine", "config", "_check_int"),
    ("sketch.minhash", "text.shingle", "_mix64_inplace"),
    ("workers.pool", "config", "_check_int"),
    ("text.shingle", "text.normalize", "_CodePoints"),
    ("sketch.signatures", "config", "_check_int"),
    ("sketch.signatures", "text.normalize", "_CodePoints"),
    ("engines.stream", "config", "_check_int"),
}


def _modules() -> dict[str, Path]:
    """Product modules by dotted name below ``syndetect`` (the package itself is ``""``)."""
    out = {}
    for path in sorted(SRC.rglob("*.py")):
        parts = path.relative_to(SRC).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


def _imports(name: str, path: Path) -> list[tuple[str, str]]:
    """``(module, imported name)`` for every import of a syndetect module in ``path`` (module names
    below ``syndetect``; the name is ``""`` for a whole-module import)."""
    package = name.split(".")[:-1] if path.name != "__init__.py" else name.split(".") if name else []
    found: list[tuple[str, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)] if node.level > 1 else package
                target = ".".join([*base, *([node.module] if node.module else [])])
            elif node.module and (node.module == "syndetect" or node.module.startswith("syndetect.")):
                target = node.module.removeprefix("syndetect").removeprefix(".")
            else:
                continue
            for alias in node.names:
                sub = f"{target}.{alias.name}".lstrip(".")
                if sub in _modules():  # "from . import module", "from .package import module"
                    found.append((sub, ""))
                else:
                    found.append((target, alias.name))
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == "syndetect" or alias.name.startswith("syndetect."):
                    found.append((alias.name.removeprefix("syndetect").removeprefix("."), ""))
    return found


def _third_party(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            names.add(node.module.split(".")[0])
    return names


def _product() -> dict[str, Path]:
    return {m: p for m, p in _modules().items() if m and m.split(".")[0] != "testing"}


def test_every_product_module_is_placed_in_the_order() -> None:
    assert sorted(set(_product()) - set(ORDER)) == []
    assert sorted(set(ORDER) - set(_product())) == []


def test_the_folders_are_layers() -> None:
    """Each package's modules stand together in the order with its ``__init__`` right after them:
    a folder is one layer of the pipeline."""
    tops = [m.split(".")[0] for m in ORDER]
    for top in set(tops):
        first, last = tops.index(top), len(tops) - 1 - tops[::-1].index(top)
        assert tops[first : last + 1] == [top] * (last - first + 1), f"{top} is split in ORDER"
        if last > first:
            assert ORDER[last] == top, f"the package {top} comes right after its modules"


@pytest.mark.parametrize("module", ORDER)
def test_imports_point_down_the_order(module: str) -> None:
    path = _product()[module]
    rank = ORDER.index(module)
    for target, name in _imports(module, path):
        if target == "" and name == "__version__":
            continue  # the version, from the package's one source
        assert target.split(".")[0] != "testing", f"{module} imports {target}"
        assert target in ORDER, f"{module} imports {target or 'syndetect'}.{name}, which is no product module"
        if (module, target) in KNOWN:
            continue
        assert ORDER.index(target) < rank, f"{module} imports {target}, which is not below it"


def test_private_names_cross_modules_only_where_listed() -> None:
    crossing = {
        (module, target, name)
        for module, path in _product().items()
        for target, name in _imports(module, path)
        if name.startswith("_") and name != "__version__" and target != module
    }
    assert crossing <= PRIVATE, sorted(crossing - PRIVATE)


def test_the_known_exceptions_are_still_needed() -> None:
    """An exception that no longer happens is taken off the list."""
    for module, target in KNOWN:
        assert any(t == target for t, _ in _imports(module, _product()[module])), (module, target)
    for module, target, name in PRIVATE:
        assert (target, name) in _imports(module, _product()[module]), (module, target, name)


def test_only_the_cli_imports_click() -> None:
    users = sorted(m for m, p in _product().items() if "click" in _third_party(p))
    assert users == ["cli"]


def test_the_package_facade_and_test_tooling_are_read_too() -> None:
    """The walk sees the package's ``__init__`` and the testing package (so the checks above are
    not vacuous), and the tooling may import the product, not the other way round."""
    modules = _modules()
    assert "" in modules
    assert "testing.scrape" in modules
    assert ("testing.synthetic", "") in _imports("testing.scrape", modules["testing.scrape"]) or any(
        t == "testing.synthetic" for t, _ in _imports("testing.scrape", modules["testing.scrape"])
    )
    assert any(t == "engines.local" for t, _ in _imports("", modules[""]))
