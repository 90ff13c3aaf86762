"""Department and agreement names in a file, matched to the stored records.

A name matches a stored one when :func:`match_key` coincides (case, spacing,
quotes, dashes, a lost space) or, failing that, when it is close enough. What
matches nothing is either mapped by the user (``mapping``: text → an id, or
:data:`CREATE`), created (``create_missing``), or reported as unmatched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..domain.entities import Agreement, Department
from ..domain.matching import best_match, match_key
from ..storage.store import Store

CREATE = "+create"
CUTOFF = 0.9
DEPARTMENT = "department"
AGREEMENT = "agreement"
KIND_NAMES = {DEPARTMENT: "департамент", AGREEMENT: "соглашение"}
_CAPITALIZED = re.compile(r"[А-ЯЁA-Z][а-яёa-z]{3,}")


def names_agree(a: str, b: str) -> bool:
    """Whether two close spellings name the same parties.

    Official titles share long boilerplate, so «…Администрацией Липецкой
    области…» is 93% like «…Администрацией Владимирской области…». A
    capitalised word (a region, a body) of one must occur in the other.
    """
    for one, other in ((a, b), (b, a)):
        lowered = match_key(other)
        for word in _CAPITALIZED.findall(one):
            if match_key(word)[:5] not in lowered:
                return False
    return True


@dataclass
class UnmatchedName:
    kind: str  # DEPARTMENT | AGREEMENT
    text: str
    rows: list[str] = field(default_factory=list)
    suggestion_id: str | None = None
    suggestion: str = ""
    score: float = 0.0

    def describe(self) -> str:
        if not self.text:
            return f"{KIND_NAMES[self.kind]} не указан в файле"
        hint = f" (похоже на «{self.suggestion}», {self.score:.0%})" if self.suggestion else ""
        return f"{KIND_NAMES[self.kind]} «{self.text}»{hint}"


class NameResolver:
    """Turns names into ids for one import; collects what must be created or asked."""

    def __init__(
        self, store: Store, create_missing: bool = False, mapping: dict[str, str] | None = None
    ) -> None:
        self.create_missing = create_missing
        self.mapping = {match_key(k): v for k, v in (mapping or {}).items()}
        self.departments = store.departments()
        self.agreements = store.agreements()
        self._pool = {
            DEPARTMENT: [(d.name, d.id) for d in self.departments]
            + [(d.short_name, d.id) for d in self.departments if d.short_name],
            AGREEMENT: [(a.title, a.id) for a in self.agreements],
        }
        self.names = {d.id: d.name for d in self.departments} | {a.id: a.title for a in self.agreements}
        self.new_departments: list[Department] = []
        self.new_agreements: list[Agreement] = []
        self.unmatched: dict[tuple[str, str], UnmatchedName] = {}
        self.warnings: list[str] = []
        self._seen: dict[tuple[str, str], str] = {}
        self._new_pool: dict[str, list[tuple[str, str]]] = {DEPARTMENT: [], AGREEMENT: []}

    def department(self, text: str, where: str) -> str:
        return self._resolve(DEPARTMENT, text, where)

    def agreement(self, text: str, where: str) -> str:
        return self._resolve(AGREEMENT, text, where)

    def is_known(self, record_id: str) -> bool:
        return not record_id.startswith("?")

    def adopt(self, kind: str, record: Department | Agreement) -> str:
        """A record carried in a package: the stored one of that id or name, else a new one."""
        if record.id in self.names:
            return record.id
        text = record.name if isinstance(record, Department) else record.title
        found, score = self._match(kind, text)
        if found is not None:
            self._note_fuzzy(kind, text, found, score)
            return found
        self._add_new(kind, record)
        return record.id

    def _resolve(self, kind: str, text: str, where: str) -> str:
        key = (kind, match_key(text))
        if key in self._seen:
            self._add_row(key, where)
            return self._seen[key]
        mapped = self.mapping.get(key[1])
        if not key[1] and mapped == CREATE:
            mapped = None  # a record without a name cannot be created
        if not key[1] and mapped is None:
            self.unmatched[key] = UnmatchedName(kind, "", [])
            found = f"?{kind}:"
        elif mapped and mapped != CREATE and mapped in self.names:
            found: str | None = mapped
        else:
            found, score = self._match(kind, text)
            if found is not None:
                self._note_fuzzy(kind, text, found, score)
            elif mapped == CREATE or self.create_missing:
                found = self._create(kind, text)
            else:
                suggestion, best = best_match(text, self._pool[kind], 0.0)
                self.unmatched[key] = UnmatchedName(
                    kind, text, [], suggestion, self.names.get(suggestion or "", ""), best
                )
                found = f"?{kind}:{key[1]}"
        self._seen[key] = found
        self._add_row(key, where)
        return found

    def _add_row(self, key: tuple[str, str], where: str) -> None:
        if key in self.unmatched:
            self.unmatched[key].rows.append(where)

    def _match(self, kind: str, text: str, new_too: bool = True) -> tuple[str | None, float]:
        pool = self._pool[kind] + (self._new_pool[kind] if new_too else [])
        found, score = best_match(text, pool, CUTOFF)
        if found is not None and score < 1.0 and not names_agree(text, self.names[found]):
            return None, score
        return found, score

    def _note_fuzzy(self, kind: str, text: str, found: str, score: float) -> None:
        if score < 1.0:
            self.warnings.append(
                f"{KIND_NAMES[kind].capitalize()} «{text}» сопоставлен(о) с «{self.names[found]}» "
                f"(сходство {score:.0%})."
            )

    def _create(self, kind: str, text: str) -> str:
        if kind == DEPARTMENT:
            position = len(self.departments) + len(self.new_departments) + 1
            record: Department | Agreement = Department(name=text, position=position)
        else:
            record = Agreement(title=text)
        self._add_new(kind, record)
        return record.id

    def _add_new(self, kind: str, record: Department | Agreement) -> None:
        text = record.name if isinstance(record, Department) else record.title
        if isinstance(record, Department):
            self.new_departments.append(record)
        else:
            self.new_agreements.append(record)
        self._new_pool[kind].append((text, record.id))
        self.names[record.id] = text
