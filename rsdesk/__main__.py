"""`python -m rsdesk`: the same entry as the `rsdesk` command."""

from rsdesk.cli import main

raise SystemExit(main())
