"""`python -m oamlint`."""

from oamlint.cli import main

try:
    main()
finally:
    # CPython marks a KeyboardInterrupt raised inside a string `exec` (dataclasses and namedtuple build
    # their methods that way) as unhandled even when oamlint caught it, and under `python -m` the
    # interpreter then ends itself with SIGINT instead of oamlint's exit code (130 after Ctrl-C).
    # The next string `exec` clears that mark.
    exec("")
