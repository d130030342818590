"""Browser tests: the built site driven by Debian's Chromium (marker `browser`)."""
