"""Benchmarks: ``make bench``. They print figures and ratios against a baseline measured in the
same run; they are not tests and assert nothing about time."""
