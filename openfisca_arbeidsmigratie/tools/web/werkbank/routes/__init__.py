"""The werkbank's pages, one module per page; each `registreer(app, werkbank)` adds its routes."""
