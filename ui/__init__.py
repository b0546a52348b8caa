"""The PySide6 front end: main window, pages, dialogs, printing, scanner input."""
