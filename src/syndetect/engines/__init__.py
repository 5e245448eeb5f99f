"""Engines: where documents live and how the stages' work is spread (in memory, streamed, Dask);
the stages themselves are defined once, in :mod:`.stages`."""
