"""Benchmarks for `injunction`: each prints a ratio against a baseline measured
in the same run, on the same inputs. Run ``python -m benchmarks`` (``--quick``
for a short run). Never timed assertions in the test suite: machines are noisy.
"""
