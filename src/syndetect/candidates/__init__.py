"""Candidate pairs: a corpus's features, LSH banding, winnowed fingerprints and their groups."""
