"""Adapters to the outside: metrics, HTTP probes, the development broker."""
