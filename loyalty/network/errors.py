"""Errors of the shop network a user can meet: the server unreachable, a redemption refused."""
from __future__ import annotations

from pos.errors import UserError


class NetworkError(UserError, RuntimeError):
    """``reason``: unreachable (detail: the server's words), not_member, already_member,
    not_empty (the database already holds something), no_schema, points_taken."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"network.{reason}", detail=detail)
        self.reason = reason
        self.detail = detail
