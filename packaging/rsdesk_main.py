"""Entry script of the frozen rsdesk: the `rsdesk` command; without arguments, the window."""

from rsdesk.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
