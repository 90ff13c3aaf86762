"""Unsaved form contents survive a crash as drafts (kept beside backups in the data folder)."""

from __future__ import annotations

import json
from pathlib import Path

from desktop_app.storage import drafts


def test_save_load_clear(tmp_path: Path, db_path: Path):
    folder = tmp_path / "drafts"
    state = {"title": "Форум «Россия — территория»", "participants": "всего 150 человек"}
    drafts.save_draft("new-1", state, db_path, folder=folder)
    drafts.save_draft("ev/2", {"title": "Второе"}, db_path, event_id="ev2", folder=folder)
    drafts.save_draft("other", {"title": "Чужая база"}, tmp_path / "other.sqlite3", folder=folder)

    mine = drafts.load_drafts(db_path, folder=folder)
    assert [d.title for d in mine] == ["Форум «Россия — территория»", "Второе"] or \
        sorted(d.title for d in mine) == sorted(["Форум «Россия — территория»", "Второе"])
    assert {d.event_id for d in mine} == {None, "ev2"}
    assert next(d for d in mine if d.key == "new-1").state == state
    assert len(drafts.load_drafts(folder=folder)) == 3

    drafts.clear_draft("new-1", folder=folder)
    drafts.clear_draft("ev/2", folder=folder)
    assert drafts.load_drafts(db_path, folder=folder) == []


def test_overwrite_leaves_no_temp_files(tmp_path: Path, db_path: Path):
    for i in range(20):
        drafts.save_draft("k", {"title": f"v{i}"}, db_path, folder=tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["k.draft.json"]
    assert drafts.load_drafts(db_path, folder=tmp_path)[0].title == "v19"


def test_damaged_draft_is_ignored(tmp_path: Path, db_path: Path):
    (tmp_path / "bad.draft.json").write_text("{ half a file", encoding="utf-8")
    (tmp_path / "list.draft.json").write_text(json.dumps([1, 2]), encoding="utf-8")
    drafts.save_draft("ok", {"title": "x"}, db_path, folder=tmp_path)
    assert [d.key for d in drafts.load_drafts(db_path, folder=tmp_path)] == ["ok"]


def test_default_folder_is_in_data_dir(db_path: Path):
    drafts.save_draft("k", {"title": "t"}, db_path)
    assert drafts.drafts_dir().is_dir()
    assert "interreg" in str(drafts.drafts_dir())
    assert drafts.load_drafts(db_path)[0].title == "t"
