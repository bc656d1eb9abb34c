"""Fixtures shared by the whole suite.

Tests read the team's shared folder (``../shared``: worked example, reference data) only through
the ``shared_dir`` fixture, which follows the one documented setting ``RECUENTO_SHARED_DIR`` and
skips with a clear reason when it is unset or absent.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    value = os.environ.get("RECUENTO_SHARED_DIR", "")
    if not value:
        pytest.skip("RECUENTO_SHARED_DIR is not set: the shared folder (../shared) is not available")
    path = Path(value).expanduser()
    if not path.is_dir():
        pytest.skip(f"RECUENTO_SHARED_DIR={value} does not exist: the shared folder is not available")
    return path
