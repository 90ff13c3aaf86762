"""Subcommands of `interreg`; each module has ``register(subparsers)``."""

from . import backup, check, demo, export, import_, restore, summary

COMMANDS = [demo, check, backup, export, summary, import_, restore]
