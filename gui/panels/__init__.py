"""Panels: one widget per view, each named for what it shows. They only draw.

Every panel is a QWidget built as `Panel(state)` (state: gui.state.AppState),
sets its Qt object name (`topologyView`, `weightHeatmaps`, ...), connects to the
state's signals, and draws from `state.snapshot` / the Snapshot it is given.
"""
