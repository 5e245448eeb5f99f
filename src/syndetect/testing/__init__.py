"""Test and benchmark tooling: generated corpora with planted truth, not part of the detection pipeline.

- :mod:`syndetect.testing.synthetic`: news-like articles with syndication families and planted passages
  at exact character offsets (:func:`~syndetect.testing.synthetic.synthetic_corpus`).
- :mod:`syndetect.testing.scrape`: news-site scrapes with page furniture, wire stories reprinted by
  outlets, and exact ground truth (:func:`~syndetect.testing.scrape.scrape_corpus`,
  :func:`~syndetect.testing.scrape.preset`).

The tests, the benchmarks and the quality evaluation use these generators; no module of syndetect outside
this package imports them.
"""
