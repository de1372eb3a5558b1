"""The command line: argument parsing, headless commands and their helpers."""

from wizard.cli.main import main

__all__ = ["main"]
