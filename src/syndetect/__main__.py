"""``python -m syndetect``: the same command line as the ``syndetect`` script."""

from .cli import main

if __name__ == "__main__":
    main()
