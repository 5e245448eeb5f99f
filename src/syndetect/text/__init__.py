"""Text: the main text of HTML pages, Unicode normalisation with raw-offset maps, tokens and k-gram hashes."""
