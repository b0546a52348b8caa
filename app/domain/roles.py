"""Who may do what. Services check this; hiding buttons is only a courtesy."""

from __future__ import annotations

from enum import StrEnum

from app.domain.enums import Role


class Permission(StrEnum):
    MANAGE_ACCOUNTS = "manage_accounts"
    IMPORT_ROSTER = "import_roster"
    LOAD_DEMO = "load_demo"
    EDIT_SETTINGS = "edit_settings"
    CHECK_IN = "check_in"
    SIGN_IN = "sign_in"


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.COORDINATOR: frozenset(Permission),
    Role.RECEPTION: frozenset({Permission.CHECK_IN, Permission.SIGN_IN}),
    Role.VOLUNTEER: frozenset({Permission.CHECK_IN, Permission.SIGN_IN}),
}


def allows(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]
