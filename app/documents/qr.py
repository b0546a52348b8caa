"""QR codes drawn as vector squares, quiet zone included.

Module size: 0.75 mm is 6 dots of a 203 dpi thermal head and reads at arm's
length with a common 2D scanner; the quiet zone is the standard 4 modules.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

QUIET_MODULES = 4
MODULE_MM = 0.75


@lru_cache(maxsize=64)  # a layout asks for the size, then draws: encode once
def matrix(payload: str) -> tuple[tuple[bool, ...], ...]:
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0, box_size=1)
    code.add_data(payload)
    code.make(fit=True)
    return tuple(tuple(row) for row in code.get_matrix())


def size_mm(modules: int, module_mm: float = MODULE_MM) -> float:
    """Side of the drawn code with its quiet zone."""
    return (modules + 2 * QUIET_MODULES) * module_mm


_DARK_RUN = re.compile(rb"\x01+")


def _dark_runs(cells: tuple[tuple[bool, ...], ...]) -> str:
    """PDF path operators, one rectangle per horizontal run of dark modules, in
    module units with the origin at the symbol's lower-left corner."""
    last = len(cells) - 1
    return "\n".join(f"{run.start()} {last - row} {run.end() - run.start()} 1 re"
                     for row, cells_row in enumerate(cells)
                     for run in _DARK_RUN.finditer(bytes(cells_row)))


def draw(canvas: Canvas, payload: str, x_mm: float, y_mm: float,
         module_mm: float = MODULE_MM) -> float:
    """Draw the code with its lower-left corner (quiet zone included) at x, y.
    Returns the side in mm. Runs of dark modules are merged into rectangles of
    one path, written in module units under a scaling matrix: a page of a
    6,000-letter batch draws its code without formatting a number per module."""
    cells = matrix(payload)
    side = size_mm(len(cells), module_mm)
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x_mm * mm, y_mm * mm, side * mm, side * mm, stroke=0, fill=1)
    unit = module_mm * mm
    origin_x = (x_mm + QUIET_MODULES * module_mm) * mm
    origin_y = (y_mm + QUIET_MODULES * module_mm) * mm
    canvas.addLiteral(f"q {unit:.5f} 0 0 {unit:.5f} {origin_x:.4f} {origin_y:.4f} cm 0 g\n"
                      f"{_dark_runs(cells)}\nf Q")
    canvas.restoreState()
    return side
