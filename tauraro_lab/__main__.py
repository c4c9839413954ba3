"""python -m tauraro_lab: the `tauraro` command."""

import sys

from .cli import main

sys.exit(main())
