"""The thin glue that runs the generator inside `mkdocs build` and `mkdocs serve`.

Nothing else in the package imports MkDocs; `python -m atlas render` writes the same pages for
any other engine.
"""
