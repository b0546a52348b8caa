"""Translated names of domain values (enums are stored in English)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.enums import Role, VisitReason


def visit_reason(reason: VisitReason) -> str:
    # translate() spelled out each time so that pyside6-lupdate finds the strings
    return {
        VisitReason.DECODER_PICKUP: QCoreApplication.translate("Labels", "Decoder pick-up"),
        VisitReason.COMPUTER: QCoreApplication.translate("Labels", "Computer"),
        VisitReason.WORKSHOP: QCoreApplication.translate("Labels", "Workshop"),
        VisitReason.HELP_SESSION: QCoreApplication.translate("Labels", "Help session"),
        VisitReason.CONTRACT_ADVICE: QCoreApplication.translate("Labels", "Advice on an operator contract"),
        VisitReason.VOTE: QCoreApplication.translate("Labels", "Vote"),
        VisitReason.INFORMATION: QCoreApplication.translate("Labels", "Information"),
        VisitReason.OTHER: QCoreApplication.translate("Labels", "Other"),
    }[reason]


def role(value: Role) -> str:
    return {
        Role.COORDINATOR: QCoreApplication.translate("Labels", "coordinator"),
        Role.RECEPTION: QCoreApplication.translate("Labels", "reception"),
        Role.VOLUNTEER: QCoreApplication.translate("Labels", "volunteer"),
    }[value]
