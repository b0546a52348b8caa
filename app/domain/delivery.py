"""The operator's delivery list of decoders (CSV: serial, model), read with
the roster's care: the encodings a spreadsheet writes, its separator, every
problem with its line, and nothing taken unless the whole list is right."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from app.domain import roster
from app.domain.errors import RosterProblem
from app.domain.text import clean

MISSING_SERIAL = "missing_serial"
SERIAL_TWICE = "serial_twice"
SERIAL_IN_STOCK = "serial_in_stock"
COLUMNS = {"serial": ("numero de serie", "no de serie", "serie", "serial", "serial number",
                      "sn", "numero serie"),
           "model": ("modele", "model", "type", "designation")}
MAX_BYTES = 5_000_000
MAX_SERIAL = 80


@dataclass
class Delivery:
    items: list[tuple[str, str]] = field(default_factory=list)  # (serial, model)
    problems: list[RosterProblem] = field(default_factory=list)


def parse(data: bytes) -> Delivery:
    if not data.strip():
        return Delivery(problems=[RosterProblem(0, roster.EMPTY)])
    if len(data) > MAX_BYTES:
        return Delivery(problems=[RosterProblem(0, roster.TOO_LARGE, str(MAX_BYTES))])
    decoded = roster.decode(data)
    if isinstance(decoded, RosterProblem):
        return Delivery(problems=[decoded])
    text = decoded[0].lstrip("\ufeff")
    delimiter = roster.sniff_delimiter(text.split("\n", 1)[0])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        return Delivery(problems=[RosterProblem(1, roster.UNREADABLE_LINE)])
    spellings = {s: name for name, names in COLUMNS.items() for s in names}
    positions: dict[str, int] = {}
    for index, raw in enumerate(header):
        name = spellings.get(roster.header_key(raw))
        if name is not None and name not in positions:
            positions[name] = index
    if "serial" not in positions:
        return Delivery(problems=[RosterProblem(1, roster.MISSING_COLUMN, "Numéro de série")])
    delivery = Delivery()
    first_line: dict[str, int] = {}
    try:
        for line, cells in enumerate(reader, start=2):
            if not any(c.strip() for c in cells):
                continue
            serial = clean(cells[positions["serial"]] if positions["serial"] < len(cells)
                           else "").upper()
            model = clean(cells[positions["model"]]) if "model" in positions and \
                positions["model"] < len(cells) else ""
            if not serial:
                delivery.problems.append(RosterProblem(line, MISSING_SERIAL))
            elif len(serial) > MAX_SERIAL:
                delivery.problems.append(RosterProblem(line, roster.TOO_LONG, str(MAX_SERIAL)))
            elif serial in first_line:
                delivery.problems.append(RosterProblem(line, SERIAL_TWICE, serial,
                                                       other_line=first_line[serial]))
            else:
                first_line[serial] = line
                delivery.items.append((serial, model))
    except csv.Error as exc:
        delivery.problems.append(RosterProblem(reader.line_num, roster.UNREADABLE_LINE, str(exc)))
    if not delivery.items and not delivery.problems:
        delivery.problems.append(RosterProblem(0, roster.NO_DATA))
    return delivery
