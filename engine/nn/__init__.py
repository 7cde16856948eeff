"""The network itself: activations, losses, initializers, the MLP and its gradient check."""
