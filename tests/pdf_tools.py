"""Reading our PDFs back as a person or a scanner would: text, pages, QR codes."""

from __future__ import annotations

import io


def text_of(pdf: bytes) -> str:
    from pypdf import PdfReader

    text = "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)
    return text.replace("\u00a0", " ").replace("\u202f", " ")  # as a reader sees them


def page_count(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def page_size_mm(pdf: bytes, index: int = 0) -> tuple[float, float]:
    from pypdf import PdfReader

    box = PdfReader(io.BytesIO(pdf)).pages[index].mediabox
    return float(box.width) * 25.4 / 72, float(box.height) * 25.4 / 72


def qr_codes(pdf: bytes, dpi: int) -> list[str]:
    """Render every page at `dpi` (a 203 dpi thermal head, a 150 dpi scan...) in
    black and white, and decode the QR codes a real decoder finds there."""
    import pypdfium2 as pdfium
    import zxingcpp

    found = []
    document = pdfium.PdfDocument(pdf)
    try:
        for page in document:
            image = page.render(scale=dpi / 72.0).to_pil().convert("L")
            image = image.point(lambda v: 255 if v > 128 else 0)  # a thermal head has no grey
            found += [r.text for r in zxingcpp.read_barcodes(image)
                      if r.format == zxingcpp.BarcodeFormat.QRCode]
    finally:
        document.close()
    return found
