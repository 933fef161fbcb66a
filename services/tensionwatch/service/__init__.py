"""Service layer: one record in, routed outputs out. Knows no broker."""
