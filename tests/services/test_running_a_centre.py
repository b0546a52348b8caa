"""Running a real centre: the team, the centre's settings, the sectors, and
the corrections made at the counter that a roster import keeps."""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app.domain import clock
from app.domain.enums import CounterChange, OfferState, Role
from app.domain.errors import (
    AccountChangeRefused,
    AccountExists,
    AccountNoLongerValid,
    AuthenticationFailed,
    PermissionDenied,
    SettingRefused,
    WeakSecret,
)
from app.services import accounts, corrections, documents, households, privacy
from app.services import settings as centre_settings
from app.services.context import Actor
from app.services.roster import import_roster
from db.engine import Database
from db.models import AuditEntry, Person, Sector

HEADER = "Reference logement;Adresse;Batiment;Porte;Nom;Prenom;Telephone;Secteur"
ROSTER = ("\n".join((
    HEADER,
    "K1;3 rue du Languedoc;A;1;LE GALL;Hélène;06 12 34 56 78;Kerourien",
    "K1;3 rue du Languedoc;A;1;LE GALL;Yann;;Kerourien",
    "K2;5 rue Le Gall;B;2;Öztürk;Şükrü;;Kerourien",
)) + "\n").encode()


def audit_actions(db: Database) -> list[str]:
    with db.read() as s:
        return list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


# --- the team ------------------------------------------------------------------


def test_a_volunteer_is_added_signs_in_is_reset_and_disabled(
        db: Database, coordinator: Actor) -> None:
    info = accounts.create_account(db, coordinator, "Maïwenn", Role.VOLUNTEER, "2580")
    assert accounts.sign_in(db, "maiwenn", "2580").staff_id == info.id
    accounts.reset_secret(db, coordinator, info.id, "9137")
    with pytest.raises(AuthenticationFailed):
        accounts.sign_in(db, "Maïwenn", "2580")
    assert accounts.sign_in(db, "Maïwenn", "9137").staff_id == info.id
    her_session = accounts.sign_in(db, "Maïwenn", "9137")
    accounts.set_active(db, coordinator, info.id, False)
    with pytest.raises(AuthenticationFailed):
        accounts.sign_in(db, "Maïwenn", "9137")
    from app.domain.enums import VisitReason
    from app.services import visits

    before = audit_actions(db)
    with pytest.raises(AccountNoLongerValid):  # her window, still open, writes nothing more
        visits.check_in(db, her_session, None, VisitReason.INFORMATION)
    assert audit_actions(db) == before
    rows = {row.name: row for row in accounts.list_accounts(db, coordinator)}
    assert rows["Maïwenn"].active is False  # kept, never deleted
    assert {"account_created", "secret_reset", "account_disabled"} <= set(audit_actions(db))


@pytest.mark.parametrize(("role", "secret", "reason"), [
    (Role.VOLUNTEER, "12", "short"),
    (Role.VOLUNTEER, "1111", "one_digit"),
    (Role.RECEPTION, "abcd", "not_digits"),
    (Role.COORDINATOR, "court", "short"),
])
def test_weak_secrets_are_refused_and_nothing_is_written(
        db: Database, coordinator: Actor, role: Role, secret: str, reason: str) -> None:
    before = audit_actions(db)
    with pytest.raises(WeakSecret) as refused:
        accounts.create_account(db, coordinator, "Quelqu'un", role, secret)
    assert refused.value.reason == reason
    assert audit_actions(db) == before


def test_the_last_coordinator_and_oneself_stay(db: Database, coordinator: Actor) -> None:
    with pytest.raises(AccountChangeRefused) as refused:
        accounts.set_active(db, coordinator, coordinator.staff_id, False)
    assert refused.value.reason == "yourself"
    with pytest.raises(AccountChangeRefused) as refused:
        accounts.update_account(db, coordinator, coordinator.staff_id, Role.RECEPTION, None)
    assert refused.value.reason == "last_coordinator"
    other = accounts.create_account(db, coordinator, "Paul", Role.COORDINATOR, "motdepasse")
    paul = accounts.sign_in(db, "Paul", "motdepasse")
    accounts.update_account(db, paul, coordinator.staff_id, Role.RECEPTION, None)  # now fine
    with pytest.raises(AccountNoLongerValid):  # Anne's session was a coordinator's
        accounts.set_active(db, coordinator, other.id, False)
    with pytest.raises(AccountExists):
        accounts.create_account(db, paul, "paul", Role.VOLUNTEER, "2580")


def test_promoting_to_coordinator_needs_a_password(db: Database, coordinator: Actor) -> None:
    info = accounts.create_account(db, coordinator, "Inès", Role.RECEPTION, "2580")
    with pytest.raises(WeakSecret):
        accounts.update_account(db, coordinator, info.id, Role.COORDINATOR, None)
    accounts.update_account(db, coordinator, info.id, Role.COORDINATOR, None, "un mot long")
    assert accounts.sign_in(db, "Inès", "un mot long").role is Role.COORDINATOR


def test_a_civic_service_account_ends_on_its_last_day(db: Database, coordinator: Actor) -> None:
    today = clock.now().date()
    info = accounts.create_account(db, coordinator, "Léo", Role.VOLUNTEER, "4826",
                                   active_until=today)
    assert accounts.sign_in(db, "Léo", "4826").staff_id == info.id  # its last day: still fine
    with pytest.raises(AccountChangeRefused):
        accounts.create_account(db, coordinator, "Tom", Role.VOLUNTEER, "4826",
                                active_until=today - timedelta(days=1))
    from app.services import front_door

    assert "Léo" in front_door.account_names(db)
    with db.write() as s:  # a day later
        from db.models import StaffAccount

        s.get(StaffAccount, info.id).active_until = today - timedelta(days=1)
    with pytest.raises(AuthenticationFailed):
        accounts.sign_in(db, "Léo", "4826")
    assert "Léo" not in front_door.account_names(db)


def test_anyone_changes_their_own_pin_knowing_the_current_one(
        db: Database, coordinator: Actor) -> None:
    accounts.create_account(db, coordinator, "Bénévole", Role.VOLUNTEER, "2580")
    me = accounts.sign_in(db, "Bénévole", "2580")
    with pytest.raises(AccountChangeRefused):
        accounts.change_own_secret(db, me, "0000", "7391")
    with pytest.raises(WeakSecret):
        accounts.change_own_secret(db, me, "2580", "7777")
    accounts.change_own_secret(db, me, "2580", "7391")
    assert accounts.sign_in(db, "Bénévole", "7391").staff_id == me.staff_id
    with pytest.raises(PermissionDenied):
        accounts.list_accounts(db, me)


# --- the centre's settings ---------------------------------------------------------


def test_the_settings_are_checked_and_the_next_receipt_carries_them(
        db: Database, coordinator: Actor) -> None:
    from app.documents.model import ReceiptDoc, ReceiptLine
    from tests.pdf_tools import text_of

    values = centre_settings.read_settings(db, coordinator)
    saved = centre_settings.save_settings(db, coordinator, centre_settings.CentreSettings(
        "Centre social de Kerourien", "8 rue Jean-Baptiste Lamarck, 29200 Brest",
        "+33 2 98 45 12 00", 10, 24, (7000, 4000), ("Pièce d'identité", "", "Quittance")))
    assert saved.phone == "02 98 45 12 00" and saved.computer_prices == (4000, 7000)
    assert saved.handout_bring == ("Pièce d'identité", "Quittance")
    for bad, field in ((dict(phone="12 34"), "phone"), (dict(address="x" * 200),
                                                         "address_too_long"),
                       (dict(computer_prices=(0,)), "price"), (dict(name=" "), "name_missing"),
                       (dict(idle_lock_minutes=0), "idle_lock")):
        with pytest.raises(SettingRefused) as refused:
            centre_settings.save_settings(db, coordinator, values.__class__(
                **{**saved.__dict__, **bad}))
        assert refused.value.field == field
    assert centre_settings.read_settings(db, coordinator) == saved  # nothing written
    doc = ReceiptDoc(kind="sale", number="2026-000001", issued_at=clock.now(),
                     household="LE GALL Yann", landlord_ref="K1", address="3 rue du Languedoc",
                     lines=(ReceiptLine("Ordinateur reconditionné", "PC-1", 4000),),
                     staff="Anne Coord", payment="cash")
    document_id = documents.record_document(db, coordinator, doc)
    text = text_of(documents.render_document(db, coordinator, document_id).pdf)
    assert "8 rue Jean-Baptiste Lamarck, 29200 Brest" in text and "02 98 45 12 00" in text


def test_a_sector_offer_and_cost_change_with_a_reason(db: Database, coordinator: Actor) -> None:
    import_roster(db, coordinator, ROSTER)
    (row,) = centre_settings.list_sectors(db, coordinator)
    assert (row.name, row.dwellings, row.offer_state) == ("Kerourien", 2, OfferState.VOTE_PENDING)
    with pytest.raises(SettingRefused):
        centre_settings.change_sector(db, coordinator, row.id, OfferState.ADOPTED, 118, " ")
    centre_settings.change_sector(db, coordinator, row.id, OfferState.ADOPTED, 118,
                                  "vote du 12/03/2010, 61 % pour")
    centre_settings.change_sector(db, coordinator, row.id, OfferState.NOT_PROPOSED, 150,
                                  "nouveau prix")
    with db.read() as s:
        sector = s.get(Sector, row.id)
        assert (sector.offer_state, sector.monthly_cost_cents) == ("not_proposed", 150)
        details = s.scalars(select(AuditEntry.details)
                            .where(AuditEntry.action == "sector_changed")).all()
    assert len(details) == 2 and "61 % pour" in details[0]


# --- corrections at the counter, and the next import -----------------------------------


def test_counter_corrections_survive_a_reimport_and_are_reported(
        db: Database, coordinator: Actor) -> None:
    import_roster(db, coordinator, ROSTER)
    accounts.create_account(db, coordinator, "Accueil", Role.RECEPTION, "2580")
    reception = accounts.sign_in(db, "Accueil", "2580")
    k1 = households.find_by_reference(db, reception, "K1")
    card = households.household_card(db, reception, k1)
    helene, yann = (m.person_id for m in card.members)
    corrections.set_phone(db, reception, k1, helene, "07.61.22.33.44")
    corrections.member_left(db, reception, k1, yann)
    newcomer = corrections.add_member(db, reception, k1, "Le Gall", "Nolwenn", "")
    corrections.set_note(db, reception, k1, "Préfère être appelée le matin")
    with pytest.raises(SettingRefused):
        corrections.set_phone(db, reception, k1, helene, "pas un numéro")
    with pytest.raises(SettingRefused):
        corrections.add_member(db, reception, k1, "LE GALL", "Nolwenn")  # already there
    before = audit_actions(db)
    with pytest.raises(SettingRefused):  # one form, one transaction: a bad note writes nothing
        corrections.correct(db, reception, k1, corrections.HouseholdChange(
            newcomer=("B" * 50, "Maryam", ""), note="x" * 600))
    with pytest.raises(SettingRefused):
        corrections.add_member(db, reception, k1, "B" * 101, "")
    assert audit_actions(db) == before

    card = households.household_card(db, reception, k1)
    assert [(households.display_name(m.family_name, m.given_name), m.phone)
            for m in card.members] == [("LE GALL Hélène", "07 61 22 33 44"),
                                       ("LE GALL Nolwenn", None)]
    assert card.note == "Préfère être appelée le matin"
    assert households.search_households(db, reception, "07 61 22")[0].dwelling_id == k1

    report = import_roster(db, coordinator, ROSTER)  # the same roster, again
    kept = {(k.landlord_ref, k.name, k.change) for k in report.corrections_kept}
    assert kept == {("K1", "LE GALL Hélène", CounterChange.PHONE),
                    ("K1", "LE GALL Yann", CounterChange.LEFT),
                    ("K1", "LE GALL Nolwenn", CounterChange.ADDED)}
    card = households.household_card(db, reception, k1)
    assert [m.phone for m in card.members] == ["07 61 22 33 44", None]
    assert [m.person_id for m in card.members] == [helene, newcomer]

    # the landlord catches up with Nolwenn: she is theirs now, and no longer reported
    caught_up = ROSTER + "K1;3 rue du Languedoc;A;1;LE GALL;Nolwenn;;Kerourien\n".encode()
    report = import_roster(db, coordinator, caught_up)
    assert CounterChange.ADDED not in {k.change for k in report.corrections_kept}
    with db.read() as s:
        assert s.get(Person, newcomer).counter_change is None

    # volunteers may not correct a household
    accounts.create_account(db, coordinator, "Bénévole", Role.VOLUNTEER, "2580")
    with pytest.raises(PermissionDenied):
        corrections.set_note(db, accounts.sign_in(db, "Bénévole", "2580"), k1, "x")


def test_the_household_note_is_personal_data(db: Database, coordinator: Actor) -> None:
    import_roster(db, coordinator, ROSTER)
    k2 = households.find_by_reference(db, coordinator, "K2")
    corrections.set_note(db, coordinator, k2, "Parle turc, venir avec sa fille")
    exported = privacy.export_household(db, coordinator, "K2")
    assert exported["dwelling"]["note"] == "Parle turc, venir avec sa fille"
    privacy.erase_household(db, coordinator, "K2")
    assert households.household_card(db, coordinator, k2).note == ""


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(phone_for=st.sets(st.sampled_from(["Hélène", "Yann", "Şükrü"])),
       leaves=st.sets(st.sampled_from(["Hélène", "Yann", "Şükrü"])),
       newcomer=st.booleans(), landlord_knows_newcomer=st.booleans())
def test_any_mix_of_counter_corrections_survives_the_same_roster_and_is_reported(
        tmp_path_factory: pytest.TempPathFactory, phone_for: set[str], leaves: set[str],
        newcomer: bool, landlord_knows_newcomer: bool) -> None:
    """Whatever the counter corrected, re-importing the landlord's file keeps it
    and reports exactly it; a newcomer the landlord lists is the landlord's."""
    from db.engine import open_database

    db = open_database(tmp_path_factory.mktemp("mix") / "guichet.sqlite3")
    try:
        accounts.create_first_coordinator(db, "Anne Coord", "coordination", centre_name="C")
        actor = accounts.sign_in(db, "Anne Coord", "coordination")
        import_roster(db, actor, ROSTER)
        members = {}
        for ref in ("K1", "K2"):
            dwelling = households.find_by_reference(db, actor, ref)
            for m in households.household_card(db, actor, dwelling).members:
                members[m.given_name] = (ref, dwelling, m.person_id,
                                         households.display_name(m.family_name, m.given_name))
        expected = set()
        for given in phone_for - leaves:
            ref, dwelling, pid, name = members[given]
            corrections.set_phone(db, actor, dwelling, pid, "07 61 22 33 44")
            expected.add((ref, name, CounterChange.PHONE))
        for given in leaves:
            ref, dwelling, pid, name = members[given]
            corrections.member_left(db, actor, dwelling, pid)
            expected.add((ref, name, CounterChange.LEFT))
        if newcomer:
            corrections.add_member(db, actor, members["Yann"][1], "Le Gall", "Nolwenn")
            if not landlord_knows_newcomer:
                expected.add(("K1", "LE GALL Nolwenn", CounterChange.ADDED))
        roster = ROSTER + (b"K1;3 rue du Languedoc;A;1;LE GALL;Nolwenn;;Kerourien\n"
                           if landlord_knows_newcomer else b"")
        report = import_roster(db, actor, roster)
        assert {(k.landlord_ref, k.name, k.change) for k in report.corrections_kept} == expected
        for given, (_ref, dwelling, pid, _name) in members.items():
            card = households.household_card(db, actor, dwelling)
            on_card = {m.person_id: m for m in card.members}
            assert (pid in on_card) == (given not in leaves)
            if given in phone_for - leaves:
                assert on_card[pid].phone == "07 61 22 33 44"
        again = import_roster(db, actor, roster)  # and the next import says the same
        assert {(k.landlord_ref, k.name, k.change) for k in again.corrections_kept} == {
            e for e in expected if not (e[2] is CounterChange.ADDED and landlord_knows_newcomer)}
    finally:
        db.close()
