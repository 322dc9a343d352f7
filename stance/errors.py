"""Exceptions. Library code raises these; the CLI turns them into one-line messages."""

from __future__ import annotations


class StanceError(Exception):
    """Base class for every error a user can fix (bad input, bad config, missing model)."""


class ConfigError(StanceError):
    """A config file or ``--set`` override is wrong; the message names the dotted key."""


class DataError(StanceError):
    """An input file or record is unusable; the message names the file (and line)."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.reason = message
        where = ""
        if path is not None:
            where = f"{path}:{line}: " if line is not None else f"{path}: "
        super().__init__(where + message)


class ModelLoadError(StanceError):
    """A model directory or checkpoint is missing, corrupt or does not match the config."""
