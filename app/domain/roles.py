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
    SEARCH_HOUSEHOLDS = "search_households"
    VIEW_CONTACT = "view_contact"  # phone numbers, visit notes
    CORRECT_HOUSEHOLD = "correct_household"  # phone, members, note, from the card
    SIGN_IN = "sign_in"
    PRINT = "print"
    BACKUP = "backup"
    RESTORE = "restore"
    VIEW_AUDIT = "view_audit"
    EXPORT_PERSONAL_DATA = "export_personal_data"
    ERASE_PERSONAL_DATA = "erase_personal_data"
    APPLY_RETENTION = "apply_retention"
    MANAGE_POLLS = "manage_polls"  # create, open, close, count; caretaker batches
    RECORD_VOTE = "record_vote"  # a tenant votes at the counter
    MANAGE_STOCK = "manage_stock"  # decoders into the stock, a mistaken handout cancelled
    HAND_OUT = "hand_out"  # a decoder handed out, replaced or brought back
    MANAGE_APPOINTMENTS = "manage_appointments"  # slots, bookings, the agenda
    MANAGE_WORKSHOPS = "manage_workshops"  # workshops, sessions, sign-ups, attendance
    RECORD_NEEDS = "record_needs"  # the needs survey, at check-in or in a workshop
    VALIDATE_SKILLS = "validate_skills"  # Visa Internet skills and certificates
    EDIT_PROGRAMME_LISTS = "edit_programme_lists"  # the survey's topics, the Visa grid
    VIEW_REPORT = "view_report"  # the programme report, the city's statistics


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.COORDINATOR: frozenset(Permission),
    Role.RECEPTION: frozenset({Permission.CHECK_IN, Permission.SEARCH_HOUSEHOLDS,
                               Permission.VIEW_CONTACT, Permission.CORRECT_HOUSEHOLD,
                               Permission.SIGN_IN, Permission.PRINT,
                               Permission.RECORD_VOTE, Permission.MANAGE_STOCK,
                               Permission.HAND_OUT, Permission.MANAGE_APPOINTMENTS,
                               Permission.MANAGE_WORKSHOPS, Permission.RECORD_NEEDS,
                               Permission.VALIDATE_SKILLS}),
    # handout days: find the household and check it in, nothing more
    Role.VOLUNTEER: frozenset({Permission.CHECK_IN, Permission.SEARCH_HOUSEHOLDS,
                               Permission.SIGN_IN, Permission.PRINT, Permission.HAND_OUT}),
}


def allows(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]
