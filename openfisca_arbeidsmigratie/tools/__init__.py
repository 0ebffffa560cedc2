"""The tools layer: comparison, explanation, populations, the command line; built on the model."""
