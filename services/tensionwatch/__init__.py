"""tensionwatch: news articles in, political tension-escalation events out."""

__version__ = "0.1.0"
