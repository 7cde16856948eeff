"""Where the window's shared state used to live: it is gui.workspace.Workspace now.

Kept so that code written against the old name still imports: `AppState` is the
Workspace and `Sample` the same dataclass. New code imports from gui.workspace.
"""

from gui.workspace import Sample, Workspace

AppState = Workspace

__all__ = ["AppState", "Sample", "Workspace"]
