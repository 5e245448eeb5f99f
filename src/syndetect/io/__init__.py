"""Input and output: corpus readers of every input format, renderers of every output format."""
