"""The second pass for tables: a Parquet or Arrow file, or an in-memory pyarrow Table, pandas or Polars
DataFrame or ``datasets.Dataset``, written back through :func:`syndetect.io.tables.write_table`.

The marks are built as whole columns from the result's arrays (one value per input row, no Python
object per record): in ``mark`` mode the five mark columns are added, aligned to the input rows; a row
that could not be read (a null or non-string text, say) gets null marks. In ``drop`` mode the rows
dropped are left out and a row that could not be read is kept.
"""

from __future__ import annotations

import os
from typing import Any

import numpy as np
from numpy.typing import NDArray

from ..errors import ConfigError
from ..io.problems import Problem
from ..io.table_sources import open_table, require
from ..io.tables import write_table
from .result import DedupResult

__all__ = ["mark_columns", "table_copy"]

I64 = NDArray[np.int64]


def mark_columns(result: DedupResult, which: I64, rows: int, names: tuple[str, ...]) -> dict[str, Any]:
    """The mark columns (``names``, in :data:`~.records.MARK_NAMES` order) of a table of ``rows``
    rows whose records are ``which`` (record numbers of ``result``, rows ``result.rows[which]``), as
    pyarrow arrays; null where a row was not read."""
    pa = require("pyarrow", "writing tables")
    m = result.marks(which, result.rows[which], rows)
    columns = [
        pa.array(m.family, mask=m.unread),
        pa.array(m.kept, mask=m.unread),
        pa.array(m.reason, mask=m.unread, type=pa.string()),
        pa.array(m.kept_id, mask=m.unread, type=pa.string()),
        pa.array(m.similarity, from_pandas=True),
    ]
    return dict(zip(names, columns, strict=True))


def table_copy(source: object, dest: str | os.PathLike[str] | None, result: DedupResult, which: I64,
               names: tuple[str, ...], *, mark: bool, overwrite: bool, batch_rows: int,
               shown: str | None = None) -> Any:
    """``source`` written to ``dest`` with the decisions of its records ``which`` applied (see the
    module's docstring): a :class:`~syndetect.io.tables.TableWritten`, or with ``dest=None`` (an
    in-memory source) a new table of the source's kind. A file that cannot be opened again is the
    :class:`Problem` returned instead (its records were not read either)."""
    try:
        table = open_table(source, shown)
    except ConfigError as exc:  # pyarrow is missing: reported when the file was read
        return Problem(shown or str(source), f"{exc}; skipped", True)
    if isinstance(table, Problem):
        return table
    if mark:
        return write_table(source, dest, mark_columns(result, which, table.rows, names), None,
                           overwrite=overwrite, batch_rows=batch_rows, shown=shown)
    keep = np.ones(table.rows, dtype=np.bool_)
    keep[result.rows[which]] = result.kept[which]
    return write_table(source, dest, {}, keep, overwrite=overwrite, batch_rows=batch_rows, shown=shown)
