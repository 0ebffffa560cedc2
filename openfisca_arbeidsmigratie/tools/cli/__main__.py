"""`python -m openfisca_arbeidsmigratie.tools.cli`."""

import sys

from openfisca_arbeidsmigratie.tools.cli import main

sys.exit(main())
