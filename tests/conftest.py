"""Shared pytest fixtures. They live in plugin modules so each area keeps its own:

- ``tests.plugins.models``: tiny NLI model built in the session, the ``fixed`` fake backend.
- ``tests.plugins.data``: hand-labelled fixture articles as records and as a ``datasets.Dataset``.
"""

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

pytest_plugins = ["tests.plugins.models", "tests.plugins.data"]
