"""Model fixtures (owned by the classification work)."""
