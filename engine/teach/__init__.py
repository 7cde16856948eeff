"""Teaching: the step-by-step trace of one pass, and what panels draw that needs the network."""
