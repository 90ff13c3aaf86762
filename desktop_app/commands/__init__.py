"""Subcommands of `interreg`; each module has ``register(subparsers)``."""

from . import backup, check, demo, export, import_, restore

COMMANDS = [demo, check, backup, export, import_, restore]
