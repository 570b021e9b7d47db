"""Side-by-side evaluation and benchmarks against the tools a user could pick instead."""
