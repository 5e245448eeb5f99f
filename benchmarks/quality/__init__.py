"""Quality benchmarks of syndetect on the labelled corpora in ``../shared/eval``.

The corpora are not part of the repository (their licences forbid redistribution): every entry point
takes the data directory as an argument, defaulting to ``$SYNDETECT_EVAL_DIR`` or ``../shared/eval``
relative to the repository root, and reports a missing corpus instead of failing.
"""
