"""Entry point of the frozen app: the same `bedside` command that `pip install .` installs.

With BEDSIDE_BUNDLE_SELFTEST=1 the bundle checks itself instead (packaging/build.sh does).
"""

import os
import sys

if __name__ == "__main__":
    if os.environ.get("BEDSIDE_BUNDLE_SELFTEST") == "1":
        from bedside_bundle_selftest import run

        sys.exit(run())
    from bedside.cli import main

    sys.exit(main())
