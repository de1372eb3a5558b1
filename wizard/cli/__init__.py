"""The command line: argument parsing, headless commands and their helpers."""

from wizard.cli.entry import main

__all__ = ["main"]
