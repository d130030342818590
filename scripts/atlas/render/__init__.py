"""Stage 4 of the pipeline: the linked graph in, `{docs-relative path: text}` out. Pure."""
