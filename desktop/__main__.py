"""``python -m desktop``: the same as the ``newsdesk`` console script."""

from desktop.cli import main

raise SystemExit(main())
