"""AI Ecosystem Atlas generator: YAML facts -> validated dataset -> linked graph -> Markdown."""
