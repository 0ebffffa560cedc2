"""Populations: current law and reforms over a whole table of persons, in chunks."""
