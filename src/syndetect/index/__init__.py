"""The persistent index: SQLite storage, queries against it, and the ``Index`` API."""
