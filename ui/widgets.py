"""Small shared building blocks for pages."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from app.domain.errors import GuichetError


def title_label(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("pageTitle")
    label.setWordWrap(True)
    return label


def intro_label(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("pageIntro")
    label.setWordWrap(True)
    return label


def error_label(parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("errorLabel")
    label.setWordWrap(True)
    label.hide()
    return label


def message_line(lines: int = 2, parent: QWidget | None = None) -> QLabel:
    """A desk's one message area: room for `lines` lines kept whether it says
    something or not, so that a message never moves the layout."""
    label = QLabel(parent)
    label.setObjectName("noticeLabel")
    label.setWordWrap(True)
    label.setProperty("keepsItsPlace", True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    label.ensurePolished()  # the style sheet's font, not the default one
    label.setFixedHeight(label.fontMetrics().lineSpacing() * lines + 16)
    return label


def show_message(label: QLabel, text: str, error: bool | None = None) -> None:
    """Put `text` in a message label; an empty text hides it (a message line
    stays, empty). `error` True or False restyles the label as an error (red)
    or a notice (green)."""
    if error is not None:
        name = "errorLabel" if error else "noticeLabel"
        if label.objectName() != name:
            label.setObjectName(name)
            label.style().unpolish(label)  # the style sheet's colour for the new name
            label.style().polish(label)
    label.setText(text)
    label.setToolTip(text if label.property("keepsItsPlace") else "")
    label.setVisible(bool(text) or bool(label.property("keepsItsPlace")))


def primary_button(text: str, parent: QWidget | None = None) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName("primaryButton")
    return button


def table_view(model: QAbstractItemModel) -> QTableView:
    """A read-only, row-selecting table with tall rows, for lists of results."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(44)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)  # Tab leaves the table for the next control
    return view


def centred_column(page: QWidget, width: int, spacing: int = 16) -> QVBoxLayout:
    """A fixed-width column in the middle of `page` (sign-in, lock, first run):
    returns the column's layout to fill."""
    box = QWidget()
    box.setFixedWidth(width)
    inner = QVBoxLayout(box)
    inner.setSpacing(spacing)
    inner.setContentsMargins(0, 0, 0, 16)  # room for the last button's border
    # centred by stretches, not by an alignment flag: an aligned widget gets its
    # size hint, which ignores that wrapped messages need one more line here
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(box)
    row.addStretch(1)
    outer = QVBoxLayout(page)
    outer.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)
    return inner


def refuse_secret(error: QLabel, secret_edit: QLineEdit, exc: GuichetError) -> None:
    """A sign-in or unlock that failed: say why, select what was typed for retyping."""
    from app.messages import describe

    show_message(error, describe(exc), error=True)
    secret_edit.selectAll()
    secret_edit.setFocus()


class EnterClicks(QObject):
    """Enter or Return on a focused push button clicks it, as Space does:
    outside dialogs Qt leaves Enter to nobody, and keyboard users press it.
    One for the application: it watches a button from the moment it first
    gets the focus (watching every event of the application from Python would
    slow every paint). Not in a question box (ui.dialogs.ask): there Enter
    stays with nobody, so that a scanner's trailing Enter never answers it."""

    def follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, QPushButton) and not new.property("enterClicks"):
            new.setProperty("enterClicks", True)
            new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (event.type() == QEvent.Type.KeyPress and isinstance(watched, QPushButton)
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and watched.isEnabled() and watched.isVisible()
                and not isinstance(watched.window(), QMessageBox)):
            watched.click()
            return True
        return False


class _DayFirst(QObject):
    """A date field entered by click or Tab selects its day: « 28112026 »
    typed at once is the 28th of November 2026 (Qt moves on section by
    section), wherever the pointer landed."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusIn:
            from PySide6.QtCore import QTimer
            from PySide6.QtWidgets import QDateTimeEdit

            edit = watched
            QTimer.singleShot(0, edit, lambda: edit.setSelectedSection(
                QDateTimeEdit.Section.DaySection))
        return False


def day_first(edit: QWidget) -> None:
    """Typing a date straight in, digits only (see _DayFirst)."""
    keeper = _DayFirst(edit)
    edit.installEventFilter(keeper)


def form_dialog(dialog: QDialog, form: QLayout, ok_text: str, *below: QWidget,
                cancel_text: str = "") -> QPushButton:
    """A dialog's layout: the form, what goes below it (a rule, the error
    line), then Cancel and the primary button, right-aligned; Enter presses
    the focused one. Returns the primary button (its click is the caller's).
    `cancel_text` where « Annuler » would read like the act itself."""
    from PySide6.QtCore import QCoreApplication

    ok = primary_button(ok_text)
    ok.setDefault(True)  # Enter in a field means "OK", never "Cancel"
    cancel = QPushButton(cancel_text or QCoreApplication.translate("Dialogs", "Cancel"))
    cancel.setAutoDefault(False)
    buttons = QHBoxLayout()
    buttons.addStretch(1)
    buttons.addWidget(cancel)
    buttons.addWidget(ok)
    layout = QVBoxLayout(dialog)
    layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # grows, never squeezes
    layout.addLayout(form)
    for widget in below:
        layout.addWidget(widget)
    layout.addLayout(buttons)
    cancel.clicked.connect(dialog.reject)
    return ok



def dialog_answers(dialog: QDialog, said, say, tell):  # type: ignore[no-untyped-def]
    """Answers for a dialog's write (a runner's on_done, on_error): done
    closes it and `say`s `said(result)` on the desk; a refusal shows in the
    dialog (its `error` line), which keeps what was typed, and is `tell`ed."""
    from app.messages import describe

    def done(result) -> None:  # type: ignore[no-untyped-def]
        dialog.accept()
        say(said(result))

    def refused(exc: GuichetError) -> None:
        text = describe(exc)
        dialog.ok_button.setEnabled(True)  # type: ignore[attr-defined]
        show_message(dialog.error, text, error=True)  # type: ignore[attr-defined]
        tell(text)

    return done, refused


# --- the answer banner: what just happened, read from a metre away ---------------

_TONES = {  # background, text, border: colours that say it before the words
    "info": ("#e8eef5", "#1d2b3a", "#9fb3c8"),
    "ok": ("#1e7d3a", "#ffffff", "#14602b"),
    "warn": ("#f0a020", "#2b1d00", "#c07a00"),
    "error": ("#c62828", "#ffffff", "#9a1b1b"),
}


class AnswerBanner(QFrame):
    """One outcome at a time, in its colour: green done, orange done with a
    caveat, red refused, grey-blue what to do next. Its height is kept, so
    nothing below it jumps when the detail line comes and goes."""

    def __init__(self, height: int = 92, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("answerBanner")
        self.headline = QLabel()
        self.headline.setObjectName("bannerHeadline")
        self.headline.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setObjectName("bannerDetail")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(2)
        layout.addWidget(self.headline)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        self.setFixedHeight(height)
        self.tone = "info"

    # headline and detail sizes in pixels, largest first: a long answer gets
    # smaller type rather than lose its end
    SIZES = ((28, 18), (22, 16), (18, 14), (15, 13))

    def say(self, tone: str, headline: str, detail: str = "") -> None:
        self.tone = tone
        self.headline.setText(headline)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self._style()

    def _fits(self, sizes: tuple[int, int]) -> bool:
        margins = self.layout().contentsMargins()
        width = (self.width() if self.width() > 200 else 900) - margins.left() - margins.right()
        room = self.height() - margins.top() - margins.bottom()
        needed = 0
        for label, size, bold in ((self.headline, sizes[0], True),
                                  (self.detail, sizes[1], False)):
            if not label.text() or (label is self.detail and not label.isVisibleTo(self)):
                continue
            font = QFont(label.font())
            font.setPixelSize(size)
            font.setBold(bold)
            needed += QFontMetrics(font).boundingRect(
                QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, label.text()).height() + 2
        return needed <= room

    def _style(self) -> None:
        background, text, border = _TONES[self.tone]
        headline, detail = next((sizes for sizes in self.SIZES if self._fits(sizes)),
                                self.SIZES[-1])
        sheet = (f"QFrame#answerBanner {{ background: {background}; border: 2px solid {border};"
                 f" border-radius: 8px; }}"
                 f" QLabel {{ color: {text}; background: transparent; }}"
                 f" QLabel#bannerHeadline {{ font-size: {headline}px; font-weight: bold; }}"
                 f" QLabel#bannerDetail {{ font-size: {detail}px; }}")
        if sheet != self.styleSheet():  # a resize to the same width changes nothing
            self.setStyleSheet(sheet)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().resizeEvent(event)
        if self.headline.text():
            self._style()


def stoppable_progress(owner: QWidget, parent: QWidget, label: str, title: str, stop_text: str,
                       on_stop) -> tuple[QProgressDialog, threading.Event]:  # type: ignore[no-untyped-def]
    """The progress window of a long job on the runner (hundreds of letters):
    its Stop button (or Escape) calls `on_stop`; the returned flag is read by
    the worker between pages, and set too when `owner` goes (signed out)."""
    stop = threading.Event()
    owner.destroyed.connect(stop.set)
    progress = QProgressDialog(label, stop_text, 0, 0, parent)
    progress.setWindowTitle(title)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    progress.setMinimumWidth(560)
    progress.canceled.connect(on_stop)  # its Stop button
    progress.rejected.connect(on_stop)  # Escape
    progress.show()
    return progress, stop
