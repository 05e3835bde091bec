"""Refresh resources/i18n/bedside_<lang>.ts from the code (`make translations`).

Runs pyside6-lupdate over bedside/ (new strings come in unfinished, strings no longer in the
code are dropped) and puts each file's header comment back, which lupdate does not keep: it
says whether a native clinician has reviewed the translation. English (the source language)
holds the plural forms only. Then translate what is unfinished (Qt Linguist:
pyside6-linguist resources/i18n/bedside_ka.ts); `make test` fails until nothing is.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "i18n"
sys.path.insert(0, str(ROOT))

from bedside.i18n.ts_file import REVIEW_MARK  # noqa: E402

HEADER = f"""<!--
  Bedside interface, PDF summary and command line: {{name}}.
  Review: {REVIEW_MARK}. Written by the developers; a native-speaking
  clinician should read every string in the app before the clinic relies on it (then replace
  this line with who reviewed it and when).
  The ALSFRS-R anchors and MRC grades are not here: a clinic adds the licensed wording it holds
  (bedside instrument add FILE).
-->
"""
NAMES = {"ka": "Georgian (ka)", "ru": "Russian (ru)", "en": "English plural forms (en)"}


def lupdate() -> Path:
    exe = Path(sys.executable).parent / "pyside6-lupdate"
    return exe if exe.exists() else Path("pyside6-lupdate")


def header_of(path: Path) -> str:
    if not path.exists():
        return ""
    head = path.read_text(encoding="utf-8").split("<TS", 1)[0]
    start = head.find("<!--")
    return head[start:head.rfind("-->") + 3] + "\n" if start >= 0 else ""


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "bedside").rglob("*.py"))


def resource_strings() -> list[str]:
    """The names resources/ gives in English that people read: the ALSFRS-R domains, the
    muscle protocols and their muscles, the MRC not-tested reasons (context "resources";
    bedside.domain.words translates them). The instrument's own wording is not among them."""
    res = ROOT / "resources"
    alsfrs = json.loads((res / "instruments" / "alsfrs_r.json").read_text(encoding="utf-8"))
    mrc = json.loads((res / "instruments" / "mrc.json").read_text(encoding="utf-8"))
    out = [d["name"] for d in alsfrs["domains"]] + list(mrc["not_tested"]["reasons"])
    for path in sorted((res / "protocols").glob("*.json")):
        proto = json.loads(path.read_text(encoding="utf-8"))
        out += [proto["name"], *(m["label"] for m in proto["muscles"])]
    return list(dict.fromkeys(out))


def resource_source(folder: Path) -> Path:
    """A Python file lupdate reads for resource_strings()."""
    path = folder / "resource_strings.py"
    path.write_text("".join(f"resources.tr({json.dumps(t, ensure_ascii=False)})\n"
                            for t in resource_strings()), encoding="utf-8")
    return path


def update(language: str, folder: Path | None = None) -> None:
    """Refresh bedside_<language>.ts in ``folder`` (default: resources/i18n)."""
    path = (folder or FOLDER) / f"bedside_{language}.ts"
    header = header_of(path) or HEADER.format(name=NAMES.get(language, language))
    with tempfile.TemporaryDirectory() as tmp:
        _lupdate(language, path, resource_source(Path(tmp)))
    text = path.read_text(encoding="utf-8")
    before, rest = text.split("<TS", 1)
    before = before.split("<!--")[0].rstrip("\n") + "\n"
    path.write_text(before + header + "<TS" + rest, encoding="utf-8")


def _lupdate(language: str, path: Path, extra: Path) -> None:
    args = [str(lupdate()), *sources(), str(extra), "-no-obsolete", "-locations", "none",
            "-source-language", "en", "-target-language", language, "-ts", str(path)]
    if language == "en":
        args.insert(-2, "-pluralonly")
    subprocess.run(args, check=True, cwd=ROOT, capture_output=True)


def main(argv: list[str]) -> int:
    languages = argv or sorted(p.stem.split("_", 1)[1] for p in FOLDER.glob("bedside_*.ts"))
    for language in languages or ["ka", "ru", "en"]:
        update(language)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
