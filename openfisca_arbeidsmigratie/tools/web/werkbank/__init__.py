"""`arbeidsmigratie werkbank`: the drafters' workbench, a local web page over the model.

One case under current law, reforms, interpretation variants and a parameter change, side by side;
the reasons (`tools.uitleg`); the effect on a synthetic population (`tools.bevolking`); a
parameter's timeline (`tools.tijdlijn`). Served by Flask from the installed package.
"""

from openfisca_arbeidsmigratie.tools.web.werkbank.app import maak_app

__all__ = ["maak_app"]
