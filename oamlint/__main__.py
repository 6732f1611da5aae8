"""`python -m oamlint`."""

from oamlint.cli import main

main()
