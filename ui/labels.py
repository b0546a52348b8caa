"""Translated names of domain values (enums are stored in English)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.enums import EquipmentState, OfferState, PaymentMethod, Role, VisitReason


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
    from app.messages import role_name  # one list for the window and the command line

    return role_name(value)


def paper(value: str) -> str:
    return {"a4": QCoreApplication.translate("Labels", "A4 sheet"),
            "a6": QCoreApplication.translate("Labels", "A6 card"),
            "roll": QCoreApplication.translate("Labels", "80 mm receipt roll")}[value]


def document_kind(value: str) -> str:
    return {"receipt": QCoreApplication.translate("Labels", "Receipts"),
            "slip": QCoreApplication.translate("Labels", "Appointment slips"),
            "minutes": QCoreApplication.translate("Labels", "Vote minutes"),
            "closing": QCoreApplication.translate("Labels", "Daily closings"),
            "certificate": QCoreApplication.translate("Labels", "Visa Internet certificates")}[value]


def offer_state(value: OfferState) -> str:
    return {
        OfferState.NOT_PROPOSED: QCoreApplication.translate("Labels", "not proposed"),
        OfferState.VOTE_PENDING: QCoreApplication.translate("Labels", "vote planned"),
        OfferState.ADOPTED: QCoreApplication.translate("Labels", "adopted"),
        OfferState.REJECTED: QCoreApplication.translate("Labels", "refused"),
    }[value]


def audit_action(action: str) -> str:
    """What an audit entry records, in words; unknown codes are shown as they are."""
    return {
        "account_created": QCoreApplication.translate("Labels", "account created"),
        "backup_exported": QCoreApplication.translate("Labels", "backup to a stick"),
        "centre_named": QCoreApplication.translate("Labels", "centre named"),
        "database_restored": QCoreApplication.translate("Labels", "database restored"),
        "demo_loaded": QCoreApplication.translate("Labels", "demo loaded"),
        "household_erased": QCoreApplication.translate("Labels", "household erased"),
        "personal_data_exported": QCoreApplication.translate("Labels", "personal data exported"),
        "retention_applied": QCoreApplication.translate("Labels", "retention applied"),
        "roster_imported": QCoreApplication.translate("Labels", "roster imported"),
        "visit_recorded": QCoreApplication.translate("Labels", "arrival recorded"),
        "visit_served": QCoreApplication.translate("Labels", "visitor taken care of"),
        "visit_cancelled": QCoreApplication.translate("Labels", "arrival cancelled"),
        "document_recorded": QCoreApplication.translate("Labels", "document made"),
        "document_printed": QCoreApplication.translate("Labels", "document printed"),
        "document_reprinted": QCoreApplication.translate("Labels", "duplicate printed"),
        "print_failed": QCoreApplication.translate("Labels", "printing failed"),
        "account_changed": QCoreApplication.translate("Labels", "account changed"),
        "account_disabled": QCoreApplication.translate("Labels", "account disabled"),
        "account_enabled": QCoreApplication.translate("Labels", "account enabled again"),
        "secret_reset": QCoreApplication.translate("Labels", "PIN or password reset"),
        "own_secret_changed": QCoreApplication.translate("Labels", "own PIN changed"),
        "centre_changed": QCoreApplication.translate("Labels", "settings changed"),
        "sector_changed": QCoreApplication.translate("Labels", "sector changed"),
        "household_corrected": QCoreApplication.translate("Labels", "household corrected"),
        "signed_in": QCoreApplication.translate("Labels", "signed in"),
        "sign_in_failed": QCoreApplication.translate("Labels", "failed sign-in"),
        "poll_created": QCoreApplication.translate("Labels", "vote prepared"),
        "poll_changed": QCoreApplication.translate("Labels", "vote changed"),
        "poll_opened": QCoreApplication.translate("Labels", "vote opened"),
        "poll_closed": QCoreApplication.translate("Labels", "vote closed"),
        "poll_counted": QCoreApplication.translate("Labels", "vote counted"),
        "vote_registered": QCoreApplication.translate("Labels", "voted at the counter"),
        "vote_batch_entered": QCoreApplication.translate("Labels", "ballots entered"),
        "vote_batch_cancelled": QCoreApplication.translate("Labels", "ballots cancelled"),
        "dwelling_code_reissued": QCoreApplication.translate("Labels", "new letter code"),
        "minutes_recorded": QCoreApplication.translate("Labels", "minutes made"),
        "ballot_box_erased": QCoreApplication.translate("Labels", "ballot box erased"),
        "equipment_received": QCoreApplication.translate("Labels", "into the stock"),
        "decoder_handed_out": QCoreApplication.translate("Labels", "decoder handed out"),
        "decoder_replaced": QCoreApplication.translate("Labels", "decoder replaced"),
        "decoder_returned": QCoreApplication.translate("Labels", "decoder brought back"),
        "handout_cancelled": QCoreApplication.translate("Labels", "handout cancelled"),
        "computer_sold": QCoreApplication.translate("Labels", "computer sold"),
        "sale_cancelled": QCoreApplication.translate("Labels", "sale cancelled"),
        "delivery_imported": QCoreApplication.translate("Labels", "delivery list imported"),
        "closing_recorded": QCoreApplication.translate("Labels", "day closed (cash counted)"),
        "handout_letters_made": QCoreApplication.translate("Labels", "handout letters made"),
        "topic_added": QCoreApplication.translate("Labels", "survey topic added"),
        "topic_renamed": QCoreApplication.translate("Labels", "survey topic renamed"),
        "topic_retired": QCoreApplication.translate("Labels", "survey topic retired"),
        "topic_restored": QCoreApplication.translate("Labels", "survey topic restored"),
        "needs_recorded": QCoreApplication.translate("Labels", "needs recorded"),
        "visa_skill_added": QCoreApplication.translate("Labels", "Visa skill added"),
        "visa_skill_renamed": QCoreApplication.translate("Labels", "Visa skill renamed"),
        "visa_skill_moved": QCoreApplication.translate("Labels", "Visa skill moved"),
        "visa_skill_retired": QCoreApplication.translate("Labels", "Visa skill retired"),
        "visa_skill_restored": QCoreApplication.translate("Labels", "Visa skill restored"),
        "visa_skill_validated": QCoreApplication.translate("Labels", "Visa skill validated"),
        "visa_validation_withdrawn": QCoreApplication.translate("Labels",
                                                                "Visa validation withdrawn"),
        "visa_certificate_issued": QCoreApplication.translate("Labels",
                                                              "Visa certificate issued"),
    }.get(action, action)


def audit_actor(label: str) -> str:
    """Who did it: a staff name, or Guichet itself, or the command line."""
    if label == "system":
        return QCoreApplication.translate("Labels", "Guichet (automatic)")
    if label.startswith("cli:"):
        return QCoreApplication.translate("Labels", "command line ({user})").format(
            user=label[4:])
    return label


def audit_entity(entity: str) -> str:
    """What kind of record an audit entry is about, in words."""
    return {
        "staff_account": QCoreApplication.translate("Labels", "Account"),
        "visit": QCoreApplication.translate("Labels", "Visit"),
        "dwelling": QCoreApplication.translate("Labels", "Dwelling"),
        "person": QCoreApplication.translate("Labels", "Person"),
        "roster": QCoreApplication.translate("Labels", "Roster"),
        "database": QCoreApplication.translate("Labels", "Database"),
        "centre": QCoreApplication.translate("Labels", "Centre"),
        "printed_document": QCoreApplication.translate("Labels", "Document"),
        "poll": QCoreApplication.translate("Labels", "Vote"),
        "receipt": QCoreApplication.translate("Labels", "Receipt"),
        "appointment": QCoreApplication.translate("Labels", "Appointment"),
        "equipment": QCoreApplication.translate("Labels", "Equipment"),
        "sector": QCoreApplication.translate("Labels", "Sector"),
        "vote_register": QCoreApplication.translate("Labels", "Vote register"),
        "vote_batch": QCoreApplication.translate("Labels", "Ballot batch"),
        "handout": QCoreApplication.translate("Labels", "Handout"),
        "sale": QCoreApplication.translate("Labels", "Sale"),
        "daily_closing": QCoreApplication.translate("Labels", "Daily closing"),
        "topic": QCoreApplication.translate("Labels", "Survey topic"),
        "person_need": QCoreApplication.translate("Labels", "Needs"),
        "visa_skill": QCoreApplication.translate("Labels", "Visa skill"),
        "visa_validation": QCoreApplication.translate("Labels", "Visa validation"),
        "visa_certificate": QCoreApplication.translate("Labels", "Visa certificate"),
    }.get(entity, entity)


def equipment_state(value: EquipmentState) -> str:
    return {
        EquipmentState.IN_STOCK: QCoreApplication.translate("Labels", "in stock"),
        EquipmentState.HANDED_OUT: QCoreApplication.translate("Labels", "handed out"),
        EquipmentState.SOLD: QCoreApplication.translate("Labels", "sold"),
        EquipmentState.RETURNED: QCoreApplication.translate("Labels", "brought back, in stock"),
        EquipmentState.FAULTY: QCoreApplication.translate("Labels", "faulty"),
    }[value]


def payment(value: PaymentMethod) -> str:
    return {
        PaymentMethod.CASH: QCoreApplication.translate("Labels", "Cash"),
        PaymentMethod.CHEQUE: QCoreApplication.translate("Labels", "Cheque"),
        PaymentMethod.CARD: QCoreApplication.translate("Labels", "Card"),
    }[value]
