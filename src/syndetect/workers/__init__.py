"""Running work in parallel: the :class:`Executor` protocol and its implementations
(:class:`Serial`, :class:`Forked` processes with the caller working too, the persistent
:class:`WorkerPool`, :class:`Spawned` fresh interpreters), :func:`as_executor` for what users pass
as ``jobs``, and a scoped pause of garbage collection."""

from .executor import Forked, Serial, Spawned, as_executor
from .pool import WorkerPool
from .tasks import Executor

__all__ = ["Executor", "Forked", "Serial", "Spawned", "WorkerPool", "as_executor"]
