"""Signatures: MinHash schemes, ``signatures()`` over a corpus, datasketch interop, signature files."""
