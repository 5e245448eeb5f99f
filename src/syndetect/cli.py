"""The ``syndetect`` command line: a thin click wrapper over the library. The only module importing click.

``syndetect`` is a click group, so further commands can be added next to ``scan``. Errors are translated
in one place, :meth:`SyndetectGroup.invoke`: a :class:`~syndetect.errors.SyndetectError` becomes its
message on stderr and exit status 1; click's usage errors exit with 2; ``scan --fail-on-match`` exits
with 3 when any pair is found.

The module runs past the 500-line guideline because of its option declarations and help text (the
``--help`` of every command); each command only parses its options, calls one library function and
renders the result.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

import click

from . import __version__
from .config import AlignConfig, CandidateConfig, ClusterConfig, MinHashConfig, ScanConfig, ShingleConfig
from .deduplication import DedupConfig
from .deduplication import dedup as run_dedup
from .deduplication.config import EXACT_MODES, KEEP_POLICIES
from .engines import local as pipeline
from .errors import ClusterError, ConfigError, CorpusError, SyndetectError
from .index.api import index_add, index_period, index_query, index_remove, index_stats
from .io.corpus import DEFAULT_MAX_BYTES, CorpusRead, iter_corpus, read_corpus
from .io.discovery import CORPUS_SUFFIXES, STDIN
from .io.problems import MISSING_FIELD, Problem
from .io.records import Fields
from .io.report import FORMATS, Format, render
from .io.report_html import HTML_MAX_VIEWS
from .types import Document

__all__ = ["EXIT_ERROR", "EXIT_MATCH", "EXIT_OK", "EXIT_USAGE", "cli", "main"]

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_MATCH = 3

_SUFFIX_FORMATS: dict[str, Format] = {
    ".html": "html",
    ".htm": "html",
    ".csv": "csv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".txt": "table",
}


def _default(cls: type[Any], name: str) -> Any:
    """The default of field ``name`` of config dataclass ``cls``: one source of truth for numbers."""
    for f in dataclasses.fields(cls):
        if f.name == name:
            if f.default is not dataclasses.MISSING:
                return f.default
            if f.default_factory is not dataclasses.MISSING:
                return f.default_factory()
    msg = f"{cls.__name__} has no field {name!r}"  # pragma: no cover - a programming error
    raise AttributeError(msg)


class SyndetectGroup(click.Group):
    """A click group that turns every :class:`SyndetectError` into ``Error: <message>`` and exit 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except SyndetectError as exc:
            raise click.ClickException(str(exc)) from exc


@click.group(cls=SyndetectGroup)
@click.version_option(__version__, prog_name="syndetect")
def cli() -> None:
    """Find syndicated and near-duplicate texts and the exact passages they share."""


# --------------------------------------------------------------------------------------------------
# Progress on stderr


class _Progress:
    """A one-line progress bar on stderr for the stages ``reading``, ``hashing``, ``candidates``,
    ``alignment``. Disabled (every method a no-op but :meth:`message`) when ``enabled`` is False."""

    def __init__(self, stream: TextIO, *, enabled: bool, width: int = 30) -> None:
        self.stream = stream
        self.enabled = enabled
        self.width = width
        self.stage = ""
        self.shown = False
        self.last = 0.0

    def __call__(self, stage: str, done: int, total: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if stage == self.stage and done < total and now - self.last < 0.1:
            return
        self.last = now
        self.stage = stage
        frac = done / total if total > 0 else 1.0
        filled = round(self.width * min(max(frac, 0.0), 1.0))
        bar = "#" * filled + "-" * (self.width - filled)
        self.stream.write(f"\r{stage:<10} [{bar}] {done}/{total}\x1b[K")
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        if self.enabled and self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False
            self.stage = ""

    def message(self, line: str) -> None:
        """Print ``line`` on stderr, above the bar."""
        self.clear()
        self.stream.write(line + "\n")
        self.stream.flush()


# --------------------------------------------------------------------------------------------------
# scan


def _check_output(output: Path, inputs: Sequence[str]) -> None:
    """Refuse an ``--output`` that is one of the inputs, or an existing corpus file inside a scanned
    directory (it would be overwritten, and read again by the next scan). Also catch a missing
    parent directory now rather than after a long scan."""
    parent = output.parent if str(output.parent) else Path(".")
    if not parent.is_dir():
        msg = f"--output {str(output)!r}: directory {str(parent)!r} does not exist"
        raise click.UsageError(msg)
    if not output.exists():
        return
    target = output.resolve()
    for raw in inputs:
        if raw == STDIN:
            continue
        inp = Path(raw)
        try:
            if inp.is_file() and os.path.samefile(inp, output):
                msg = f"--output {str(output)!r} is an input file; write the report somewhere else"
                raise click.UsageError(msg)
            if (
                inp.is_dir()
                and target.is_relative_to(inp.resolve())
                and output.suffix.lower() in CORPUS_SUFFIXES
            ):
                msg = (
                    f"--output {str(output)!r} already exists inside the scanned directory {raw!r} and "
                    "would be read as input; write the report somewhere else"
                )
                raise click.UsageError(msg)
        except OSError:
            continue


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _write_atomically(path: Path, write: Any) -> None:
    """Write through a temporary file next to ``path`` and rename it, so a failure leaves no half file."""
    directory = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise click.FileError(str(path), hint=exc.strerror or str(exc)) from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            write(fh)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600 files; a report gets the usual mode
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise click.FileError(str(path), hint=exc.strerror or str(exc)) from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _choose_format(fmt: str | None, output: Path | None) -> Format:
    if fmt is not None:
        return fmt  # type: ignore[return-value]  # click.Choice guarantees one of FORMATS
    if output is not None:
        return _SUFFIX_FORMATS.get(output.suffix.lower(), "jsonl")
    return "table" if sys.stdout.isatty() else "jsonl"


_OPTION_OF_PARAMETER = {
    "threshold": "--threshold",
    "min_words": "--min-words",
    "k": "--shingle-size",
    "unit": "--shingle-unit",
    "num_perm": "--num-perm",
    "seed": "--seed",
    "boilerplate_df": "--boilerplate-df",
    "boilerplate_source_df": "--boilerplate-source-df",
    "jobs": "--jobs",
    "mode": "--cluster",
}
"""Config parameters set from the command line, and the option that sets each."""


def _usage_config(build: Callable[[], ScanConfig]) -> ScanConfig:
    """``build()``, with a :class:`ConfigError` turned into a usage error that names the option the
    user typed (``--min-words must be ...``) rather than the config parameter (``min_words``)."""
    try:
        return build()
    except ConfigError as exc:
        msg = str(exc)
        name = msg.split(" ", 1)[0]
        if name in _OPTION_OF_PARAMETER:
            msg = _OPTION_OF_PARAMETER[name] + msg[len(name) :]
        raise click.UsageError(msg) from exc


def _build_config(**options: Any) -> ScanConfig:
    return _usage_config(
        lambda: ScanConfig(
            shingle=ShingleConfig(unit=options["shingle_unit"], k=options["shingle_size"]),
            minhash=MinHashConfig(num_perm=options["num_perm"], seed=options["seed"]),
            candidates=CandidateConfig(
                threshold=options["threshold"],
                boilerplate_df=options["boilerplate_df"],
                boilerplate_source_df=options["boilerplate_source_df"],
            ),
            align=AlignConfig(min_words=options["min_words"]),
            cluster=ClusterConfig(mode=options["cluster"]),
            jobs=options["jobs"],
        )
    )


_PATHS = click.Path(exists=True, readable=False, allow_dash=True)
"""Input paths: a missing one is a usage error; one that cannot be read is skipped and reported by
the reader, as the same file inside a directory would be (an error with ``--strict``)."""

_ENGINE = click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="'local': this machine (--jobs processes); 'dask': a Dask cluster (pip install 'syndetect[dask]').",
)
_SCHEDULER = click.option(
    "--scheduler",
    metavar="ADDRESS",
    default=None,
    help="Dask scheduler address such as tcp://10.0.0.5:8786 (with --engine dask). Default: start a "
    "local cluster on 127.0.0.1.",
)
_SCHEDULER_TIMEOUT = click.option(
    "--scheduler-timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=5.0,
    show_default=True,
    metavar="SECONDS",
    help="Give up connecting to --scheduler after this many seconds.",
)
_CSV_DELIMITER = click.option(
    "--csv-delimiter",
    metavar="CHAR",
    default=None,
    help="Field delimiter of CSV files. Default: found from each file's header line (',', ';', tab or "
    "'|': the one whose columns include the text field).",
)


def _plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=_PATHS)
@click.option(
    "--threshold",
    type=float,
    default=_default(CandidateConfig, "threshold"),
    show_default=True,
    help="Document-level Jaccard similarity at which two texts become candidates. Lower finds pairs that "
    "share less text (e.g. a short wire story inside a long article) at the cost of more work.",
)
@click.option(
    "--min-words",
    type=int,
    default=_default(AlignConfig, "min_words"),
    show_default=True,
    help="Shortest shared passage reported, in words. Shorter runs are usually stock phrases.",
)
@click.option(
    "-k",
    "--shingle-size",
    type=int,
    default=_default(ShingleConfig, "k"),
    show_default=True,
    help="Shingle size: words per shingle (or characters with --shingle-unit char). Larger is stricter.",
)
@click.option(
    "--shingle-unit",
    type=click.Choice(["word", "char"]),
    default=_default(ShingleConfig, "unit"),
    show_default=True,
    help="Shingle unit: words for space-separated languages, characters for Chinese, Japanese, Thai.",
)
@click.option(
    "--num-perm",
    type=int,
    default=_default(MinHashConfig, "num_perm"),
    show_default=True,
    help="MinHash permutations per document. More gives sharper similarity estimates, slower hashing.",
)
@click.option(
    "--seed",
    type=int,
    default=_default(MinHashConfig, "seed"),
    show_default=True,
    help="Seed of the MinHash permutations; the same seed gives the same results on every machine.",
)
@click.option(
    "--boilerplate-df",
    type=int,
    default=_default(CandidateConfig, "boilerplate_df"),
    show_default=True,
    help="Fingerprints found in more documents than this (or than 1% of the corpus) make no candidate "
    "pairs of their own (documents sharing them are still compared when the rest of their text is "
    "similar). Whether shared text is page furniture is decided pair by pair, not by this count.",
)
@click.option(
    "--boilerplate-source-df",
    type=int,
    default=_default(CandidateConfig, "boilerplate_source_df"),
    show_default=True,
    help="Fingerprints found in more documents of one source than this make no candidate pairs of their "
    "own (needs sources: record fields or --source-from dir).",
)
@click.option(
    "-j",
    "--jobs",
    type=int,
    default=_default(ScanConfig, "jobs"),
    show_default=True,
    help="Worker processes for hashing and alignment.",
)
@click.option(
    "--cluster",
    type=click.Choice(["verified", "components"]),
    default=_default(ClusterConfig, "mode"),
    show_default=True,
    help="How pairs group into families: 'verified' links documents only through substantial shared "
    "text and never merges two groups through one weak link; 'components' joins every linked pair.",
)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default=None,
    help="Output format. Default: from the --output extension (.html, .csv, .jsonl, .txt), else 'table' "
    "when stdout is a terminal and 'jsonl' otherwise.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    default=None,
    help="Write the report to this file instead of stdout (written only when the scan succeeds). "
    "Refuses to overwrite an input file.",
)
@click.option(
    "--id-field",
    default=Fields().id,
    show_default=True,
    help="Record field (JSONL/JSON) or CSV column with the document id.",
)
@click.option(
    "--text-field", default=Fields().text, show_default=True, help="Record field or CSV column with the text."
)
@click.option(
    "--source-field",
    default=Fields().source,
    show_default=True,
    help="Record field or CSV column with the source (outlet).",
)
@click.option(
    "--date-field",
    default=Fields().date,
    show_default=True,
    help="Record field or CSV column with the publication date (ISO 8601); picks a family's origin.",
)
@click.option(
    "--url-field",
    default=Fields().url,
    show_default=True,
    help="Record field or CSV column with the URL, carried into reports.",
)
@click.option(
    "--source-from",
    type=click.Choice(["dir"]),
    default=None,
    help="Take each file's source (outlet) from the first directory level under the directory given, "
    "e.g. reuters/2020/a.txt has source 'reuters'.",
)
@_CSV_DELIMITER
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help="Skip (with a warning) any file or record text larger than this many bytes.",
)
@click.option(
    "--strict", is_flag=True, help="Exit with status 1, before scanning, if any input has a problem."
)
@click.option(
    "--max-pairs",
    type=click.IntRange(min=0),
    default=HTML_MAX_VIEWS,
    show_default=True,
    help="HTML report: side-by-side views of at most this many top-ranked pairs (0: all); every pair "
    "is listed in its table and every family links to what is shown of it.",
)
@click.option(
    "--fail-on-match", is_flag=True, help="Exit with status 3 when any pair is found (for pipelines)."
)
@click.option(
    "-q",
    "--quiet",
    is_flag=True,
    help="No progress bar and no summary line; input problems are still reported.",
)
@click.option(
    "-v", "--verbose", is_flag=True, help="Also print the configuration and per-stage counts and timings."
)
@_ENGINE
@_SCHEDULER
@_SCHEDULER_TIMEOUT
@click.option(
    "--provenance/--no-provenance",
    default=True,
    show_default=True,
    help="Attribute the shared text: wire credits, each family's source, copy/version/quote per pair, "
    "and per-outlet copied share ('source' records in JSONL; --format outlets for the CSV table).",
)
@click.option(
    "--stream",
    is_flag=True,
    help="Bounded memory for corpora larger than RAM: texts, signatures and fingerprints are spilled to "
    "--workdir and read back as needed (same result; inputs are read twice, so not with '-').",
)
@click.option(
    "--workdir",
    type=click.Path(file_okay=False, dir_okay=True, exists=True, path_type=Path),
    default=None,
    help="Directory for --stream's temporary files (default: the system temporary directory).",
)
def scan(
    paths: tuple[str, ...],
    fmt: str | None,
    output: Path | None,
    id_field: str,
    text_field: str,
    source_field: str,
    date_field: str,
    url_field: str,
    source_from: str | None,
    csv_delimiter: str | None,
    max_bytes: int,
    strict: bool,
    max_pairs: int,
    fail_on_match: bool,
    quiet: bool,
    verbose: bool,
    engine: str,
    scheduler: str | None,
    scheduler_timeout: float,
    stream: bool,
    workdir: Path | None,
    provenance: bool,
    **tuning: Any,
) -> None:
    """Find texts that share passages among the files, directories and records in PATHS.

    PATHS are .txt, .md, .html/.htm, .jsonl/.json and .csv files or directories of them (walked
    recursively); '-' reads JSONL from stdin. Pairs, families and the shared passages go to stdout (or
    --output); problems with inputs, progress and a summary go to stderr. An input that cannot be read
    is reported and skipped (with --strict, nothing is scanned); when no document is left, the scan
    exits with status 1 and says why.

    Document ids are file paths relative to the deepest common parent directory of PATHS, with '/'
    separators: 'scan news' gives 'a.txt' and '2020/b.txt'; 'scan d1 d2' (or 'scan d1/a.txt d2/a.txt')
    gives 'd1/a.txt' and 'd2/a.txt'. Records keep their --id-field.
    """
    started = time.monotonic()
    config = _build_config(**tuning)
    if output is not None:
        _check_output(output, paths)
    out_format = _choose_format(fmt, output)
    err = sys.stderr
    progress = _Progress(err, enabled=not quiet and err.isatty())

    if verbose:
        progress.message(f"config {config.fingerprint()}: {config.as_dict()}")
    _check_engine_options(paths, engine, scheduler, stream)
    fields = Fields(id=id_field, text=text_field, source=source_field, date=date_field, url=url_field)
    reader_options = _reader_options(fields, source_from, max_bytes, csv_delimiter)
    result, documents, read, n_read = _run_scan(
        paths, config, reader_options, strict, progress, stream, workdir, engine, scheduler,
        scheduler_timeout, provenance,
    )
    progress.clear()
    _write_report(result, documents, out_format, output, max_pairs)
    if verbose:
        _verbose_counts(progress, result)
    if not quiet:
        _summary(progress, n_read, read.skipped, read.warnings, result, time.monotonic() - started, output)
    if fail_on_match and result.pairs:
        raise click.exceptions.Exit(EXIT_MATCH)


def _check_engine_options(paths: Sequence[str], engine: str, scheduler: str | None, stream: bool) -> None:
    """Usage errors for combinations of --engine, --scheduler and --stream that cannot work."""
    if scheduler is not None and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    if stream and engine == "dask":
        raise click.UsageError("--stream is for one machine; with --engine dask the workers hold the data")
    if stream and STDIN in paths:
        raise click.UsageError("--stream reads its inputs twice; it cannot read '-' (stdin)")


def _reader_options(
    fields: Fields, source_from: str | None, max_bytes: int, csv_delimiter: str | None
) -> dict[str, Any]:
    """The keyword arguments of :func:`read_corpus` and :func:`iter_corpus` for the input options."""
    return {
        "fields": fields,
        "source_from": "dir" if source_from == "dir" else None,
        "max_bytes": max_bytes,
        "stdin": sys.stdin.buffer,
        "csv_delimiter": csv_delimiter,
    }


def _run_scan(
    paths: tuple[str, ...],
    config: ScanConfig,
    reader_options: dict[str, Any],
    strict: bool,
    progress: _Progress,
    stream: bool,
    workdir: Path | None,
    engine: str,
    scheduler: str | None,
    scheduler_timeout: float,
    provenance: bool,
) -> tuple[Any, dict[str, Document], CorpusRead, int]:
    """Read and scan, streaming with --stream: ``(result, documents by id, what was read, documents
    read)``; the documents are those whose text the report needs."""
    if stream:
        return _scan_streaming(paths, config, reader_options, workdir, strict, progress, provenance)
    return _scan_in_memory(
        paths, config, reader_options, strict, progress, engine, scheduler, scheduler_timeout, provenance
    )


def _scan_in_memory(
    paths: tuple[str, ...],
    config: ScanConfig,
    reader_options: dict[str, Any],
    strict: bool,
    progress: _Progress,
    engine: str,
    scheduler: str | None,
    scheduler_timeout: float,
    provenance: bool,
) -> tuple[Any, dict[str, Document], CorpusRead, int]:
    """Read every document, then scan them on this machine or on Dask: ``(result, documents by id,
    what was read, documents read)``."""
    read = read_corpus(
        paths, **reader_options, progress=progress,
        on_problem=lambda problem: progress.message(str(problem)),
    )
    if strict and read.problems:
        progress.clear()
        msg = (
            f"{_plural(len(read.problems), 'input problem')} (listed above); not scanning because of "
            "--strict"
        )
        raise CorpusError(msg)
    if not read.documents:
        progress.clear()
        raise _nothing_to_scan(read, paths, reader_options["fields"])
    documents = {doc.id: doc for doc in read.documents}
    if engine == "dask":
        result = _scan_dask(read.documents, config, scheduler, scheduler_timeout, provenance)
    else:
        result = pipeline.scan(read.documents, config, progress=progress, provenance=provenance)
    return result, documents, read, len(read.documents)


def _scan_streaming(
    paths: tuple[str, ...],
    config: ScanConfig,
    reader_options: dict[str, Any],
    workdir: Path | None,
    strict: bool,
    progress: _Progress,
    provenance: bool,
) -> tuple[Any, dict[str, Document], CorpusRead, int]:
    """Scan with --stream, then read the inputs again for the texts of the reported pairs only: the
    same ``(result, documents by id, what was read, documents read)`` as :func:`_scan_in_memory`."""
    result, read, n_read = _scan_stream(paths, config, reader_options, workdir, strict, progress, provenance)
    if n_read == 0:
        progress.clear()
        raise _nothing_to_scan(read, paths, reader_options["fields"])
    wanted = {p.a for p in result.pairs} | {p.b for p in result.pairs}
    documents = {}
    for item in iter_corpus(paths, **reader_options):  # second pass: texts of reported pairs only
        if isinstance(item, Document) and item.id in wanted and item.id not in documents:
            documents[item.id] = item
    return result, documents, read, n_read


def _write_report(
    result: Any, documents: dict[str, Document], out_format: Format, output: Path | None, max_pairs: int
) -> None:
    """Render the report to stdout, or to ``output`` (written atomically)."""

    def write(stream: TextIO) -> None:
        render(result, documents, out_format, stream, max_views=max_pairs)

    if output is None:
        write(sys.stdout)
    else:
        _write_atomically(output, write)


def _verbose_counts(progress: _Progress, result: Any) -> None:
    """--verbose: the scan's counts and stage timings on stderr."""
    s = result.stats
    progress.message(
        f"candidates {s.candidate_pairs}, boilerplate fingerprints {s.boilerplate_fingerprints}, "
        f"capped buckets {s.capped_buckets}, empty documents {s.empty_documents}"
    )
    if s.seconds:
        progress.message("seconds: " + ", ".join(f"{k} {v:.2f}" for k, v in s.seconds.items()))


def _nothing_to_scan(read: CorpusRead, paths: Sequence[str], fields: Fields) -> CorpusError:
    """The error of a scan that read no document, naming the likely cause."""
    where = ", ".join(paths)
    if not read.problems and read.files:
        return CorpusError(f"no documents in {where}: {_plural(read.files, 'file')} read, holding no "
                           "records; give files that hold texts")
    if not read.problems:
        suffixes = ", ".join(sorted(CORPUS_SUFFIXES))
        return CorpusError(f"no documents in {where}: no files with the extensions {suffixes}; "
                           "name the files or directories that hold the texts")
    head = f"no documents to scan: every input was skipped ({_plural(read.skipped, 'problem')} listed above)"
    missing = [p for p in read.problems if p.kind == MISSING_FIELD]
    if missing:
        found = ", ".join(dict.fromkeys(name for p in missing for name in p.found)) or "none"
        return CorpusError(
            f"{head}; {_plural(len(missing), 'record or CSV file', 'records or CSV files')} had no "
            f"{fields.text!r} field (fields found: {found}); name the text field with --text-field"
        )
    reason, count = Counter(p.reason for p in read.problems if p.fatal_for_document).most_common(1)[0]
    return CorpusError(f"{head}; the most common: {reason} ({_plural(count, 'time')})")


def _scan_dask(
    documents: list[Document], config: ScanConfig, scheduler: str | None, timeout: float, provenance: bool
) -> Any:
    try:
        import dask.bag as db

        from .engines.dask_engine import scan_dask
    except ImportError as exc:
        msg = "--engine dask needs the dask extra: pip install 'syndetect[dask]'"
        raise click.UsageError(msg) from exc
    bag = db.from_sequence(  # type: ignore[no-untyped-call]
        documents, npartitions=max(1, min(256, len(documents) // 2000 + 1))
    )
    with _dask_client(scheduler, timeout) as client:
        return scan_dask(bag, config, client=client, provenance=provenance)


@contextlib.contextmanager
def _dask_client(scheduler: str | None, timeout: float) -> Iterator[Any]:
    """A client of the scheduler at ``scheduler``, closed on leaving; None without an address (the
    library then starts a local cluster)."""
    if scheduler is None:
        yield None
        return
    try:
        import distributed
    except ImportError as exc:
        msg = "--engine dask needs the dask extra: pip install 'syndetect[dask]'"
        raise click.UsageError(msg) from exc
    try:
        client = distributed.Client(scheduler, timeout=timeout)  # type: ignore[no-untyped-call]
    except (OSError, ValueError) as exc:
        msg = (f"cannot reach the Dask scheduler {scheduler!r}: {exc}; check the address and that the "
               "scheduler runs, or raise --scheduler-timeout")
        raise ClusterError(msg) from exc
    with client:
        yield client


def _scan_stream(
    paths: tuple[str, ...],
    config: ScanConfig,
    reader_options: dict[str, Any],
    workdir: Path | None,
    strict: bool,
    progress: Any,
    provenance: bool,
) -> tuple[Any, CorpusRead, int]:
    from .engines.stream import scan_stream

    read = CorpusRead()  # the problems only: the documents are not kept
    count = [0]

    def documents() -> Iterator[Document]:
        for item in iter_corpus(paths, **reader_options, progress=progress):
            if isinstance(item, Problem):
                progress.message(str(item))
                read.problems.append(item)
                if strict:
                    msg = f"{item}; stopping because of --strict"
                    raise CorpusError(msg)
            else:
                count[0] += 1
                yield item

    result = scan_stream(documents(), config, workdir=workdir, progress=progress, provenance=provenance)
    return result, read, count[0]


def _summary(
    progress: _Progress,
    n_documents: int,
    skipped: int,
    warnings: int,
    result: Any,
    seconds: float,
    output: Path | None,
) -> None:
    parts = [
        _plural(n_documents, "document"),
        _plural(skipped + len(result.skipped), "skipped input"),
    ]
    if warnings:
        parts.append(_plural(warnings, "warning"))
    parts += [
        _plural(len(result.pairs), "pair"),
        _plural(len(result.families), "family", "families"),
    ]
    line = "syndetect: " + ", ".join(parts) + f" in {seconds:.1f} s"
    if output is not None:
        line += f"; report written to {output}"
    progress.message(line)


# --------------------------------------------------------------------------------------------------
# syndetect dedup


@cli.command("dedup")
@click.argument("paths", nargs=-1, required=True, type=_PATHS)
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path),
              help="Where the deduplicated copy goes, in the input's format: a file for one input file, else "
              "a new or empty folder mirroring the inputs' relative paths. Never an input.")
@click.option("--threshold", type=float, default=_default(DedupConfig, "threshold"), show_default=True,
              help="Least exact Jaccard similarity of two texts' word 5-gram sets for them to be near "
              "duplicates.")
@click.option("--keep", type=click.Choice(KEEP_POLICIES), default=_default(DedupConfig, "keep"),
              show_default=True,
              help="Which record of a family is kept: the first in input order, the earliest by "
              "--date-field, the longest, or the most complete (sharing the most text with the rest of its "
              "family).")
@click.option("--containment", type=float, default=None, metavar="SHARE",
              help="Also drop a kept text when this share of it (e.g. 0.9) lies inside a longer kept text.")
@click.option("--exact", type=click.Choice(EXACT_MODES), default=_default(DedupConfig, "exact"),
              show_default=True,
              help="Exact duplicates: 'normalized' (same words in the same order, case and punctuation "
              "aside) or 'raw' (identical text).")
@click.option("--mark", is_flag=True,
              help="Keep every record and add the fields (columns) dedup_family, dedup_kept, dedup_reason, "
              "dedup_kept_id, dedup_similarity instead of leaving the duplicates out.")
@click.option("--id-field", default=Fields().id, show_default=True,
              help="Record field or CSV column with the id.")
@click.option("--text-field", default=Fields().text, show_default=True,
              help="Record field or CSV column with the text.")
@click.option("--date-field", default=Fields().date, show_default=True,
              help="Record field or CSV column with the date (ISO 8601), for --keep earliest.")
@_CSV_DELIMITER
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Skip (with a warning) any record text larger than this many bytes; it is copied "
              "unchanged.")
@click.option("-j", "--jobs", type=int, default=_default(DedupConfig, "jobs"), show_default=True,
              help="Worker processes for hashing.")
@click.option("--overwrite", is_flag=True, help="Replace an existing output file (never an input).")
@click.option("--workdir", type=click.Path(file_okay=False, exists=True, path_type=Path), default=None,
              help="Directory for the temporary files (default: the system temporary directory).")
@click.option("-q", "--quiet", is_flag=True,
              help="No progress and no statistics; input problems are still reported.")
@_ENGINE
@_SCHEDULER
@_SCHEDULER_TIMEOUT
def dedup_command(paths: tuple[str, ...], output: Path, threshold: float, keep: str,
                  containment: float | None, exact: str, mark: bool, id_field: str, text_field: str,
                  date_field: str, csv_delimiter: str | None, max_bytes: int, jobs: int, overwrite: bool,
                  workdir: Path | None, quiet: bool, engine: str, scheduler: str | None,
                  scheduler_timeout: float) -> None:
    """Write PATHS back without their exact and near-duplicate records (or with each record marked).

    PATHS are JSONL, CSV, Parquet, Arrow (.arrow, .feather, .ipc) and one-text files (.txt, .md,
    .html) or folders of them; each is written back in its own format. Exact duplicates
    are found by content hash, near duplicates by MinHash LSH and then checked on the exact word
    5-gram sets;
    each family keeps one record (--keep). Input problems go to stderr (the record is copied unchanged);
    the statistics, dropped records by reason, go to stdout.
    """
    try:
        config = DedupConfig(threshold=threshold, keep=keep,  # type: ignore[arg-type]
                             containment=containment, exact=exact, jobs=jobs)  # type: ignore[arg-type]
    except ConfigError as exc:
        msg = str(exc)
        name = msg.split(" ", 1)[0]
        raise click.UsageError(f"--{name.replace('_', '-')}{msg[len(name):]}") from exc
    err = sys.stderr
    progress = _Progress(err, enabled=not quiet and err.isatty())
    if scheduler is not None and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    with _dask_client(scheduler, scheduler_timeout) as client:
        result = run_dedup(list(paths), output, config=config, mode="mark" if mark else "drop",
                           fields=Fields(id=id_field, text=text_field, date=date_field), overwrite=overwrite,
                           workdir=workdir, max_bytes=max_bytes, csv_delimiter=csv_delimiter,
                           progress=progress, on_problem=lambda problem: progress.message(str(problem)),
                           engine=engine, client=client)  # type: ignore[arg-type]
    progress.clear()
    if not quiet:
        s = result.stats
        click.echo(f"syndetect dedup: {result.summary()} in {s.seconds.get('total', 0.0):.1f} s")
        for reason, count in s.by_reason.items():
            click.echo(f"  {reason:<10} {count}")
        click.echo(f"written: {', '.join(result.outputs) or 'nothing'}")


# --------------------------------------------------------------------------------------------------
# syndetect index add|query|remove|stats


@cli.group("index")
def index_group() -> None:
    """A persistent index (one SQLite file): add articles day by day, query new ones against it."""


_INDEX_ARG = click.argument(
    "index_path", metavar="INDEX", type=click.Path(dir_okay=False, path_type=Path)
)


def _read_options(fn: Any) -> Any:
    """The input options shared by the index commands (same meaning as for ``scan``)."""
    options = [
        click.option("--id-field", default=Fields().id, show_default=True, help="Record field with the id."),
        click.option("--text-field", default=Fields().text, show_default=True,
                     help="Record field with the text."),
        click.option("--source-field", default=Fields().source, show_default=True,
                     help="Record field with the source (outlet)."),
        click.option("--date-field", default=Fields().date, show_default=True,
                     help="Record field with the ISO 8601 date."),
        click.option("--url-field", default=Fields().url, show_default=True,
                     help="Record field with the URL."),
        click.option("--source-from", type=click.Choice(["dir"]), default=None,
                     help="Take each file's source from its first directory level under the directory"
                     " given."),
        _CSV_DELIMITER,
        click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
                     help="Skip (with a warning) any file or record text larger than this many bytes."),
        click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary line."),
    ]
    for opt in reversed(options):
        fn = opt(fn)
    return fn


def _read(paths: Sequence[str], progress: _Progress, opts: dict[str, Any]) -> list[Document]:
    fields = Fields(id=opts["id_field"], text=opts["text_field"], source=opts["source_field"],
                    date=opts["date_field"], url=opts["url_field"])
    read = read_corpus(paths, fields=fields, source_from="dir" if opts["source_from"] == "dir" else None,
                       max_bytes=opts["max_bytes"], stdin=sys.stdin.buffer, progress=progress,
                       on_problem=lambda problem: progress.message(str(problem)),
                       csv_delimiter=opts["csv_delimiter"])
    if not read.documents:
        progress.clear()
        raise _nothing_to_scan(read, paths, fields)
    return read.documents


@index_group.command("add")
@_INDEX_ARG
@click.argument("paths", nargs=-1, required=True, type=_PATHS)
@click.option("--threshold", type=float, default=None,
              help="Only when creating the index: LSH threshold (default from CandidateConfig).")
@click.option("--min-words", type=int, default=None,
              help="Only when creating the index: shortest passage reported, in words.")
@click.option("-j", "--jobs", type=int, default=None, help="Worker processes for hashing and alignment.")
@_read_options
def index_add_command(index_path: Path, paths: tuple[str, ...], threshold: float | None,
                      min_words: int | None, jobs: int | None, **opts: Any) -> None:
    """Add the documents in PATHS to INDEX (created when missing); a document whose id is already
    indexed replaces it. PATHS are read as by `syndetect scan`."""
    err = sys.stderr
    progress = _Progress(err, enabled=not opts["quiet"] and err.isatty())
    config = None
    if threshold is not None or min_words is not None or jobs is not None:
        config = _usage_config(lambda: ScanConfig(
            candidates=CandidateConfig(
                threshold=threshold if threshold is not None else _default(CandidateConfig, "threshold")
            ),
            align=AlignConfig(
                min_words=min_words if min_words is not None else _default(AlignConfig, "min_words")
            ),
            jobs=jobs if jobs is not None else _default(ScanConfig, "jobs"),
        ))
    documents = _read(paths, progress, opts)
    result, stats = index_add(index_path, documents, config, progress=progress)
    progress.clear()
    for new, old in result.duplicates:
        progress.message(f"{new}: exact duplicate of {old}")
    if not opts["quiet"]:
        progress.message(f"syndetect index: {result.summary()}; {index_path} holds "
                         f"{_plural(stats.documents, 'document')} ({stats.bytes / 1e6:.1f} MB)")


@index_group.command("query")
@_INDEX_ARG
@click.argument("paths", nargs=-1, required=True, type=_PATHS)
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="Output format, as for scan. In a pair, a is the query document and b the indexed one.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True, path_type=Path), default=None,
              help="Write the report to this file instead of stdout.")
@click.option("--fail-on-match", is_flag=True, help="Exit with status 3 when any pair is found.")
@click.option("--max-pairs", type=click.IntRange(min=0), default=HTML_MAX_VIEWS, show_default=True,
              help="HTML report: side-by-side views of at most this many top-ranked pairs (0: all).")
@_read_options
def index_query_command(index_path: Path, paths: tuple[str, ...], fmt: str | None, output: Path | None,
                        fail_on_match: bool, max_pairs: int, **opts: Any) -> None:
    """Compare the documents in PATHS with INDEX and with each other; INDEX is not changed.

    Documents are compared by text, whatever their names: a query document with the id of an indexed
    one is reported on stderr, and the indexed one, still compared, is named 'index:<id>'."""
    if output is not None:
        _check_output(output, paths)
    out_format = _choose_format(fmt, output)
    err = sys.stderr
    progress = _Progress(err, enabled=not opts["quiet"] and err.isatty())
    documents = _read(paths, progress, opts)
    result, shown = index_query(index_path, documents, progress=progress)
    progress.clear()
    for doc_id in result.same_ids:
        progress.message(f"{doc_id}: an indexed document has the same id; both are compared by text like "
                         f"any other, the indexed one named 'index:{doc_id}'")

    def write(stream: TextIO) -> None:
        render(result, shown, out_format, stream, title=f"syndetect: query against {index_path.name}",
               max_views=max_pairs)

    if output is None:
        write(sys.stdout)
    else:
        _write_atomically(output, write)
    if not opts["quiet"]:
        progress.message(f"syndetect index: {_plural(len(documents), 'query document')}, "
                         f"{_plural(len(result.pairs), 'pair')}, "
                         f"{_plural(len(result.families), 'family', 'families')}")
    if fail_on_match and result.pairs:
        raise click.exceptions.Exit(EXIT_MATCH)


@index_group.command("outlets")
@_INDEX_ARG
@click.option("--since", default=None, metavar="DATE",
              help="Only documents dated on or after DATE (ISO 8601: 2024-03-05 or 2024-03-05T06:00Z).")
@click.option("--until", default=None, metavar="DATE",
              help="Only documents dated before DATE (exclusive: one day is --since D --until D+1).")
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="Output format, as for scan; 'outlets' gives the CSV table of outlets.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True, path_type=Path), default=None,
              help="Write the report to this file instead of stdout (written only when it succeeds).")
@click.option("-q", "--quiet", is_flag=True, help="No summary line on stderr.")
def index_outlets_command(index_path: Path, since: str | None, until: str | None, fmt: str | None,
                          output: Path | None, quiet: bool) -> None:
    """Who copied what, from whom, among the documents of INDEX dated in [--since, --until).

    The period's documents and the other members of their families (of any date, so that a copy meets
    its older source) are scanned again; the outlet table counts only the period's documents."""
    out_format = _choose_format(fmt, output)
    err = sys.stderr
    progress = _Progress(err, enabled=not quiet and err.isatty())
    result, documents = index_period(index_path, since, until, progress=progress)
    progress.clear()

    def write(stream: TextIO) -> None:
        render(result, documents, out_format, stream, title=f"syndetect: outlets of {index_path.name}")

    if output is None:
        write(sys.stdout)
    else:
        _write_atomically(output, write)
    if not quiet:
        outlets = result.provenance.outlets if result.provenance else ()
        copying = sum(1 for o in outlets if o.copied_documents)
        progress.message(f"syndetect index: {_plural(result.stats.documents, 'document')} scanned, "
                         f"{_plural(len(outlets), 'outlet')} in the period, {copying} carrying copy")


@index_group.command("remove")
@_INDEX_ARG
@click.argument("ids", nargs=-1, required=True)
def index_remove_command(index_path: Path, ids: tuple[str, ...]) -> None:
    """Remove the documents IDS from INDEX (one transaction)."""
    result = index_remove(index_path, ids)
    err = sys.stderr
    for missing in result.missing:
        err.write(f"{missing}: not in {index_path}\n")
    err.write(f"syndetect index: {_plural(len(result.removed), 'document')} removed\n")


@index_group.command("stats")
@_INDEX_ARG
@click.option("--json", "as_json", is_flag=True, help="One JSON object instead of a table.")
def index_stats_command(index_path: Path, as_json: bool) -> None:
    """Counts and size of INDEX."""
    stats = index_stats(index_path).as_dict()
    out = sys.stdout
    if as_json:
        out.write(json.dumps(stats, sort_keys=True) + "\n")
        return
    for key, value in stats.items():
        if key != "config":
            out.write(f"{key:<20} {value}\n")


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point of the ``syndetect`` console script and ``python -m syndetect``."""
    cli.main(args=list(argv) if argv is not None else None, prog_name="syndetect")
