"""stance: who said what about Iran-US relations, and in what spirit.

Nothing heavy runs at import: models load inside functions, so ``import stance`` and
``stance --help`` stay fast.
"""

from __future__ import annotations

import logging

__version__ = "0.1.0"
__all__ = ["__version__"]

logging.getLogger(__name__).addHandler(logging.NullHandler())
