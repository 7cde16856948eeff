"""`python -m gui` opens the app."""

from gui.app import main

raise SystemExit(main())
