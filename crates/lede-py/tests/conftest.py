"""Fixtures shared by the lede tests: the repository, the seed article and the lede binary."""

from __future__ import annotations

import os
import pathlib
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[3]
SEED = ROOT / "seeds" / "000_236e28626ce61367.txt"
sys.path.insert(0, str(pathlib.Path(__file__).parent))


@pytest.fixture(scope="session")
def root() -> pathlib.Path:
    return ROOT


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def lede_cli() -> pathlib.Path:
    """The `lede` command line, built from this checkout (`$LEDE_BIN` overrides)."""
    if os.environ.get("LEDE_BIN"):
        return pathlib.Path(os.environ["LEDE_BIN"])
    subprocess.run(
        ["cargo", "build", "--quiet", "--locked", "-p", "lede-cli"], cwd=ROOT, check=True
    )
    target = pathlib.Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    return target / "debug" / "lede"
