"""A living demo centre: two sectors, varied households, accounts, an open
poll, decoders and computers in stock, appointment slots next week, and
bookings today, on the two days before (attended, missed) and next week.

The dwellings go in through the real roster import, as a coordinator's would.
"""

from __future__ import annotations

import random
import secrets
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain import appointment_code, ballot_box, clock
from app.domain.defaults import IDLE_LOCK_MINUTES, RETENTION_MONTHS
from app.domain.enums import (
    AppointmentKind,
    AppointmentStatus,
    EquipmentKind,
    OfferState,
    PollState,
    Role,
)
from app.domain.errors import DatabaseNotEmpty
from app.domain.roles import Permission
from app.domain.roster import parse
from app.services import accounts, households, polls, roster
from app.services.context import Actor, unit_of_work
from db.engine import Database
from db.models import (
    Appointment,
    AppointmentSlot,
    Building,
    Centre,
    Dwelling,
    Equipment,
    Person,
    Poll,
    PollEligible,
    Sector,
    StaffAccount,
    Workshop,
    WorkshopSession,
)

# Documented in the README: demo accounts only, never for a real centre.
DEMO_ACCOUNTS: tuple[tuple[str, Role, str], ...] = (
    ("Coordination", Role.COORDINATOR, "coordination"),
    ("Accueil", Role.RECEPTION, "1234"),
    ("Bénévole", Role.VOLUNTEER, "5678"),
)

# The demo poll's commission and passphrases (README): any two open the count.
DEMO_COMMISSION: tuple[tuple[str, str], ...] = (
    ("Coordination", "commission demo un"),
    ("Yvonne Le Bris", "commission demo deux"),
    ("Mehmet Kaya", "commission demo trois"),
)

def _first_votes(db: Database, actor: Actor, poll_id: int) -> None:
    """A vote under way: a few tenants voted at the counter, a caretaker
    brought a first batch (the demo's commission can count them)."""
    from app.domain.enums import BallotChoice

    rng = random.Random(12)
    with db.read() as session:
        dwellings = list(session.scalars(
            select(PollEligible.dwelling_id).where(PollEligible.poll_id == poll_id)
            .order_by(PollEligible.dwelling_id)))
    # the first dwellings stay free, for trying a vote at the counter
    voters = rng.sample(dwellings[40:], 36)
    choices = (BallotChoice.FOR, BallotChoice.AGAINST, BallotChoice.BLANK)
    for dwelling_id in voters[:24]:
        polls.vote_at_counter(db, actor, poll_id, dwelling_id, None,
                              rng.choices(choices, weights=(6, 3, 1))[0])
    polls.enter_caretaker_batch(db, actor, poll_id, CARETAKERS[0], voters[24:],
                                polls.BatchCounts(for_=7, against=4, blank=0, spoiled=1))


def _appointments(session: Session, today: datetime, next_week: list[AppointmentSlot],
                  sectors: dict[str, Sector]) -> list[AppointmentSlot]:
    """The appointment desk alive: today's slots at the help desk, each with
    its booking (to scan a printed slip at once), two past days' (attended
    and missed), bookings next week and one cancelled. Returns the slots
    made here (next week's are already there)."""
    day = today.date()
    place = "Bureau des permanences"
    plan = ((9, AppointmentKind.HELP_SESSION, 1), (10, AppointmentKind.CONTRACT_ADVICE, 1),
            (11, AppointmentKind.DECODER_PICKUP, 2), (14, AppointmentKind.HELP_SESSION, 1),
            (15, AppointmentKind.COMPUTER_PICKUP, 1), (16, AppointmentKind.DECODER_PICKUP, 2))
    made: list[AppointmentSlot] = []
    for back in (0, 1, 2):
        for hour, kind, capacity in plan if back == 0 else plan[::3]:
            start = datetime.combine(day - timedelta(days=back), time(hour))
            made.append(AppointmentSlot(starts_at=start, ends_at=start + timedelta(minutes=45),
                                        kind=kind.value, capacity=capacity, place=place,
                                        created_at=start - timedelta(days=7)))
    session.add_all(made)
    session.flush()
    # households of the adopted sector without a decoder yet (the handout day
    # serves the dwellings 20 to 44; the first ones stay free to try a handout)
    adopted = sectors["Pen ar Creac'h / Kerbernard"].id
    homes = list(session.scalars(
        select(Dwelling.id).join(Building, Dwelling.building_id == Building.id)
        .join(Person, Person.dwelling_id == Dwelling.id)
        .where(Building.sector_id == adopted, Person.family_name != "")
        .group_by(Dwelling.id).order_by(Dwelling.id)))[50:90]
    booked_at = today - timedelta(days=5)

    def booking(slot: AppointmentSlot, dwelling_id: int, status: AppointmentStatus,
                **extra: object) -> Appointment:
        return Appointment(slot_id=slot.id, dwelling_id=dwelling_id,
                           code=appointment_code.new_code(), status=status.value,
                           created_at=min(booked_at, slot.starts_at), **extra)

    bookings: list[Appointment] = []
    todays, past = made[:6], made[6:]
    for n, slot in enumerate(todays):
        bookings.append(booking(slot, homes[n], AppointmentStatus.BOOKED))
    bookings.append(booking(todays[2], homes[6], AppointmentStatus.BOOKED,
                            note="Vient avec sa voisine, qui traduit"))
    for n, slot in enumerate(past):
        if n % 2 == 0:
            arrived = slot.starts_at + timedelta(minutes=4)
            bookings.append(booking(slot, homes[10 + n], AppointmentStatus.ATTENDED,
                                    attended_at=arrived))
        else:
            bookings.append(booking(slot, homes[10 + n], AppointmentStatus.NO_SHOW))
    decoder_days = [slot for slot in next_week if slot.kind == AppointmentKind.DECODER_PICKUP]
    for n in range(6):
        bookings.append(booking(decoder_days[n * 3], homes[20 + n], AppointmentStatus.BOOKED))
    bookings.append(booking(decoder_days[1], homes[30], AppointmentStatus.CANCELLED,
                            cancelled_at=booked_at + timedelta(days=1),
                            cancel_reason="Le foyer a déjà son décodeur"))
    session.add_all(bookings)
    return made


def _first_handouts(db: Database, sector_id: int) -> None:
    """Pen ar Creac'h adopted the offer: its handout day has begun, with two
    agents at the tables, and a computer was sold (the day's closing has
    figures to show). Its first dwellings stay free, for trying a handout."""
    from app.domain.enums import PaymentMethod
    from app.services import handouts

    with db.read() as session:
        staff = {a.name: Actor(a.id, a.name, Role(a.role))
                 for a in session.scalars(select(StaffAccount))}
        first_member: dict[int, str] = {}
        for dwelling_id, family, given in session.execute(
                select(Dwelling.id, Person.family_name, Person.given_name)
                .join(Building, Dwelling.building_id == Building.id)
                .join(Person, Person.dwelling_id == Dwelling.id)
                .where(Building.sector_id == sector_id, Person.family_name != "")
                .order_by(Dwelling.id, Person.id)):
            first_member.setdefault(dwelling_id, households.display_name(family, given))
        dwellings = list(first_member.items())
        serials = list(session.scalars(
            select(Equipment.serial).where(Equipment.kind == EquipmentKind.DECODER.value)
            .order_by(Equipment.id)))
    agents = (staff["Accueil"], staff["Bénévole"])
    for n, (dwelling_id, collector) in enumerate(dwellings[20:44]):
        handouts.hand_out(db, agents[n % 2], dwelling_id, serials[-1 - n], collector)
    handouts.sell_computer(db, staff["Accueil"], dwellings[30][0], "PC-RECY-0001",
                           PaymentMethod.CASH, dwellings[30][1])


# (family names, given names) by origin, so a household's names go together.
NAMES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("Le Gall", "Quéméner", "Le Bihan", "Kerbrat", "Le Goff", "Abgrall", "Guéguen",
      "Morvan", "Le Hénaff", "Tanguy", "Cloarec", "L'Hostis", "Le Roux-Kerjean", "Roué",
      "Prigent", "Jézéquel", "L'Hénaff-Kerbrat"),
     ("Yann", "Maïwenn", "Gwenaël", "Soizic", "Erwan", "Loïc", "Nolwenn", "Hélène",
      "Zoé", "Tanguy", "Gaëlle")),
    (("Martin", "Bernard", "Lefèvre", "Petit", "Moreau", "Léon", "Dupré", "Bénard"),
     ("Jean-Pierre", "Anne-Marie", "Noëlle", "François", "Maëlys", "Kévin", "Hélène",
      "Jérôme", "Cécile")),
    (("Öztürk", "Yılmaz", "Şahin", "Çelik", "Doğan", "Kılıç"),
     ("Şükrü", "Ayşe", "Gülşen", "Mehmet", "Emine", "Ömer")),
    (("Wróbel", "Kowalczyk", "Wiśniewski", "Łukaszewicz", "Zieliński"),
     ("Łukasz", "Małgorzata", "Krzysztof", "Zofia", "Grażyna")),
    (("Nguyễn", "Trần", "Phạm", "Lê", "Đặng"),
     ("Thị Hương", "Văn Minh", "Thu Hà", "Đức Anh")),
    (("Benali", "El Amrani", "Haddad", "Bouzid", "Aït Ouarab", "بن علي"),
     ("Fatima", "Mohamed", "Karima", "Youssef", "Aïcha", "Saïd")),
    (("Diallo", "Traoré", "N'Diaye", "Mendes", "Popescu"),
     ("Mamadou", "Aminata", "Fatoumata", "João", "Ioana")),
)
STREETS = {
    "Kerourien": ("rue du Languedoc", "rue de Provence", "rue d'Auvergne", "rue de Gascogne"),
    "Pen ar Creac'h / Kerbernard": ("rue Anatole France", "rue de Kerbernard",
                                    "rue Robespierre", "rue Sisley"),
}
CARETAKERS = ("M. Le Gall", "Mme Abgrall", "M. Diallo", "Mme Kerbrat", "M. Öztürk",
              "Mme Tanguy", "M. Prigent", "Mme Haddad")


@dataclass(frozen=True)
class DemoReport:
    dwellings: int
    people: int
    accounts: int
    decoders: int
    computers: int
    slots: int


def _roster_csv(rng: random.Random) -> bytes:
    lines = ["Référence logement;Adresse;Bâtiment;Escalier;Étage;Porte;Nom;Prénom;"
             "Téléphone;Secteur"]
    plan = (("Kerourien", "KER", 600), ("Pen ar Creac'h / Kerbernard", "PAC", 420))
    for sector, prefix, count in plan:
        streets = STREETS[sector]
        for n in range(1, count + 1):
            street = streets[(n - 1) * len(streets) // count]
            number = 2 + 2 * ((n - 1) % 40 // 10)
            building = f"{chr(65 + (n - 1) % 40 // 10)}"
            entrance = str(1 + (n - 1) % 10 // 5)
            floor = str((n - 1) % 5)
            door = f"{floor}{chr(65 + (n - 1) % 2)}"
            ref = f"{prefix}-{n:05d}"
            families, givens = rng.choices(NAMES, weights=(30, 25, 12, 8, 8, 12, 5))[0]
            family = rng.choice(families)
            size = rng.choices((0, 1, 2, 3), weights=(4, 45, 40, 11))[0]
            members = [(family, given) for given in rng.sample(givens, size)] or [("", "")]
            for family_name, given in members:
                phone = (f"06 {rng.randint(10, 99)} {rng.randint(10, 99)} "
                         f"{rng.randint(10, 99)} {rng.randint(10, 99)}"
                         if family_name and rng.random() < 0.6 else "")
                lines.append(";".join((ref, f"{number} {street}", building, entrance, floor,
                                       door, family_name, given, phone, sector)))
    return ("\n".join(lines) + "\n").encode("utf-8")


def _visa_and_needs(session: Session, uow, today: datetime) -> None:  # type: ignore[no-untyped-def]
    """The needs survey answered by some thirty people (some topics asked far
    more than others), six Visa grids under way, two complete, one of them
    with its certificate issued (a stored document, not printed yet)."""
    from app.services import visa
    from db.models import Person, PersonNeed, Topic, VisaSkill, VisaValidation

    rng = random.Random(15)
    people = list(session.scalars(select(Person.id).order_by(Person.id)))
    topics = list(session.scalars(select(Topic.id).where(Topic.retired_at.is_(None))
                                  .order_by(Topic.position)))
    weights = (9, 6, 12, 3, 7, 2, 8)[:len(topics)]
    for person_id in people[3:93:3]:  # thirty people
        chosen = set(rng.choices(topics, weights=weights, k=rng.randint(1, 3)))
        for topic_id in sorted(chosen):
            session.add(PersonNeed(person_id=person_id, topic_id=topic_id,
                                   recorded_at=today - timedelta(days=rng.randint(0, 90))))
    skills = list(session.scalars(select(VisaSkill.id).where(VisaSkill.retired_at.is_(None))
                                  .order_by(VisaSkill.position)))
    facilitators = ("Maïwenn Le Bihan", "Yann Quéré", "Soizic Abgrall")
    learners = people[10:90:10]  # eight: six under way, two complete
    for n, person_id in enumerate(learners):
        done = len(skills) if n >= 6 else 1 + n % (len(skills) - 1)
        for k, skill_id in enumerate(skills[:done]):
            session.add(VisaValidation(
                person_id=person_id, skill_id=skill_id,
                validated_on=(today - timedelta(days=7 * (done - k) + n)).date(),
                facilitator=facilitators[(n + k) % len(facilitators)], recorded_at=today))
    session.flush()
    if len(learners) == 8:
        visa.issue_in(uow, learners[-1])
    uow.audit("demo_programme_loaded", "person_need", "", people=len(people[3:93:3]),
              learners=len(learners))


def _workshops(session: Session, uow, today: datetime, next_monday: date) -> None:  # type: ignore[no-untyped-def]
    """The Ateliers desk alive: a past series of four « Premiers pas » with
    eight people and their attendance, a workshop this afternoon with people
    signed up (a slip to scan at once), and one next week full, with two on
    its waiting list."""
    from app.domain import workshop_code
    from db.models import Topic, WorkshopAttendance, WorkshopSignup

    rng = random.Random(16)
    topic = {code: id_ for code, id_ in session.execute(select(Topic.code, Topic.id))}
    people = list(session.scalars(select(Person.id).where(Person.family_name != "")
                                  .order_by(Person.id)))[200::7]
    room, day = "Salle multimédia", today.date()
    plan = (  # title, topic, capacity, first session, sessions, registered, waiting
        ("Premiers pas avec l'ordinateur", "first_steps", 8,
         datetime.combine(day - timedelta(weeks=5), time(14)), 4, 8, 0),
        ("Démarches en ligne : CAF et Ameli", "online_procedures", 8,
         datetime.combine(day, time(14)), 1, 6, 0),
        ("Contrôle parental : protéger ses enfants", "parental_control", 6,
         datetime.combine(next_monday + timedelta(days=3), time(10)), 1, 6, 2),
    )
    taken = 0
    for title, code, capacity, first, count, registered, waiting in plan:
        workshop = Workshop(title=title, topic_id=topic.get(code), place=room,
                            capacity=capacity, facilitator="Yann Quéré",
                            created_at=first - timedelta(days=14))
        session.add(workshop)
        session.flush()
        sessions = [WorkshopSession(workshop_id=workshop.id, starts_at=first + timedelta(weeks=n),
                                    ends_at=first + timedelta(weeks=n, hours=2))
                    for n in range(count)]
        session.add_all(sessions)
        signups = []
        for n, person_id in enumerate(people[taken:taken + registered + waiting]):
            signups.append(WorkshopSignup(
                workshop_id=workshop.id, person_id=person_id,
                status="registered" if n < registered else "waiting",
                code=workshop_code.new_code(),
                created_at=first - timedelta(days=10, minutes=-n)))
        taken += registered + waiting
        session.add_all(signups)
        session.flush()
        for one in sessions:
            if one.ends_at.date() < today.date():  # held on an earlier day: most came
                # (today's stays to be scanned, whatever the hour the demo loads)
                session.add_all(WorkshopAttendance(session_id=one.id, signup_id=s.id,
                                                   recorded_at=one.starts_at)
                                for s in signups[:registered] if rng.random() < 0.8)
    session.flush()
    uow.audit("demo_workshops_loaded", "workshop", "", workshops=len(plan))


def load_demo(db: Database, actor: Actor, *, seed: int = 29, today: datetime | None = None) -> DemoReport:
    """Fill an empty database with the demo centre. Refuses (DatabaseNotEmpty)
    a database with any account or dwelling: the demo's accounts have
    published secrets and must never reach a real centre."""
    rng = random.Random(seed)
    data = _roster_csv(rng)
    parsed = parse(data)
    today = today or clock.now()
    # one transaction: a demo is there whole, or not at all
    hashes = {name: accounts.hash_secret(secret) for name, _role, secret in DEMO_ACCOUNTS}
    commission_keys = ballot_box.create([secret for _, secret in DEMO_COMMISSION])
    with unit_of_work(db, actor, Permission.LOAD_DEMO) as uow:
        session = uow.session
        if session.scalar(select(func.count()).select_from(Dwelling)) or \
                session.scalar(select(func.count()).select_from(StaffAccount)):
            raise DatabaseNotEmpty(db.path)
        imported = roster.import_in(uow, parsed, data, "demo")
        for name, role, _secret in DEMO_ACCOUNTS:
            account = accounts.insert_account(session, name, role, hashes[name], uow.now)
            uow.audit("account_created", "staff_account", account.id, role=role.value, demo=True)
        if session.get(Centre, 1) is None:
            session.add(Centre(id=1, name="Centre social de Kerourien (démo)",
                               address="Rue du Languedoc, 29200 Brest", phone="02 98 00 00 00",
                               idle_lock_minutes=IDLE_LOCK_MINUTES,
                               retention_months=RETENTION_MONTHS))
        sectors = {s.name: s for s in session.scalars(select(Sector))}
        for building in session.scalars(select(Building).order_by(Building.id)):
            building.caretaker_name = CARETAKERS[building.id % len(CARETAKERS)]
        poll = Poll(sector_id=sectors["Kerourien"].id, state=PollState.DRAFT.value,
                    question="Êtes-vous favorable à l'offre collective Internet + TV "
                             "à 1,18 € par mois et par logement ?",
                    created_at=today - timedelta(days=10),
                    closes_on=(today + timedelta(days=14)).date(),
                    hours="du lundi au vendredi, de 9 h à 12 h et de 14 h à 17 h")
        session.add(poll)
        session.flush()
        polls.open_in(uow, poll.id, [name for name, _ in DEMO_COMMISSION], commission_keys)
        decoders = [Equipment(kind=EquipmentKind.DECODER.value,
                              serial=f"DEC{secrets.randbelow(10**6):06d}-{n:04d}",
                              model="Décodeur TV HD", received_at=today) for n in range(1, 201)]
        computers = [Equipment(kind=EquipmentKind.COMPUTER.value, serial=f"PC-RECY-{n:04d}",
                               model="Portable reconditionné" if n % 3 else "Fixe reconditionné",
                               price_cents=7000 if n % 3 else 4000, received_at=today)
                     for n in range(1, 31)]
        session.add_all(decoders + computers)
        next_monday = (today + timedelta(days=7 - today.weekday())).date()
        slots = []
        week_kinds = (AppointmentKind.DECODER_PICKUP, AppointmentKind.DECODER_PICKUP,
                      AppointmentKind.DECODER_PICKUP, AppointmentKind.COMPUTER_PICKUP,
                      AppointmentKind.HELP_SESSION)
        for day in range(5):
            for hour in (9, 10, 11, 14, 15, 16):
                start = datetime.combine(next_monday + timedelta(days=day), time(hour))
                slots.append(AppointmentSlot(starts_at=start, ends_at=start + timedelta(hours=1),
                                             kind=week_kinds[day].value, capacity=4,
                                             place="Accueil du centre social",
                                             created_at=today))
        session.add_all(slots)
        slots += _appointments(session, today, slots, sectors)
        _workshops(session, uow, today, next_monday)
        _visa_and_needs(session, uow, today)
        uow.audit("demo_loaded", "centre", 1, dwellings=imported.dwellings_new)
        demo_poll = poll.id
        adopted = sectors["Pen ar Creac'h / Kerbernard"]
        adopted.offer_state = OfferState.ADOPTED.value  # voted on paper, last spring
        # its handout letters went out: each dwelling has its letter's code
        polls.issue_missing_codes(session, list(session.scalars(
            select(Dwelling.id).join(Building, Dwelling.building_id == Building.id)
            .where(Building.sector_id == adopted.id))), uow.now)
    _first_votes(db, actor, demo_poll)
    _first_handouts(db, adopted.id)
    return DemoReport(dwellings=imported.dwellings_new, people=imported.people_new,
                      accounts=len(DEMO_ACCOUNTS), decoders=len(decoders),
                      computers=len(computers), slots=len(slots))
