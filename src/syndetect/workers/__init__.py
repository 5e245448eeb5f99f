"""Running work in parallel: the :class:`~syndetect.workers.tasks.Executor` protocol and its
implementations (serial, forked processes with the caller working too, the persistent
:class:`~syndetect.workers.pool.WorkerPool`, fresh interpreters), and a scoped pause of garbage
collection."""
