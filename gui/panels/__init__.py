"""Panels: one widget per view, each named for what it shows. They only draw and ask.

Every panel is a QWidget class named for what it shows, without a "Panel" suffix
(`TopologyView`, `StepThrough`, `DigitCanvas`, ...), built as `Class(workspace)`
(gui.workspace.Workspace). It sets its Qt object name (`topologyView`,
`weightHeatmaps`, ...), follows the workspace's signals, draws from the network when
nothing trains and from the Snapshot it is given while training runs, and changes
the workspace only by calling its methods.
"""
