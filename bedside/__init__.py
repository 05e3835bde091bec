"""Bedside: ALSFRS-R and MRC muscle grading at the bedside."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("bedside")
except PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0.0.0+unknown"
