"""Russian for the few strings of Qt's own dialogs that Qt's catalogue does not have yet.

Qt 6.11 gave the file dialog's labels new accelerators («&Look in:», «Files of
&type:»), and the ``qtbase_ru.qm`` shipped with it still translates only the
old texts, so a clerk saw «Look in:» in a Russian dialog. This translator,
installed after Qt's, answers those texts only; everything else stays Qt's.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTranslator

GAPS_RU = {
    ("QFileDialog", "&Look in:"): "&Перейти к:",
    ("QFileDialog", "Files of &type:"): "&Типы файлов:",
}


class QtGapsTranslator(QTranslator):
    def __init__(self, texts: dict[tuple[str, str], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._texts = texts

    def isEmpty(self) -> bool:
        return not self._texts

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        # None, not "": Qt asks the next translator only when the answer is a null string.
        return self._texts.get((context, source))
