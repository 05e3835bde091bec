"""Bedside: ALSFRS-R and MRC muscle grading at the bedside."""

from importlib.metadata import PackageNotFoundError, version


def _checkout_version() -> str:
    """pyproject.toml's version, for a checkout that was never installed."""
    import tomllib
    from pathlib import Path

    try:
        with open(Path(__file__).resolve().parent.parent / "pyproject.toml", "rb") as f:
            return str(tomllib.load(f)["project"]["version"])
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return "0.0.0+unknown"


try:
    # The one version number: pyproject.toml -> package metadata (also inside the PyInstaller
    # bundle) -> `bedside --version`, the About box and the PDF footer.
    __version__ = version("bedside")
except PackageNotFoundError:
    __version__ = _checkout_version()
