"""Render each screen to PNG (offscreen) for a look: python scripts/screenshots.py OUTDIR"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from datetime import datetime  # noqa: E402

from PySide6.QtCore import Qt  # noqa: E402

from app.documents.model import SlipDoc  # noqa: E402
from app.services import demo, documents  # noqa: E402
from app.services.context import Actor  # noqa: E402
from app.settings import PrinterChoice  # noqa: E402
from db.engine import open_database  # noqa: E402
from ui.application import create_application  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    with tempfile.TemporaryDirectory() as tmp:
        fresh = open_database(Path(tmp) / "fresh.sqlite3")
        window = MainWindow(fresh)
        window.resize(1366, 768)  # the refurbished laptops' screen
        window.show()
        app.processEvents()
        window.grab().save(str(out / "setup.png"))
        window.close()

        db = open_database(Path(tmp) / "demo.sqlite3")
        demo.load_demo(db, Actor.system())
        window = MainWindow(db)
        window.resize(1366, 768)  # the refurbished laptops' screen
        window.show()
        app.processEvents()
        window.login_page.secret_edit.setText("wrong")
        window.login_page.sign_in_button.click()
        window.login_page.runner.wait()
        app.processEvents()
        window.grab().save(str(out / "login.png"))
        names = window.login_page.names
        names.setCurrentItem(names.findItems("Coordination", Qt.MatchFlag.MatchExactly)[0])
        window.login_page.secret_edit.setText("coordination")
        window.login_page.sign_in_button.click()
        window.login_page.runner.wait()
        app.processEvents()
        counter = window.desk("counter")
        counter.search_edit.setText("le gall")
        app.processEvents()
        window.grab().save(str(out / "counter-search.png"))
        counter.results.selectRow(1)
        counter._open_first()
        counter.card_view.note.setText("Vient avec sa voisine pour traduire")
        counter.card_view.check_in_button.click()
        counter.walk_in_button.click()
        app.processEvents()
        window.grab().save(str(out / "counter-card.png"))
        counter.card_view.check_in_button.click()
        app.processEvents()
        counter.duplicate_box.grab().save(str(out / "counter-duplicate.png"))
        counter.duplicate_box.reject()
        window.desk_tabs.setCurrentWidget(window.desk("overview"))
        app.processEvents()
        window.grab().save(str(out / "overview.png"))
        history = window.desk("history")
        documents.record_document(db, window.actor, SlipDoc(
            qr_payload="GUICHET-RDV:7KQ2M9XR4TZW", starts_at=datetime(2026, 11, 30, 14, 0),
            place="Accueil du centre social", purpose="Retrait de décodeur",
            household="NGUYỄN Thị Hương", landlord_ref="KER-00079",
            bring=("Pièce d'identité", "Carte du bailleur ou quittance de loyer")))
        window.desk_tabs.setCurrentWidget(history)
        app.processEvents()
        history.preview_selected()
        history.controller.runner.wait()
        app.processEvents()
        app.processEvents()
        if history.preview is not None:
            history.preview.grab().save(str(out / "print-preview.png"))
            history.preview.reject()
        history.controller.print_document(history.model.rows[0].id,
                                          PrinterChoice("Ticket-Accueil", "roll"))
        history.controller.runner.wait()
        app.processEvents()
        window.grab().save(str(out / "impressions.png"))
        admin = window.desk("admin")
        window.desk_tabs.setCurrentWidget(admin)
        admin.backup_to(Path(tmp), "une phrase de passe de démonstration")
        window.runner.wait()
        admin.runner.wait()
        app.processEvents()
        admin.verify_audit()
        app.processEvents()
        window.grab().save(str(out / "admin.png"))
        window.desk_tabs.setCurrentWidget(counter)
        window.lock()
        app.processEvents()
        window.grab().save(str(out / "locked.png"))
        window.close()
    print(f"screens saved in {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots"))
