"""Provenance: who wrote a text, as the text itself says (wire credits, datelines, sign-offs)."""
