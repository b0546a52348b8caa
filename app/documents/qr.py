"""QR codes drawn as vector squares, quiet zone included.

Module size: 0.75 mm is 6 dots of a 203 dpi thermal head and reads at arm's
length with a common 2D scanner; the quiet zone is the standard 4 modules.
"""

from __future__ import annotations

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


def draw(canvas: Canvas, payload: str, x_mm: float, y_mm: float,
         module_mm: float = MODULE_MM) -> float:
    """Draw the code with its lower-left corner (quiet zone included) at x, y.
    Returns the side in mm. Runs of dark modules are merged into one rectangle."""
    cells = matrix(payload)
    side = size_mm(len(cells), module_mm)
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x_mm * mm, y_mm * mm, side * mm, side * mm, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    path = canvas.beginPath()
    origin_x = x_mm + QUIET_MODULES * module_mm
    top = y_mm + side - QUIET_MODULES * module_mm
    for row, cells_row in enumerate(cells):
        col = 0
        while col < len(cells_row):
            if cells_row[col]:
                start = col
                while col < len(cells_row) and cells_row[col]:
                    col += 1
                path.rect((origin_x + start * module_mm) * mm, (top - (row + 1) * module_mm) * mm,
                          (col - start) * module_mm * mm, module_mm * mm)
            else:
                col += 1
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
    return side
