"""The model layer: what `variables/` and `reforms/` may import (and nothing of the tools)."""
