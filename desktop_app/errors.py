"""The base of every error a user can act on; anything else is a bug."""

from __future__ import annotations


class UserError(Exception):
    """A problem with the user's data, files or environment, told in plain Russian."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message
