"""The bundle's entry point (PyInstaller needs a script; the pip-installed `crdesk` command is the same
``crdesk.__main__:main``)."""
import sys

from crdesk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
