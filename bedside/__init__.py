"""Bedside: ALSFRS-R and MRC muscle grading at the bedside."""

from __future__ import annotations

from functools import cache


def _checkout_version() -> str:
    """pyproject.toml's version, for a checkout that was never installed."""
    import tomllib
    from pathlib import Path

    try:
        with open(Path(__file__).resolve().parent.parent / "pyproject.toml", "rb") as f:
            return str(tomllib.load(f)["project"]["version"])
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return "0.0.0+unknown"


@cache
def _version() -> str:
    # The one version number: pyproject.toml -> package metadata (also inside the PyInstaller
    # bundle) -> `bedside --version`, the About box and the PDF footer.
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("bedside")
    except PackageNotFoundError:
        return _checkout_version()


def __getattr__(name: str) -> str:
    # ``bedside.__version__`` is read on first use: the app's first paint does not wait for
    # importlib.metadata (PEP 562).
    if name == "__version__":
        return _version()
    raise AttributeError(f"module 'bedside' has no attribute {name!r}")
