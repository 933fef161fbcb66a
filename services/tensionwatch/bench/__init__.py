"""Benchmarks: raw Kafka client, faust baseline and the whole pipeline, measured together."""
