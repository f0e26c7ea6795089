"""Step 1 — read: find the plans in a folder, decode them, attach manifest metadata.

The decoded text is the reference every offset points into: ``text[start:end]``
is what a mention or evidence cites.  A UTF-8 byte-order mark is not part of the
text (``utf-8-sig``); line endings are kept as they are in the file.

>>> decode(b"\\xef\\xbb\\xbf\\xe4\\xb9\\x8c", "x.txt")
('乌', 'utf-8-sig')
>>> decode("新城区".encode("gb18030"), "x.txt")
('新城区', 'gb18030')
"""
from __future__ import annotations

import csv
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

PLAN_SUFFIXES = (".txt", ".md")
MANIFEST_NAMES = ("manifest.csv",)
MANIFEST_FIELDS = ("id", "title", "place", "issuer", "year", "period", "kind", "file")


class PlanError(Exception):
    """A problem with one input file; names the file and, where it applies, the line."""

    def __init__(self, file: str | Path, message: str, line: int | None = None) -> None:
        self.file, self.line, self.message = str(file), line, message
        where = f"{self.file}:{line}" if line else self.file
        super().__init__(f"{where}: {message}")


@dataclass
class Document:
    id: str
    path: Path
    text: str
    encoding: str
    sha256: str
    meta: dict = field(default_factory=dict)

    @property
    def file(self) -> str:
        return self.path.name


def decode(data: bytes, name: str | Path) -> tuple[str, str]:
    """Decode UTF-8 (with or without BOM) or GB18030/GBK; refuse empty and binary data."""
    if not data.strip():
        raise PlanError(name, "file is empty")
    if b"\x00" in data[:65536]:
        raise PlanError(name, "file looks binary (NUL bytes), not a text plan")
    encoding = "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
    try:
        text = data.decode(encoding)
        if encoding == "utf-8" and _looks_like_misread_gbk(text, data):
            text, encoding = data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError as utf8_error:
        try:
            text, encoding = data.decode("gb18030"), "gb18030"
        except UnicodeDecodeError:
            line = data[: utf8_error.start].count(b"\n") + 1
            raise PlanError(name, "neither UTF-8 nor GB18030/GBK text", line) from None
    bad = _control_char_ratio(text)
    if bad > 0.05:
        raise PlanError(name, f"file looks binary ({bad:.0%} control characters), not a text plan")
    if not text.strip(" \t\r\n\f\v\u3000\ufeff\u200b\u200c\u200d\u2060"):
        raise PlanError(name, "file has no text")
    return text, encoding


def _cjk_count(text: str) -> int:
    return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf")


def _looks_like_misread_gbk(text: str, data: bytes) -> bool:
    """Short GBK texts can also be valid UTF-8 (目录 in GBK reads as "Ŀ¼"): prefer GB18030 when
    the UTF-8 reading has no Chinese but Latin-1 oddities and the GB18030 reading is Chinese.

    >>> _looks_like_misread_gbk("Ŀ¼\\n", "目录\\n".encode("gbk"))
    True
    >>> _looks_like_misread_gbk("目录\\n", "目录\\n".encode("utf-8"))
    False
    """
    if _cjk_count(text) or not any("\u0080" <= ch <= "\u02ff" for ch in text):
        return False
    try:
        return _cjk_count(data.decode("gb18030")) > 0
    except UnicodeDecodeError:
        return False


def _control_char_ratio(text: str) -> float:
    sample = text[:65536]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return controls / max(1, len(sample))


def slug(stem: str) -> str:
    """A plan id from a file name: keeps letters, digits, CJK, '-' and '_'.

    >>> slug("001_cfbb5dd3e7db8ff8")
    '001_cfbb5dd3e7db8ff8'
    >>> slug("回民区 规划(2022)")
    '回民区-规划-2022'
    """
    s = re.sub(r"[^\w\-]+", "-", stem, flags=re.UNICODE).strip("-")
    return s or "plan"


#: marks a manifest row whose file must not be read (e.g. its id duplicates an earlier row's)
SKIPPED = "__skipped__"


def read_manifest(plans_dir: Path) -> tuple[dict[str, dict], list[PlanError]]:
    """Manifest rows keyed by file name; problems are reported, not raised."""
    for name in MANIFEST_NAMES:
        path = plans_dir / name
        if path.exists():
            break
    else:
        return {}, []
    rows: dict[str, dict] = {}
    problems: list[PlanError] = []
    seen_ids: dict[str, int] = {}
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [f for f in ("id", "file") if f not in (reader.fieldnames or [])]
        if missing:
            return {}, [PlanError(path, f"manifest lacks column(s) {', '.join(missing)}", 1)]
        for row in reader:
            line = reader.line_num
            row = {k: (v or "").strip() for k, v in row.items() if k}
            if not row.get("file"):
                problems.append(PlanError(path, "row has no file", line))
                continue
            if not (plans_dir / row["file"]).exists():
                problems.append(PlanError(path, f"names a missing file {row['file']!r}", line))
                continue
            if row.get("id") in seen_ids:
                problems.append(PlanError(
                    path, f"duplicate plan id {row['id']!r} (first on line {seen_ids[row['id']]}); "
                          f"{row['file']} skipped", line))
                rows.setdefault(row["file"], {**row, SKIPPED: True})
                continue
            seen_ids[row.get("id", "")] = line
            rows[row["file"]] = row
    return rows, problems


def plan_files(plans_dir: Path) -> list[Path]:
    return sorted(p for p in plans_dir.iterdir()
                  if p.is_file() and p.suffix.lower() in PLAN_SUFFIXES and p.name.lower() != "readme.md")


def read_plan(path: Path, meta: dict | None = None) -> Document:
    data = path.read_bytes()
    text, encoding = decode(data, path)
    meta = dict(meta or {})
    doc_id = meta.get("id") or slug(path.stem)
    meta.setdefault("title", guess_title(text))
    try:
        meta["year"] = int(meta["year"]) if meta.get("year") else None
    except ValueError:
        meta["year"] = None
    return Document(doc_id, path, text, encoding, hashlib.sha256(data).hexdigest(), meta)


def read_plans(plans_dir: str | Path) -> tuple[list[Document], list[PlanError]]:
    """Every readable plan in the folder, and a PlanError for every one that is not.

    With a manifest, the manifest decides which files are plans and their metadata;
    plan files it does not list are still read (with guessed metadata).
    """
    plans_dir = Path(plans_dir)
    if not plans_dir.is_dir():
        raise PlanError(plans_dir, "plans folder does not exist")
    manifest, problems = read_manifest(plans_dir)
    listed = set(manifest)
    docs: list[Document] = []
    ids: set[str] = set()
    files = [plans_dir / f for f in manifest] + [p for p in plan_files(plans_dir) if p.name not in listed]
    for path in files:
        if manifest.get(path.name, {}).get(SKIPPED):
            continue    # reported by read_manifest; not read again as an unlisted plan
        try:
            doc = read_plan(path, manifest.get(path.name))
        except PlanError as err:
            problems.append(err)
            continue
        except OSError as err:
            problems.append(PlanError(path, f"cannot read: {err.strerror or err}"))
            continue
        if doc.id in ids:
            problems.append(PlanError(path, f"duplicate plan id {doc.id!r}; skipped"))
            continue
        ids.add(doc.id)
        docs.append(doc)
    return docs, problems


_TITLE_NOISE = re.compile(r"^[#\s]+|</?b>|\*\*|[\s.…]+\d*$")


def guess_title(text: str) -> str:
    """The first line that reads like a title (used when no manifest names it)."""
    for line in text.splitlines()[:40]:
        t = _TITLE_NOISE.sub("", line).strip()
        if 4 <= len(t) <= 80 and not t.endswith(("。", "摄")):
            return t
    return ""
