"""``python -m civickg``."""

import sys

from civickg.cli import main

sys.exit(main())
