"""Pure domain code: segmenting, coding, actors, tension maths. Imports no infrastructure."""
