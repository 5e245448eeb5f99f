"""The optional compiled tokeniser; everything else about the package is in pyproject.toml.

``pip install .`` (or ``-e .``) compiles ``src/syndetect/text/_tokenise.c`` (plain C, no build-time
dependency beyond a C compiler and Python's headers). It is optional: without a working compiler the
build warns and installs the package without it, and syndetect hashes with numpy alone, with identical
results (``syndetect.text.native.backend()`` says which is in use).
"""

from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension(
            "syndetect.text._tokenise",
            sources=["src/syndetect/text/_tokenise.c"],
            optional=True,  # a failed compile skips the extension instead of failing the install
        )
    ]
)
