"""Data fixtures (owned by the evaluation work)."""
