"""Benchmarks and the load test, with their own settings and URLs (see README)."""
