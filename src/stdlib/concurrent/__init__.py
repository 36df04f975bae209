"""The `concurrent` package: `concurrent.futures` is its one module."""
