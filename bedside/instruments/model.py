"""The instruments as immutable values: what an item is called, its anchors, its domain."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property


@dataclass(frozen=True)
class Anchor:
    score: int
    text: str


@dataclass(frozen=True)
class Item:
    number: str  # as printed on the form: "1", "5a", "10 (R-1)"
    key: str  # PRO-ACT column name, e.g. "Q1_Speech"
    name: str
    domain: str
    anchors: tuple[Anchor, ...]  # highest score first
    help: str = ""

    def anchor(self, score: int) -> str:
        for a in self.anchors:
            if a.score == score:
                return a.text
        raise KeyError(f"{self.key} has no anchor for score {score}")


@dataclass(frozen=True)
class Domain:
    key: str
    name: str
    column: str  # export column, e.g. "bulbar_subscore"


@dataclass(frozen=True)
class Alternate:
    """Two items of which exactly one is answered (5a without, 5b with gastrostomy)."""

    slot: str
    without_gastrostomy: str
    with_gastrostomy: str

    @property
    def keys(self) -> tuple[str, str]:
        return (self.without_gastrostomy, self.with_gastrostomy)


@dataclass(frozen=True, eq=False)  # identity: loaded once, cheap to hash as a cache key
class Questionnaire:
    id: str
    name: str
    short_name: str
    citation: str
    instruction: str
    min_score: int
    max_score: int
    loinc_panel: str
    loinc_total: str
    domains: tuple[Domain, ...]
    items: tuple[Item, ...]
    alternates: tuple[Alternate, ...]

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(i.key for i in self.items)

    def item(self, key: str) -> Item:
        for i in self.items:
            if i.key == key:
                return i
        raise KeyError(key)

    def alternate_of(self, key: str) -> Alternate | None:
        for alt in self.alternates:
            if key in alt.keys:
                return alt
        return None

    def slots(self, gastrostomy: bool) -> tuple[Item, ...]:
        """The items an examiner answers, in order: one of each alternate pair."""
        out = []
        for i in self.items:
            alt = self.alternate_of(i.key)
            chosen = alt and (alt.with_gastrostomy if gastrostomy else alt.without_gastrostomy)
            if alt is None or i.key == chosen:
                out.append(i)
        return tuple(out)

    def domain_items(self, domain: str) -> tuple[Item, ...]:
        return tuple(i for i in self.items if i.domain == domain)

    @property
    def max_total(self) -> int:
        return self.max_score * len(self.slots(gastrostomy=False))


@dataclass(frozen=True)
class Grade:
    code: str  # "4-", "5", ...
    value: int  # the whole grade a sum counts
    text: str


@dataclass(frozen=True)
class MrcScale:
    name: str
    citation: str
    grades: tuple[Grade, ...]  # strongest first
    not_tested_code: str
    not_tested_text: str
    not_tested_reasons: tuple[str, ...]

    @cached_property
    def max_grade(self) -> int:
        return max(g.value for g in self.grades)

    @cached_property
    def _by_code(self) -> dict[str, Grade]:
        return {g.code: g for g in self.grades}

    def grade(self, code: str) -> Grade:
        """The grade of ``code``; KeyError for a code that is not one."""
        return self._by_code[code]

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(g.code for g in self.grades)


@dataclass(frozen=True)
class Muscle:
    key: str
    label: str
    sided: bool

    @property
    def cells(self) -> tuple[str, ...]:
        """Cell keys as CSV stems without the MRC_ prefix: 'deltoid' or 'hip_flexion_L'."""
        return (f"{self.key}_L", f"{self.key}_R") if self.sided else (self.key,)


@dataclass(frozen=True)
class Protocol:
    id: str
    name: str
    muscles: tuple[Muscle, ...]
    citation: str = ""

    @property
    def cells(self) -> tuple[str, ...]:
        return tuple(c for m in self.muscles for c in m.cells)
