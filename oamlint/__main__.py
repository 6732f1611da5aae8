"""`oamlint` and `python -m oamlint`: OPA is launched before the CLI is imported, when the command line allows it
(`launch_ahead` in engine/process.py), then the CLI runs."""

import signal
import sys


def _terminated(signum: int, frame: object) -> None:
    raise KeyboardInterrupt  # so `finally` blocks run and OPA is stopped on SIGTERM too


def main() -> None:
    """The command: exit 0, 1, 2, 3 or 130 as `oamlint.errors` and cli.py say."""
    from oamlint.errors import EXIT_INTERRUPTED

    signal.signal(signal.SIGTERM, _terminated)
    try:
        _run()
    except KeyboardInterrupt:  # before the CLI could act on it (while OPA is launched or the CLI imported)
        sys.stderr.write("oamlint: interrupted\n")
        sys.exit(EXIT_INTERRUPTED)
    finally:
        # CPython marks a KeyboardInterrupt raised inside a string `exec` (dataclasses and namedtuple build
        # their methods that way) as unhandled even when oamlint caught it, and under `python -m` the
        # interpreter then ends itself with SIGINT instead of oamlint's exit code (130 after Ctrl-C).
        # The next string `exec` clears that mark.
        exec("")


def _run() -> None:
    from oamlint.engine.process import launch_ahead, stop_ahead

    try:
        launch_ahead(sys.argv[1:])
        from oamlint.cli import main as cli

        cli()
    finally:
        stop_ahead()


if __name__ == "__main__":
    main()
