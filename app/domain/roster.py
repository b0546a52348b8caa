"""Reading a landlord's roster export: pure parsing and validation, no database.

A spreadsheet export: `;`, `,` or tab separated (sniffed from the header line),
UTF-8 with or without BOM, UTF-16 with BOM, or Windows-1252. Header names are
matched without regard to case, accents, punctuation or surrounding spaces.
Several lines with one landlord reference are members of one household.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import dataclass, field

from app.domain.errors import RosterProblem
from app.domain.text import clean, fold

MAX_BYTES = 20 * 1024 * 1024
MAX_DATA_LINES = 60_000  # a whole city is 6,000 dwellings; more is the wrong file

# field -> accepted header spellings, already folded
COLUMNS: dict[str, tuple[str, ...]] = {
    "ref": ("reference logement", "ref logement", "reference", "ref", "no logement",
            "numero logement", "code logement"),
    "address": ("adresse", "adresse logement"),
    "building": ("batiment", "bat", "immeuble"),
    "entrance": ("escalier", "esc", "entree", "cage"),
    "floor": ("etage", "niveau"),
    "door": ("porte", "no porte", "numero porte", "appartement", "appt"),
    "family_name": ("nom", "nom locataire", "nom de famille"),
    "given_name": ("prenom", "prenom locataire"),
    "phone": ("telephone", "tel", "portable", "telephone portable"),
    "sector": ("secteur", "quartier"),
}
REQUIRED = ("ref", "address", "door", "family_name", "given_name")
# The order in which parse() unpacks a line's cells.
FIELD_ORDER = ("ref", "address", "building", "entrance", "floor", "door", "family_name",
               "given_name", "phone", "sector")
# Facts that belong to the dwelling: every line of one reference must agree.
DWELLING_FIELDS = ("sector", "address", "building", "entrance", "floor", "door")

# Problem codes (the front ends turn them into sentences).
EMPTY = "empty"
BINARY = "binary"
TOO_LARGE = "too_large"
TOO_MANY_LINES = "too_many_lines"
ENCODING = "encoding"
MISSING_COLUMN = "missing_column"
DUPLICATE_COLUMN = "duplicate_column"
NO_DATA = "no_data"
UNREADABLE_LINE = "unreadable_line"
TOO_MANY_CELLS = "too_many_cells"
MISSING_REFERENCE = "missing_reference"
MISSING_ADDRESS = "missing_address"
NO_SECTOR = "no_sector"
CONFLICT = "conflict"
MIXED_ENCODING = "mixed_encoding"
SPANS_LINES = "spans_lines"
TOO_LONG = "too_long"
NOT_A_FILE = "not_a_file"

MAX_CELL = 200  # no real address, name or reference is longer than this
# A UTF-8 encoded character beyond ASCII: in a file that is not wholly UTF-8,
# its presence means two encodings are mixed, and reading it all as
# Windows-1252 would turn every accented name into mojibake ("HÃ©lÃ¨ne").
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}"
                            rb"|[\xf0-\xf4][\x80-\xbf]{3}")


@dataclass(frozen=True)
class Member:
    family_name: str
    given_name: str
    phone: str
    line: int
    key: str  # folded "family given": matches a member across imports


@dataclass
class DwellingEntry:
    ref: str
    sector: str
    address: str
    building: str
    entrance: str
    floor: str
    door: str
    first_line: int
    members: list[Member] = field(default_factory=list)


@dataclass
class Roster:
    dwellings: dict[str, DwellingEntry]
    problems: list[RosterProblem]
    encoding: str = ""
    delimiter: str = ""

    @property
    def people(self) -> int:
        return sum(len(d.members) for d in self.dwellings.values())


def _reject(code: str, detail: str = "", line: int = 0) -> Roster:
    return Roster(dwellings={}, problems=[RosterProblem(line, code, detail)])


def decode(data: bytes) -> tuple[str, str] | RosterProblem:
    """Text and the encoding it was read with, or the problem."""
    if data.startswith(codecs.BOM_UTF8):
        encodings = ("utf-8-sig",)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings = ("utf-16",)
    else:
        if b"\x00" in data[:4096]:
            return RosterProblem(0, BINARY)
        encodings = ("utf-8", "cp1252")
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            if encoding == "utf-8" and _UTF8_SEQUENCE.search(data):
                # UTF-8 here, something else at exc.start: never guess, name the line
                return RosterProblem(data.count(b"\n", 0, exc.start) + 1, MIXED_ENCODING)
            continue
        if _looks_binary(text):
            return RosterProblem(0, BINARY)
        return text, encoding
    return RosterProblem(0, ENCODING)


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\r\n\t")
    return controls > max(2, len(sample) // 100)


def sniff_delimiter(header_line: str) -> str:
    counts = {d: header_line.count(d) for d in (";", "\t", ",")}
    return max(counts, key=lambda d: counts[d])


def header_key(name: str) -> str:
    # "N° porte", "Référence  logement ", "TÉLÉPHONE:" -> "no porte", ...
    folded = fold(name.replace("°", "o"))
    return " ".join(re.sub(r"[^a-z0-9]+", " ", folded).split())


def map_header(header: list[str]) -> tuple[dict[str, int], list[RosterProblem]]:
    by_spelling = {spelling: name for name, spellings in COLUMNS.items()
                   for spelling in spellings}
    positions: dict[str, int] = {}
    problems: list[RosterProblem] = []
    for index, raw in enumerate(header):
        name = by_spelling.get(header_key(raw))
        if name is None:
            continue  # extra columns of the landlord's export are ignored
        if name in positions:
            problems.append(RosterProblem(1, DUPLICATE_COLUMN, clean(raw)))
        else:
            positions[name] = index
    return positions, problems


def parse(data: bytes, default_sector: str | None = None) -> Roster:
    """Read and check a whole roster. Problems are collected, never raised."""
    if not data.strip():
        return _reject(EMPTY)
    if len(data) > MAX_BYTES:
        return _reject(TOO_LARGE, str(MAX_BYTES))
    decoded = decode(data)
    if isinstance(decoded, RosterProblem):
        return Roster(dwellings={}, problems=[decoded])
    text, encoding = decoded
    text = text.lstrip("\ufeff")
    first_line = text.split("\n", 1)[0]
    delimiter = sniff_delimiter(first_line)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        return _reject(EMPTY)
    except csv.Error as exc:  # a header cell of a megabyte, say: not an empty file
        return _reject(UNREADABLE_LINE, str(exc), line=1)
    positions, problems = map_header(header)
    default_sector = clean(default_sector)
    required = REQUIRED if default_sector else (*REQUIRED, "sector")
    for name in required:
        if name not in positions:
            problems.append(RosterProblem(1, MISSING_COLUMN, COLUMNS[name][0]))
    if problems:
        return Roster(dwellings={}, problems=problems, encoding=encoding, delimiter=delimiter)

    dwellings: dict[str, DwellingEntry] = {}
    width = len(header)
    # one index per field in FIELD_ORDER; -1 for an optional column the file lacks
    order = [positions.get(name, -1) for name in FIELD_ORDER]
    data_lines = 0
    while True:
        started = reader.line_num + 1  # a quoted cell may run over several lines
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(RosterProblem(started, UNREADABLE_LINE, str(exc)))
            continue
        line = reader.line_num
        if line > started:  # an unbalanced quote swallows the lines after it
            problems.append(RosterProblem(started, SPANS_LINES, str(line)))
            continue
        if any(0 <= i < len(row) and len(row[i]) > MAX_CELL for i in order):
            problems.append(RosterProblem(line, TOO_LONG, str(MAX_CELL)))
            continue
        joined = "".join(row)
        if not joined.strip():
            continue
        data_lines += 1
        if data_lines > MAX_DATA_LINES:
            return _reject(TOO_MANY_LINES, str(MAX_DATA_LINES))
        if len(row) > width and "".join(row[width:]).strip():
            problems.append(RosterProblem(line, TOO_MANY_CELLS, f"{len(row)}/{width}"))
            continue
        if "\x00" in joined:
            problems.append(RosterProblem(line, UNREADABLE_LINE, "NUL"))
            continue
        # spreadsheets drop trailing empty cells: a short row is padded
        size = len(row)
        (ref, address, building, entrance, floor, door, family, given, phone,
         sector) = [clean(row[i]) if 0 <= i < size else "" for i in order]
        if not ref:
            problems.append(RosterProblem(line, MISSING_REFERENCE))
            continue
        sector = sector or default_sector
        if not sector:
            problems.append(RosterProblem(line, NO_SECTOR, ref=ref))
            continue
        if not address:
            problems.append(RosterProblem(line, MISSING_ADDRESS, ref=ref))
            continue
        values = (sector, address, building, entrance, floor, door)
        entry = dwellings.get(ref)
        if entry is None:
            entry = DwellingEntry(ref, sector, address, building, entrance, floor, door, line)
            dwellings[ref] = entry
        else:
            for name, value in zip(DWELLING_FIELDS, values, strict=True):
                known = getattr(entry, name)
                if known != value and fold(known) != fold(value):
                    problems.append(RosterProblem(
                        line, CONFLICT, value, ref=ref, column=name,
                        other_line=entry.first_line, other_value=known))
                    break
        if family or given:
            key = fold(f"{family} {given}")
            if all(m.key != key for m in entry.members):
                entry.members.append(Member(family, given, phone, line, key))
    if not dwellings and not problems:
        problems.append(RosterProblem(0, NO_DATA))
    return Roster(dwellings=dwellings, problems=problems, encoding=encoding, delimiter=delimiter)
