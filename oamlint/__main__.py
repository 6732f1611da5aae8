"""`oamlint` and `python -m oamlint`: OPA is launched before the CLI is imported, when the command line allows it
(`launch_ahead` in engine/process.py), then the CLI runs."""

import sys


def main() -> None:
    from oamlint.engine.process import launch_ahead, stop_ahead

    try:
        launch_ahead(sys.argv[1:])
        from oamlint.cli import main as cli

        cli()
    finally:
        stop_ahead()
        # CPython marks a KeyboardInterrupt raised inside a string `exec` (dataclasses and namedtuple build
        # their methods that way) as unhandled even when oamlint caught it, and under `python -m` the
        # interpreter then ends itself with SIGINT instead of oamlint's exit code (130 after Ctrl-C).
        # The next string `exec` clears that mark.
        exec("")


if __name__ == "__main__":
    main()
