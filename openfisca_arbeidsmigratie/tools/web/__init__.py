"""Floor 4: the Web API, its server and the werkbank. Imports the floors below, never `cli`."""
