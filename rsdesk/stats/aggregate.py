"""Regional aggregation: many services' files, verified, into the article's Table 1 and Table 2."""

from __future__ import annotations

import multiprocessing
import os
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from rsdesk.i18n import current_language, set_language, translate
from rsdesk.stats.fileformat import FOLDER_SUFFIXES, Accepted, Rejected, read_stats_file
from rsdesk.stats.registry import Registry, admit, missing
from rsdesk.stats.tables import (
    SCHOOL_KEYS,
    TERRITORIAL_KEYS,
    add_row,
    empty_tables,
    is_acting,
    row_of,
)
from rsdesk.stats.validate import show

# Below this many files a process pool costs more to start than it saves.
PARALLEL_FROM = 2000
CHUNK = 256


@dataclass(frozen=True, slots=True)
class Entry:
    """What aggregation keeps of an accepted file: identity and its table row, not the payload."""

    path: str
    service_id: str
    kind: str
    name: str
    municipality: str
    year: int
    generated: str
    public_key: bytes
    row: tuple[int, ...]
    region: str = ""


@dataclass
class Result:
    """The tables of one year, and what happened to every file."""

    year: int | None
    tables: dict
    accepted: list[str] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    counted_ids: list[str] = field(default_factory=list)
    # With a registry: services pinned in it and not yet confirmed, and registered services
    # with no counted file of the year, as (name, municipality, id).
    new_services: list[tuple[str, str, str]] = field(default_factory=list)
    missing: list[tuple[str, str, str]] = field(default_factory=list)
    # The counted files themselves, for the drill-down by municipality and by service
    # (rsdesk/stats/drilldown.py); the municipality is the registry's where it knows the service.
    counted: list[Entry] = field(default_factory=list)

    @property
    def region(self) -> str:
        """The region most counted files name (one region per centre, in practice)."""
        counts = Counter(entry.region for entry in self.counted if entry.region)
        return max(counts, key=lambda r: (counts[r], r)) if counts else ""

    def to_json(self) -> dict:
        """The `--json` output: exactly the keys the regional centre's tools expect."""
        return {
            "year": self.year,
            "school": self.tables["school"],
            "territorial": self.tables["territorial"],
            "files": len(self.accepted),
            "rejected": [{"file": name, "reason": reason} for name, reason in self.rejected],
        }


def display(path: str | os.PathLike[str]) -> str:
    return show(os.fspath(path), 1000)


def expand(
    paths: Iterable[str | os.PathLike[str]], exclude: Iterable[str | os.PathLike[str]] = ()
) -> tuple[list[str], list[Rejected]]:
    """Files as given, folders searched recursively for FOLDER_SUFFIXES; each file once.

    A file named directly is read whatever its name; a missing path is a rejection, so the
    summary says what became of everything the user named. In a folder, a pipe, a device or
    a dangling link with a statistics file's name is kept too: the reader refuses it by its
    kind, without opening it (fileformat.read_bytes), and the summary lists it with why.
    """
    files: list[str] = []
    missing: list[Rejected] = []
    # Outputs written into an input folder (the summary itself) are not inputs.
    seen: set[str] = {os.path.realpath(p) for p in exclude}

    def add(candidate: Path) -> None:
        key = os.path.realpath(candidate)
        if key not in seen:
            seen.add(key)
            files.append(os.fspath(candidate))

    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = [
                p
                for p in path.rglob("*")
                if p.name.lower().endswith(FOLDER_SUFFIXES)
                and not p.name.startswith(".")  # hidden and half-written temp files
                and not p.is_dir()
            ]
            for candidate in sorted(found):
                add(candidate)
        elif path.exists():
            add(path)
        else:
            missing.append(
                Rejected(display(path), translate("stats", "There is no such file or folder."))
            )
    return files, missing


def read_entry(path: str) -> Entry | Rejected:
    """Read and verify one file (in a worker process when many)."""
    result = read_stats_file(path)
    if isinstance(result, Rejected):
        return Rejected(display(result.path), result.reason)
    return _entry(result)


def _entry(accepted: Accepted) -> Entry:
    payload = accepted.payload
    return Entry(
        path=display(accepted.path),
        service_id=accepted.service_id,
        kind=payload["service"]["kind"],
        name=payload["service"]["name"],
        municipality=payload["service"]["municipality"],
        year=accepted.year,
        generated=accepted.generated,
        public_key=accepted.public_key,
        row=row_of(payload),
        region=payload["service"]["region"],
    )


def _read_all(files: list[str], workers: int | None) -> Iterator[Entry | Rejected]:
    count = workers if workers is not None else (os.cpu_count() or 1)
    if workers is None and len(files) < PARALLEL_FROM:
        count = 1
    if count <= 1 or len(files) < 2:
        yield from map(read_entry, files)
        return
    # spawn, not fork: the GUI calls this from a thread, and forking a threaded Qt process is
    # unsafe; workers get the language so their reasons are in the user's language too.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        max_workers=count,
        mp_context=context,
        initializer=set_language,
        initargs=(current_language(),),
    ) as pool:
        yield from pool.map(read_entry, files, chunksize=CHUNK)


def _majority_year(entries: list[Entry]) -> int | None:
    """The year most files carry; on a tie the latest, the one a centre is usually collecting."""
    counts = Counter(entry.year for entry in entries)
    if not counts:
        return None
    return max(counts, key=lambda y: (counts[y], y))


def _key_warnings(entries: list[Entry]) -> list[tuple[str, str]]:
    keys: dict[str, dict[bytes, list[Entry]]] = defaultdict(lambda: defaultdict(list))
    for entry in entries:
        keys[entry.service_id][entry.public_key].append(entry)
    warnings = []
    for service_id, by_key in keys.items():
        if len(by_key) > 1:
            names = ", ".join(group[0].path for group in by_key.values())
            first = next(iter(by_key.values()))[0]
            warnings.append(
                (
                    first.path,
                    translate(
                        "stats",
                        "Service {id} ({name}) sent files signed with {count} different keys: "
                        "{files}. Ask the service which file is genuine.",
                        id=service_id,
                        name=show(first.name),
                        count=len(by_key),
                        files=names,
                    ),
                )
            )
    return warnings


def _latest_per_service(entries: list[Entry]) -> tuple[list[Entry], list[tuple[str, str]]]:
    """One file per service: the latest `generated`, later in order on a tie; warn of others."""
    kept: dict[str, Entry] = {}
    warnings = []
    for entry in entries:
        previous = kept.get(entry.service_id)
        if previous is None:
            kept[entry.service_id] = entry
            continue
        newer, older = (
            (entry, previous)
            if entry.generated >= previous.generated
            else (
                previous,
                entry,
            )
        )
        kept[entry.service_id] = newer
        warnings.append(
            (
                older.path,
                translate(
                    "stats",
                    "Service {id} ({name}) sent more than one file for {year}: {older} "
                    "(made {older_date}) is left out, {newer} (made {newer_date}) is counted.",
                    id=entry.service_id,
                    name=show(newer.name),
                    year=entry.year,
                    older=older.path,
                    older_date=older.generated,
                    newer=newer.path,
                    newer_date=newer.generated,
                ),
            )
        )
    return list(kept.values()), warnings


def _registered_place(registry: Registry, entry: Entry) -> Entry:
    """The municipality the registry gives a service: the operator's list wins over the file's."""
    known = registry.services.get(entry.service_id)
    if known is None or not known.municipality or known.municipality == entry.municipality:
        return entry
    return replace(entry, municipality=known.municipality)


def aggregate(
    paths: Iterable[str | os.PathLike[str]],
    *,
    year: int | None = None,
    workers: int | None = None,
    exclude: Iterable[str | os.PathLike[str]] = (),
    progress: Callable[[int, int], None] | None = None,
    registry: Registry | None = None,
    today: date | None = None,
) -> Result:
    """Verify every file and add up the accepted ones of one year into the regional tables.

    `year` defaults to the year most files carry; files of another year are rejected with that
    reason. A rejected file never touches the totals. `workers` None picks a process pool for
    large sets; `progress(done, total)` is called as files are read (for a GUI progress bar).
    With a `registry`, only files signed with a service's pinned key count, and new services
    are pinned in it (rsdesk/stats/registry.py); the caller saves it.
    """
    files, rejected_files = expand(paths, exclude)
    rejected = [(r.path, r.reason) for r in rejected_files]
    entries: list[Entry] = []
    for done, item in enumerate(_read_all(files, workers), start=1):
        if isinstance(item, Rejected):
            rejected.append((item.path, item.reason))
        else:
            entries.append(item)
        if progress is not None:
            progress(done, len(files))
    if registry is not None:
        entries, refused = admit(registry, entries, today or date.today())
        rejected.extend(refused)
    chosen = year if year is not None else _majority_year(entries)
    warnings = _key_warnings(entries)
    of_year = []
    for entry in entries:
        if entry.year == chosen:
            of_year.append(entry)
        else:
            rejected.append(
                (
                    entry.path,
                    translate(
                        "stats",
                        "The file is for {found}; this summary is for {year}.",
                        found=entry.year,
                        year=chosen,
                    ),
                )
            )
    counted, duplicates = _latest_per_service(of_year)
    warnings.extend(duplicates)
    if registry is not None:
        counted = [_registered_place(registry, entry) for entry in counted]
    tables = empty_tables()
    for entry in counted:
        if entry.kind == "school":
            add_row(tables["school"]["all"], SCHOOL_KEYS, entry.row)
            if is_acting(entry.row):
                add_row(tables["school"]["acting"], SCHOOL_KEYS, entry.row)
        else:
            add_row(tables["territorial"], TERRITORIAL_KEYS, entry.row)
    result = Result(
        year=chosen,
        tables=tables,
        accepted=[entry.path for entry in counted],
        counted_ids=[entry.service_id for entry in counted],
        rejected=rejected,
        warnings=warnings,
        counted=counted,
    )
    if registry is not None:
        result.new_services = [
            (s.name, s.municipality, s.service_id)
            for s in registry.services.values()
            if not s.confirmed
        ]
        result.missing = [
            (s.name, s.municipality, s.service_id) for s in missing(registry, result.counted_ids)
        ]
    return result
