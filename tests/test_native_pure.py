"""The hashing core's oracle tests again, on the numpy path, when the compiled tokeniser is what the
rest of the suite uses (``syndetect.text.native``): both paths meet the plain-Python oracle and the
pinned real-text digests. Without the extension the suite runs on the numpy path already, and this
module skips."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from syndetect.text import native
from test_realtext import *  # noqa: F403
from test_shingle import *  # noqa: F403
from test_signatures import *  # noqa: F403

pytestmark = pytest.mark.skipif(not native.AVAILABLE, reason="no compiled tokeniser: the suite is on numpy")


@pytest.fixture(autouse=True)
def _numpy_path() -> Iterator[None]:
    with native.pure():
        assert native.backend() == "numpy"
        yield
