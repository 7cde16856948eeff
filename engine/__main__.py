"""`python -m engine` runs the headless command line."""

import os

# One BLAS thread unless the user says otherwise: the engine's matrices are small, and
# on the 2-core machine bench/engine_speed.py measured a second OpenBLAS thread to be
# slower in every case (it must be set before numpy is first imported).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from engine.cli import main  # noqa: E402 (after the environment is set)

raise SystemExit(main())
