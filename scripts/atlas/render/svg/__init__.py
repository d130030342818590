"""Drawings made at build time as inline SVG: relationship maps and charts."""
