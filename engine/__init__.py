"""Backprop Studio engine: a small, fast, pure-NumPy multilayer perceptron.

Never imports Qt. Everything the GUI shows is computed here; the GUI only draws.
"""

__version__ = "0.1.0"
