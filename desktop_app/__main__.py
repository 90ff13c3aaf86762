"""`python -m desktop_app` and the frozen bundle's entry point: the same as `interreg`."""

# Absolute imports: PyInstaller runs this file as a top-level script, not as part of the package.
import os
import sys

from desktop_app.cli import main

if __name__ == "__main__":
    if getattr(sys, "frozen", False) and not any(
        os.environ.get(name) for name in ("LC_ALL", "LC_CTYPE", "LANG")
    ):
        # Started with an empty environment (a bare launcher, `env -i`): Python picks UTF-8
        # on its own, Qt would warn about the C locale on stderr first.
        os.environ["LC_CTYPE"] = "C.UTF-8"
    sys.exit(main())
