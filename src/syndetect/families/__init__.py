"""Families of documents linked by verified pairs, and their origins."""
