"""Running work in parallel: forked processes with the caller working too, and a persistent pool."""
