"""Stream wiring: the Faust app, topics and agents."""
