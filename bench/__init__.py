"""Benchmarks and synthetic data.

``python -m bench.synth`` (datasets), ``python -m bench.scale`` (data work by size),
``python -m bench.run`` (dashboard against a baseline), ``python -m bench.load`` (load test).
"""
