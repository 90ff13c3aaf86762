"""Subcommands of `interreg`; each module has ``register(subparsers)``."""

from . import backup, check, demo, export

COMMANDS = [demo, check, backup, export]
