"""Benchmarks: synthetic data sets of any size, and timings of the build against plain MkDocs."""
