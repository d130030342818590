"""One module per family of generated pages."""
