"""Benchmarks: each case prints our figure, a floor measured in the same run,
and the ratio, as `bench: CASE ours=12.3ms floor=8.1ms ratio=1.52`."""
