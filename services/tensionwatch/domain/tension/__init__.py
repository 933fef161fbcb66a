"""The tension maths, pure: story clusters, the per-dyad index in event time, escalation alerts.

`events` reads a coded event; `clusters` merges reports of one act; `dyad` keeps a dyad's
daily totals within the lateness bound; `index` turns them into decaying intensities and the
dyad's baseline; `alerts` finds rises with hysteresis. Every result is a function of the set of
events seen (within the bound), never of their order, so replays and backfills agree.
"""
