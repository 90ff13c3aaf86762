"""The toolbar's icons: Qt's own common-style pictures, read from Qt's resources.

On Fusion — the style of the Linux bundles — ``QStyle.standardIcon`` gives these very
files; Windows' native style would give the shell's. Reading them by name gives every
office the same toolbar and spares the window's start PySide6 building QStyle's Python
type with its ~600 enum values (~7 ms before the first paint, about a twentieth of it).
"""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget

_IMAGES = ":/qt-project.org/styles/commonstyle/images/{}-{}.png"
_SIZES = (16, 32, 128)

# Picture name in Qt's resources → the QStyle.StandardPixmap it stands for.
STANDARD = {
    "file": "SP_FileIcon",
    "viewdetailed": "SP_FileDialogDetailedView",
    "trash": "SP_TrashIcon",
    "standardbutton-open": "SP_DialogOpenButton",
    "standardbutton-save": "SP_DialogSaveButton",
    "filecontents": "SP_FileDialogContentsView",
    "arrow-left": "SP_ArrowBack",
    "arrow-right": "SP_ArrowForward",
    "fileinfo": "SP_FileDialogInfoView",
}


def standard_icon(widget: QWidget, name: str) -> QIcon:
    """Qt's picture ``name`` in all its sizes; the style's own icon if this Qt lacks it."""
    icon = QIcon()
    for size in _SIZES:
        icon.addFile(_IMAGES.format(name, size))
    if icon.isNull():
        # A Qt that renamed or dropped its pictures: the style still has the icon.
        from PySide6.QtWidgets import QStyle

        return widget.style().standardIcon(getattr(QStyle.StandardPixmap, STANDARD[name]))
    return icon
