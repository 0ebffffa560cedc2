"""Reforms: proposals and interpretation variants of the law, one module per reform; each class
carries its `status` (`openfisca_arbeidsmigratie.model.hervorming`)."""
