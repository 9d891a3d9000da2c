"""Run the curators' command line: ``python -m indicators check|scan|export``."""

import sys

from indicators.cli import main

sys.exit(main())
