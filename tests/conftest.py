"""Shared fixtures. The spaCy pipeline is slow to build, so one Auditor serves a session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_plans"
HOSTILE = ROOT.parent / "shared" / "corpus" / "hostile"


@pytest.fixture(scope="session")
def auditor():
    from ehcp_audit.audit import Auditor

    return Auditor()


@pytest.fixture(scope="session")
def analyzer(auditor):
    return auditor.analyzer


@pytest.fixture(scope="session")
def hostile_dir() -> Path:
    if not HOSTILE.is_dir():
        pytest.skip("the shared hostile corpus (../shared/corpus/hostile) is not present")
    return HOSTILE
