"""Floor 2: one case (or one case file) under several systems: vergelijking, uitleg,
verschil, tijdlijn, the YAML test runner. Imports only `kern` and the model."""
