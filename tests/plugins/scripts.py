"""Import a file under ``scripts/`` as a module, for tests of a script's pieces."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

SCRIPTS = Path(__file__).resolve().parent.parent.parent / "scripts"


@contextmanager
def script_module(filename: str) -> Iterator[ModuleType]:
    """``scripts/<filename>`` loaded under a private module name, removed from ``sys.modules`` after."""
    name = f"stance_script_{Path(filename).stem}"
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / filename)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    try:
        spec.loader.exec_module(mod)
        yield mod
    finally:
        sys.modules.pop(name, None)
