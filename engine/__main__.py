"""`python -m engine` runs the headless command line."""

from engine.cli import main

raise SystemExit(main())
