"""Fixtures of the estimation tests: small tables written into the tests (see mse_tables.py)."""

from __future__ import annotations

import pytest
from mse_tables import ARTIFICIAL, GAZA, HEPATITIS, KOSOVO, table

from recuento.estimate import Histories


@pytest.fixture
def gaza() -> Histories:
    return table(3, GAZA)


@pytest.fixture
def kosovo() -> Histories:
    return table(4, KOSOVO)


@pytest.fixture
def hepatitis() -> Histories:
    return table(3, HEPATITIS)


@pytest.fixture
def artificial() -> Histories:
    return table(3, ARTIFICIAL)
