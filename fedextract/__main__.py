"""``python -m fedextract``: the command line (see :mod:`fedextract.cli`)."""

from .cli import main

if __name__ == "__main__":
    raise SystemExit(main())
