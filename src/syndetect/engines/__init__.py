"""Engines: where documents live and how the stages' work is spread (in memory, streamed, Dask)."""
