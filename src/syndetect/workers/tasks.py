"""What a parallel stage hands to an executor: the :class:`Work` of one call and the
:class:`Executor` protocol that runs it.

A stage splits its call into numbered tasks. The code of the tasks is named, not passed: ``Work``
holds ``target`` (``"syndetect.<module>:<function>"``) and ``args``; ``function(*args)`` returns the
task function ``task(i, arrays)``. Whoever runs tasks calls ``function(*args)`` once per process
and call: a forked child inherits the caller's task function (nothing is pickled), a fresh worker
interpreter builds its own from the pickled ``args``. The call's state therefore travels with the
work, never in a module global, and two calls can run at once.

A task ``i`` fills its own rows of the shared ``arrays`` (zeros at the start, one per
:class:`SharedOutput` of the call) and may return a picklable value (``None`` for nothing). A task
may be run more than once (a worker lost mid-call has its tasks run again by the caller), so it must
give the same rows and value each time.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from numpy.typing import DTypeLike, NDArray

from ..errors import WorkerError

__all__ = ["Executor", "SharedOutput", "Task", "Work", "resolve"]

Task = Callable[[int, list[NDArray[Any]]], object]
"""``task(i, arrays)``: runs task ``i``, writing its rows of ``arrays``; returns a value or ``None``."""


@dataclass(frozen=True, slots=True)
class SharedOutput:
    """An output array of ``shape`` and ``dtype`` that tasks in every process write into."""

    shape: tuple[int, ...]
    dtype: DTypeLike


@dataclass(frozen=True, slots=True)
class Work:
    """The tasks of one call: ``target`` names a function of syndetect (``"syndetect.x.y:f"``) that,
    called with ``args``, returns the :data:`Task` function."""

    target: str
    args: tuple[Any, ...] = ()

    def tasks(self) -> Task:
        """The task function, built in this process."""
        task: Task = resolve(self.target)(*self.args)
        return task


def resolve(target: str) -> Callable[..., Any]:
    """The function named ``"syndetect.module:function"`` (only syndetect's own functions)."""
    module, _, name = target.partition(":")
    if not module.startswith("syndetect.") or not name:
        raise WorkerError(f"a worker runs syndetect's own functions only, not {target!r}")
    found: Callable[..., Any] = getattr(importlib.import_module(module), name)
    return found


@runtime_checkable
class Executor(Protocol):
    """Runs the numbered tasks of a :class:`Work` in one or more processes.

    Implementations: :class:`~syndetect.workers.executor.Serial` (this process),
    :class:`~syndetect.workers.executor.Forked` (processes forked for the call, the caller working
    too), :class:`~syndetect.workers.pool.WorkerPool` (persistent worker interpreters) and
    :class:`~syndetect.workers.executor.Spawned` (fresh interpreters for the call).
    """

    @property
    def jobs(self) -> int:
        """Processes that work on a call, the caller's included."""
        ...

    def run(
        self,
        work: Work,
        n_tasks: int,
        outputs: Sequence[SharedOutput] = (),
        *,
        on_done: Callable[[int], None] | None = None,
    ) -> tuple[list[NDArray[Any]], dict[int, object]]:
        """Run tasks ``0 .. n_tasks - 1`` of ``work``: the filled ``outputs`` (arrays of their shapes,
        zeros where no task wrote) and the values the tasks returned, by task number.
        ``on_done(n)`` is called in the caller with the number of tasks finished so far, and once
        more with ``n_tasks`` at the end. A task's exception is raised here (as
        :class:`~syndetect.errors.WorkerError` with its traceback when it happened in another process)."""
        ...
