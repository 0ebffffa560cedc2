"""Floor 1 of the tools: errors, the registry of systems, parameter lookup, case files,
assumptions, currency of the law, the YAML reader. Imports only the model."""
