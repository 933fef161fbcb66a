"""Adapters to the outside: metrics, the HTTP server and its probes, the development broker."""
