"""Verification of candidate pairs: alignment of shared passages and page furniture set aside."""
