"""Reforms: proposals and variants of the law, one module per reform (none bundled yet)."""
