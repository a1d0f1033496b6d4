"""``python -m generator`` runs the same command line as ``studyguide``."""

from generator.cli import main

raise SystemExit(main())
